// Temporary directories for tests and benches, named `sm-emulator-<name>-XXXXXX` in the OS temp
// directory, and removed again so that a run leaves nothing behind. Whatever runs inside one (a
// server, a child process) must be stopped before the directory goes.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, onTestFinished } from "vitest";

export interface TemporaryDirectory {
  readonly path: string;
  /** Removes the directory and all it holds; removing twice, or a directory already gone, is fine. */
  remove(): void;
}

/** A fresh directory that the caller removes; for hooks and benches, which choose when. */
export function createTemporaryDirectory(name: string): TemporaryDirectory {
  const path = mkdtempSync(join(tmpdir(), `sm-emulator-${name}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true, maxRetries: 3 }) };
}

/**
 * A fresh directory, removed when the running test has finished (after its afterEach hooks), or,
 * when called while a test file is collected (top level or a describe body), after that file's or
 * describe's tests (with its afterAll hooks). Not for beforeAll/beforeEach hooks: vitest takes no
 * new afterAll there; use createTemporaryDirectory and remove it in the matching after-hook.
 */
export function temporaryDirectory(name: string): string {
  const directory = createTemporaryDirectory(name);
  try {
    onTestFinished(() => directory.remove());
  } catch {
    // Not inside a test: onTestFinished refuses, so tie the removal to the suite being collected.
    afterAll(() => directory.remove());
  }
  return directory.path;
}
