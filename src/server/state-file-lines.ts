// One line of the state file: `<checksum> <JSON>\n`, the checksum being the first 8 hex digits
// of the SHA-256 of the JSON's bytes. A line cut short by a crash, or damaged on disk, fails it.
// Files written before checksums existed hold bare JSON lines; they are read as they are.
import { createHash } from "node:crypto";

const CHECKSUM_DIGITS = 8;
const NEWLINE = 0x0a;

export function checksumOf(json: Uint8Array): string {
  return createHash("sha256").update(json).digest("hex").slice(0, CHECKSUM_DIGITS);
}

/** The line that holds `value`, with its checksum and its line end. */
export function formatLine(value: unknown): Buffer {
  const json = Buffer.from(JSON.stringify(value), "utf8");
  return Buffer.concat([Buffer.from(`${checksumOf(json)} `, "latin1"), json, Buffer.from("\n")]);
}

/** A line as found in the file, without its line end. */
export interface RawLine {
  readonly bytes: Buffer;
  /** False for a last line that stops before its line end. */
  readonly ended: boolean;
}

export function splitLines(content: Buffer): RawLine[] {
  const lines: RawLine[] = [];
  let start = 0;
  while (start < content.length) {
    const end = content.indexOf(NEWLINE, start);
    if (end === -1) {
      lines.push({ bytes: content.subarray(start), ended: false });
      break;
    }
    lines.push({ bytes: content.subarray(start, end), ended: true });
    start = end + 1;
  }
  return lines;
}

/** True when a file's first line carries a checksum (a file written before them starts with `{`). */
export function hasChecksums(first: RawLine): boolean {
  return /^[0-9a-f]{8} /.test(first.bytes.subarray(0, CHECKSUM_DIGITS + 1).toString("latin1"));
}

export type LineValue = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: string };

/** The JSON value of a line; with `checksummed`, only when its checksum matches. */
export function readLine(line: RawLine, checksummed: boolean): LineValue {
  let json = line.bytes;
  if (checksummed) {
    const prefix = json.subarray(0, CHECKSUM_DIGITS + 1).toString("latin1");
    if (!/^[0-9a-f]{8} $/.test(prefix)) return { ok: false, reason: "it does not start with a checksum" };
    json = json.subarray(CHECKSUM_DIGITS + 1);
    if (checksumOf(json) !== prefix.slice(0, CHECKSUM_DIGITS)) return { ok: false, reason: "it fails its checksum" };
  }
  try {
    return { ok: true, value: JSON.parse(json.toString("utf8")) as unknown };
  } catch (error) {
    return { ok: false, reason: `it is not valid JSON: ${(error as Error).message}` };
  }
}
