// The state file. Its first line is a whole snapshot (the format of GET /_emulator/state); each
// further line is a journal entry: the changes of one save (journal.ts). Every line carries a
// checksum (state-file-lines.ts). A save appends one line and fsyncs it (state-file-writer.ts);
// when the journal outgrows the snapshot, the file is rewritten whole (temporary file, fsync,
// rename, fsync of the directory), so it is never half written.
// A file holding one JSON document, on one line or many, is a snapshot without a journal.
import { closeSync, constants, copyFileSync, existsSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { open, rename, unlink } from "node:fs/promises";
import { dirname } from "node:path";
import { formatLine } from "./state-file-lines.ts";
import { readStateFileContent, StateFileDamage, type StateFileContent } from "./state-file-reader.ts";
import { temporaryFor } from "./state-file-temporaries.ts";

export class StateFileError extends Error {
  override readonly name = "StateFileError";
}

export type LoadedStateFile = StateFileContent;

const LEAVE_IT = "It was left untouched; repair it, move it away, or start without --state-file.";

/** The state stored in `path`, or undefined when there is no file yet. */
export function loadStateFile(path: string): LoadedStateFile | undefined {
  let content: Buffer;
  try {
    content = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new StateFileError(`Cannot read the state file ${path}: ${(error as Error).message}`);
  }
  try {
    return readStateFileContent(content);
  } catch (error) {
    if (!(error instanceof StateFileDamage)) throw error;
    const what = error.line === 1 ? "a bad snapshot" : "a bad journal entry";
    const where = error.line === 1 || error.line === error.lines ? "" : " (damage before the last line is not a save cut short by a crash)";
    throw new StateFileError(`The state file ${path} has ${what} on line ${error.line} of ${error.lines}: ${error.reason}${where}. ${LEAVE_IT}`);
  }
}

/** Replaces the file at `path` with `snapshot`, durably, before returning; returns its size. */
export function saveStateFile(path: string, snapshot: unknown): number {
  const line = formatLine(snapshot);
  const temporary = temporaryFor(path);
  try {
    const fd = openSync(temporary.path, "w", 0o600);
    try {
      for (let done = 0; done < line.length; ) done += writeSome(fd, line, done);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary.path, path);
  } catch (error) {
    removeQuietly(temporary.path);
    throw error;
  } finally {
    temporary.done();
  }
  syncDirectory(dirname(path));
  return line.length;
}

/** saveStateFile without blocking the event loop during the write and the fsyncs. */
export async function saveStateFileAsync(path: string, snapshot: unknown): Promise<number> {
  const line = formatLine(snapshot);
  const temporary = temporaryFor(path);
  try {
    const file = await open(temporary.path, "w", 0o600);
    try {
      await file.writeFile(line);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary.path, path);
  } catch (error) {
    await unlink(temporary.path).catch(() => undefined);
    throw error;
  } finally {
    temporary.done();
  }
  await syncDirectoryAsync(dirname(path));
  return line.length;
}

/**
 * Keeps the file at `path` as it is now under `<path>.damaged-<time>` (a hard link, or a copy where
 * links are not supported), before a rewrite replaces it; returns the name it is kept under.
 */
export function keepDamagedCopy(path: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  let kept = `${path}.damaged-${stamp}`;
  for (let attempt = 2; existsSync(kept); attempt++) kept = `${path}.damaged-${stamp}-${attempt}`;
  try {
    linkSync(path, kept);
  } catch {
    copyFileSync(path, kept, constants.COPYFILE_EXCL);
  }
  return kept;
}

function writeSome(fd: number, bytes: Buffer, from: number): number {
  const written = writeSync(fd, bytes, from);
  if (written === 0) throw new Error("the file system accepted no bytes");
  return written;
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Never created, or gone already.
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
