// The state file at start: temporaries left by a killed rewrite are removed, the file is read,
// and, once the emulator has taken its state, rewritten as one snapshot line. A torn last line
// is reported, and the file as it was is kept beside the new one before the rewrite.
import { keepDamagedCopy, loadStateFile, saveStateFile, type LoadedStateFile } from "./persistence.ts";
import { removeStaleTemporaries } from "./state-file-temporaries.ts";

/** The state stored in `path` (undefined when there is no file yet); throws StateFileError. */
export function openStateFile(path: string, warn: (line: string) => void): LoadedStateFile | undefined {
  for (const removed of removeStaleTemporaries(path)) {
    warn(`Removed ${removed.path} (${removed.bytes} bytes), a temporary copy of the state file left by process ${removed.pid}, which no longer runs.`);
  }
  return loadStateFile(path);
}

/** Rewrites `path` as one snapshot line; returns its size. */
export function rewriteStateFile(path: string, loaded: LoadedStateFile | undefined, snapshot: unknown, warn: (line: string) => void): number {
  const torn = loaded?.tornTail;
  if (torn !== undefined) {
    const kept = keepDamagedCopy(path);
    warn(
      `The state file ${path} ends in a torn line: line ${torn.line}, ${torn.bytes} bytes (${torn.reason}), ` +
        `a save cut off before it was acknowledged. That line is dropped; the file as it was is kept as ${kept}.`,
    );
  }
  return saveStateFile(path, snapshot);
}
