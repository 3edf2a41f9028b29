// The API report (api-report.md) lists what each entry point exports; it must be regenerated
// (`npm run api-report`) whenever the public surface changes, so that the change shows in review.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { temporaryDirectory } from "../support/temp-directory.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const SCRIPT = join(ROOT, "scripts/api-report.mjs");

function check(report?: string): { status: number | null; stderr: string } {
  const run = spawnSync(process.execPath, [SCRIPT, "--check", ...(report ? [report] : [])], { cwd: ROOT, encoding: "utf8" });
  return { status: run.status, stderr: run.stderr };
}

describe("the API report", () => {
  it("api-report.md is up to date with the entry points", () => {
    const result = check();
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("a name missing from the report fails the check", () => {
    const stale = join(temporaryDirectory("api-report"), "api-report.md");
    writeFileSync(stale, readFileSync(join(ROOT, "api-report.md"), "utf8").replace(/^startServer .*\n/m, ""));
    const result = check(stale);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("npm run api-report");
  });

  it("lists the entry points of package.json with the kind of each name", () => {
    const report = readFileSync(join(ROOT, "api-report.md"), "utf8");
    expect(report).toMatch(/^## secrets-manager-semantics$/m);
    expect(report).toMatch(/^## secrets-manager-semantics\/emulator$/m);
    expect(report).toMatch(/^## secrets-manager-semantics\/sdk$/m);
    expect(report).toMatch(/^Driver +class$/m);
    expect(report).toMatch(/^startServer +function$/m);
    expect(report).toMatch(/^RotationPort +interface$/m);
  });
});
