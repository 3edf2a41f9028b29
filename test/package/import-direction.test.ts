// The folders of src/ and the one direction of their imports:
// server -> emulator -> wire -> core; sdk -> emulator; rotation and testing -> core.
// Files at the top of src/ are the entry points (".", "./emulator", the command line).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(import.meta.dirname, "../../src");

/** What each folder may import, itself included. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  core: ["core"],
  rotation: ["core", "rotation"],
  testing: ["core", "testing"],
  wire: ["core", "wire"],
  emulator: ["core", "rotation", "wire", "emulator"],
  sdk: ["core", "rotation", "wire", "emulator", "sdk"],
  server: ["core", "rotation", "wire", "emulator", "server"],
  check: ["core", "rotation", "testing", "wire", "emulator", "sdk", "check"],
};

/** The Node modules each folder may use; the server (the Node process) may use any. */
const NODE_MODULES: Readonly<Record<string, readonly string[] | "any">> = {
  core: [],
  rotation: [],
  testing: [],
  wire: ["node:buffer", "node:crypto"],
  emulator: ["node:crypto"],
  sdk: [],
  server: "any",
  check: "any",
};

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** The specifiers a file imports or re-exports, comments aside. */
function importsOf(path: string): string[] {
  const code = readFileSync(path, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  return [...code.matchAll(/(?:\bfrom\s+|\bimport\s*\(?\s*)"([^"]+)"/g)].map((match) => match[1]!);
}

/** The folder of src/ a path lies in, or "" for the entry files at the top. */
function folderOf(path: string): string {
  const parts = relative(SRC, path).split(sep);
  return parts.length > 1 ? parts[0]! : "";
}

const edges = sourceFiles(SRC).flatMap((file) => importsOf(file).map((specifier) => ({ file, specifier })));

describe("the folders of src/", () => {
  it("each folder imports only the folders below it", () => {
    const wrong: string[] = [];
    for (const { file, specifier } of edges) {
      if (!specifier.startsWith(".")) continue;
      const from = folderOf(file);
      const to = folderOf(resolve(dirname(file), specifier));
      if (from === "") continue;
      const allowed = ALLOWED[from];
      if (allowed === undefined) wrong.push(`${relative(SRC, file)}: the folder ${from} has no rule here`);
      else if (to === "") wrong.push(`${relative(SRC, file)} imports the entry point ${specifier}`);
      else if (!allowed.includes(to)) wrong.push(`${relative(SRC, file)} (${from}) imports ${specifier} (${to})`);
    }
    expect(wrong).toEqual([]);
  });

  it("only the server and the protocol's crypto reach Node's modules", () => {
    const wrong: string[] = [];
    for (const { file, specifier } of edges) {
      if (!specifier.startsWith("node:")) continue;
      const folder = folderOf(file);
      const allowed = NODE_MODULES[folder];
      if (folder === "" || allowed === "any" || allowed?.includes(specifier)) continue;
      wrong.push(`${relative(SRC, file)} imports ${specifier}`);
    }
    expect(wrong).toEqual([]);
  });

  it("finds the imports it checks", () => {
    // The emulator reads requests with the wire folder and answers with the core.
    const emulatorImports = edges.filter(({ file }) => folderOf(file) === "emulator").map(({ specifier }) => specifier);
    expect(emulatorImports).toContain("../wire/framing.ts");
    expect(emulatorImports).toContain("node:crypto");
  });
});
