// Reading a whole state file: the snapshot on its first line, then each journal line replayed
// on it (journal.ts). Only the last line can be cut short by a crash (a save that was never
// acknowledged, as the answer waits for the fsync): it is dropped and reported. Damage on any
// other line is not a crash's doing, and stops the read.
import { applyChanges, isChangeList } from "./journal.ts";
import { hasChecksums, readLine, splitLines, type LineValue } from "./state-file-lines.ts";

/** A last line dropped because it was cut short or damaged. */
export interface TornLine {
  /** Its number, from 1. */
  readonly line: number;
  /** Its size, line end included. */
  readonly bytes: number;
  readonly reason: string;
}

export interface StateFileContent {
  readonly snapshot: unknown;
  /** How many journal lines were replayed. */
  readonly entries: number;
  readonly tornTail: TornLine | undefined;
}

/** A line, other than a torn last one, that cannot be read. */
export class StateFileDamage extends Error {
  override readonly name = "StateFileDamage";
  constructor(
    readonly line: number,
    readonly lines: number,
    readonly reason: string,
  ) {
    super(`line ${line} of ${lines}: ${reason}`);
  }
}

export function readStateFileContent(content: Buffer): StateFileContent {
  // One JSON document (GET /_emulator/state, on one line or many): a snapshot without a journal.
  if (/^\s*\{/.test(content.subarray(0, 64).toString("latin1"))) {
    try {
      return { snapshot: JSON.parse(content.toString("utf8")) as unknown, entries: 0, tornTail: undefined };
    } catch {
      // Not one document: a snapshot line followed by journal lines.
    }
  }
  const lines = splitLines(content);
  const [first] = lines;
  if (first === undefined) throw new StateFileDamage(1, 0, "the file is empty");
  const checksummed = hasChecksums(first);
  const head = readLine(first, checksummed);
  if (!head.ok) throw new StateFileDamage(1, lines.length, head.reason);
  let snapshot = head.value;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const read: LineValue = line.ended ? readLine(line, checksummed) : { ok: false, reason: "it stops before its line end" };
    if (!read.ok) {
      if (i < lines.length - 1) throw new StateFileDamage(i + 1, lines.length, read.reason);
      const tornTail = { line: i + 1, bytes: line.bytes.length + (line.ended ? 1 : 0), reason: read.reason };
      return { snapshot, entries: i - 1, tornTail };
    }
    // A line that reads well but does not apply was written so, not cut short.
    if (!isChangeList(read.value)) throw new StateFileDamage(i + 1, lines.length, "it is not a list of changes");
    try {
      snapshot = applyChanges(snapshot, read.value);
    } catch (error) {
      throw new StateFileDamage(i + 1, lines.length, (error as Error).message);
    }
  }
  return { snapshot, entries: lines.length - 1, tornTail: undefined };
}
