// The state file. Its first line is a whole snapshot (the format of GET /_emulator/state); each
// further line is a journal entry: the changes of one save (journal.ts). A save appends one
// line and fsyncs it; when the journal outgrows the snapshot, the file is rewritten whole
// (temporary file, fsync, rename, fsync of the directory), so it is never half written.
// A file holding one JSON document, on one line or many, is a snapshot without a journal.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { open, rename } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { applyChanges, isChangeList } from "./journal.ts";

export class StateFileError extends Error {
  override readonly name = "StateFileError";
}

export interface LoadedStateFile {
  readonly snapshot: unknown;
  /** How many journal lines were replayed. */
  readonly entries: number;
  /** A last line cut short by a crash during a save that was never acknowledged, and dropped. */
  readonly tornTail: boolean;
}

const LEAVE_IT = "It was left untouched; repair it, move it away, or start without --state-file.";

/** The state stored in `path`, or undefined when there is no file yet. */
export function loadStateFile(path: string): LoadedStateFile | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new StateFileError(`Cannot read the state file ${path}: ${(error as Error).message}`);
  }
  try {
    return { snapshot: JSON.parse(text) as unknown, entries: 0, tornTail: false };
  } catch {
    // Not one document: a snapshot line followed by journal lines.
  }
  const lines = text.split("\n");
  const tornTail = lines.pop() !== "";
  const [first, ...journal] = lines;
  let snapshot: unknown;
  try {
    if (first === undefined) throw new Error("the file is empty");
    snapshot = JSON.parse(first) as unknown;
  } catch (error) {
    throw new StateFileError(`The state file ${path} is not valid JSON (${(error as Error).message}). ${LEAVE_IT}`);
  }
  journal.forEach((line, i) => {
    try {
      const changes = JSON.parse(line) as unknown;
      if (!isChangeList(changes)) throw new Error("not a list of changes");
      snapshot = applyChanges(snapshot, changes);
    } catch (error) {
      throw new StateFileError(`The state file ${path} has a bad journal entry on line ${i + 2} (${(error as Error).message}). ${LEAVE_IT}`);
    }
  });
  return { snapshot, entries: journal.length, tornTail };
}

/** Replaces the file at `path` with `snapshot`, durably, before returning. */
export function saveStateFile(path: string, snapshot: unknown): number {
  const text = `${JSON.stringify(snapshot)}\n`;
  const temporary = temporaryPath(path);
  const fd = openSync(temporary, "w", 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
  syncDirectory(dirname(path));
  return Buffer.byteLength(text);
}

/** saveStateFile without blocking the event loop during the write and the fsyncs. */
export async function saveStateFileAsync(path: string, snapshot: unknown): Promise<number> {
  const text = `${JSON.stringify(snapshot)}\n`;
  const temporary = temporaryPath(path);
  const file = await open(temporary, "w", 0o600);
  try {
    await file.writeFile(text);
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temporary, path);
  await syncDirectoryAsync(dirname(path));
  return Buffer.byteLength(text);
}

let temporaries = 0;

function temporaryPath(path: string): string {
  temporaries += 1;
  return join(dirname(path), `.${basename(path)}.${process.pid}.${temporaries}.tmp`);
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
