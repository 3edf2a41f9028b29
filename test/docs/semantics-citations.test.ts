// The reference semantics cite and are cited by anchor: every
// `docs/semantics/<file>.md#<anchor>` in the code, the tests and DEVIATIONS.md,
// and every relative link inside docs/semantics, names a heading that exists.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
const DOCS = "docs/semantics";

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? filesUnder(path) : [path];
  });
}

const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_\- ]/gu, "")
    .replace(/ /g, "-");
}

function anchorsOf(path: string): Set<string> {
  return new Set([...read(path).matchAll(/^#+ (.+)$/gm)].map((match) => anchorOf(match[1]!)));
}

const markdown = [...filesUnder(DOCS).filter((path) => path.endsWith(".md")), "DEVIATIONS.md"];
const anchors = new Map(markdown.map((path) => [normalize(path), anchorsOf(path)]));

/** [file citing, target path, anchor or ""] for every citation found. */
function citations(): [string, string, string][] {
  const found: [string, string, string][] = [];
  for (const file of [...filesUnder("src"), ...filesUnder("test"), "DEVIATIONS.md"]) {
    for (const match of read(file).matchAll(/docs\/semantics\/([a-z-]+\.md)(?:#([a-z0-9-]+))?/g)) {
      found.push([file, `${DOCS}/${match[1]}`, match[2] ?? ""]);
    }
  }
  for (const file of markdown) {
    const text = read(file);
    const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g), ...text.matchAll(/^\[[^\]]+\]: (\S+)$/gm)].map((m) => m[1]!);
    for (const target of targets.filter((t) => !/^[a-z]+:/.test(t))) {
      const [path, anchor = ""] = target.split("#");
      found.push([file, path === "" ? file : normalize(join(dirname(file), path!)), anchor]);
    }
  }
  return found;
}

describe("citations of docs/semantics", () => {
  const all = citations();

  it("are found in the code, the tests and DEVIATIONS.md", () => {
    expect(all.filter(([file]) => file.startsWith("src")).length).toBeGreaterThan(77);
  });

  it("each name a file that exists and, when they give one, a heading of it", () => {
    const broken = all.filter(([, path, anchor]) => {
      const exists = (() => {
        try {
          return statSync(join(ROOT, path)) !== undefined;
        } catch {
          return false;
        }
      })();
      return !exists || (anchor !== "" && anchors.has(path) && !anchors.get(path)!.has(anchor));
    });
    expect(broken.map(([file, path, anchor]) => `${relative(".", file)} → ${path}#${anchor}`)).toEqual([]);
  });

  it("have replaced every citation of notes outside the repository", () => {
    const outside = [...filesUnder("src"), ...filesUnder("test"), "DEVIATIONS.md", "README.md"].filter((file) =>
      /\bspec (section )?[0-9]|shared\/spec/i.test(read(file)),
    );
    expect(outside).toEqual([]);
  });
});
