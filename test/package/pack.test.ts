// What `npm pack` puts in the package: what a user needs (the build, the sources it maps to, the
// docs), never a test, a bench or a fixture.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

interface PackageJson {
  readonly exports: Record<string, { readonly types: string; readonly default: string }>;
  readonly bin: Record<string, string>;
}

let files: string[] = [];

beforeAll(() => {
  // --ignore-scripts: lists the build in place instead of running `prepare` again.
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const output = execFileSync(npm, ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  files = (JSON.parse(output) as [{ files: { path: string }[] }])[0].files.map((file) => file.path);
});

describe("the packed package", () => {
  it("holds no test, bench or fixture file", () => {
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((path) => /^(test|bench|scripts)\/|fixture|\.test\.|\.bench\./.test(path))).toEqual([]);
  });

  it("holds every entry point and command of package.json, built (run `npm run build` after adding one)", () => {
    const pkg = JSON.parse(readFileSync(resolve(ROOT, "package.json"), "utf8")) as PackageJson;
    const targets = [...Object.values(pkg.exports).flatMap((target) => [target.types, target.default]), ...Object.values(pkg.bin)];
    for (const target of targets) expect(files, target).toContain(target.replace(/^\.\//, ""));
  });

  it("holds every file of the web console, in console/ beside dist/ where the server finds them", () => {
    const consoleFiles = readdirSync(resolve(ROOT, "console")).map((name) => `console/${name}`);
    expect(consoleFiles).toContain("console/index.html");
    for (const path of consoleFiles) expect(files, path).toContain(path);
  });
});
