// The state file: loaded once at start, rewritten after changes so that a write the emulator
// has acknowledged survives a crash (state-file-writer.ts decides when). Each save writes a
// temporary file, fsyncs it, renames it over the state file and fsyncs the directory, so the
// file on disk is always one whole snapshot, old or new, never half of one.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { open, rename } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export class StateFileError extends Error {
  override readonly name = "StateFileError";
}

/** The snapshot stored in `path`, or undefined when there is no file yet. */
export function loadStateFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new StateFileError(`Cannot read the state file ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new StateFileError(
      `The state file ${path} is not valid JSON (${(error as Error).message}). ` +
        "It was left untouched; repair it, move it away, or start without --state-file.",
    );
  }
}

/** Replaces the file at `path` with `snapshot`, durably, before returning. */
export function saveStateFile(path: string, snapshot: unknown): void {
  const text = JSON.stringify(snapshot);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(temporary, "w", 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
  syncDirectory(dirname(path));
}

let temporaries = 0;

/** saveStateFile without blocking the event loop during the write and the fsyncs. */
export async function saveStateFileAsync(path: string, snapshot: unknown): Promise<void> {
  const text = JSON.stringify(snapshot);
  temporaries += 1;
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${temporaries}.tmp`);
  const file = await open(temporary, "w", 0o600);
  try {
    await file.writeFile(text);
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temporary, path);
  await syncDirectoryAsync(dirname(path));
}

async function syncDirectoryAsync(directory: string): Promise<void> {
  try {
    const handle = await open(directory, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // As in syncDirectory.
  }
}

function syncDirectory(directory: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(directory, "r");
    fsyncSync(fd);
  } catch {
    // Some platforms (Windows) cannot open or fsync a directory; the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
