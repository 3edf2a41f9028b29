// Reading a whole state file: a snapshot line, journal lines replayed on it, a torn last line
// dropped and reported, damage anywhere else refused by line.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { changesBetween } from "../../src/server/journal.ts";
import { formatLine } from "../../src/server/state-file-lines.ts";
import { readStateFileContent, StateFileDamage } from "../../src/server/state-file-reader.ts";

/** The states after each save, and the file that holds them: a snapshot line, then one line per save. */
function stateFile(values: readonly string[]): { states: unknown[]; lines: Buffer[] } {
  let state: { version: 1; items: Record<string, string> } = { version: 1, items: {} };
  const states: unknown[] = [state];
  const lines = [formatLine(state)];
  values.forEach((value, i) => {
    const next = { ...state, items: { ...state.items, [`k${i % 3}`]: value } };
    lines.push(formatLine(changesBetween(state, next)));
    states.push(next);
    state = next;
  });
  return { states, lines };
}

function damageOf(read: () => unknown): StateFileDamage {
  try {
    read();
  } catch (error) {
    if (error instanceof StateFileDamage) return error;
    throw error;
  }
  throw new Error("the file was read without complaint");
}

const values = fc.array(fc.string({ unit: "grapheme", maxLength: 20 }), { minLength: 1, maxLength: 6 });

describe("a state file", () => {
  test.prop([values])("reads as its snapshot with every journal line replayed", (saved) => {
    const { states, lines } = stateFile(saved);
    expect(readStateFileContent(Buffer.concat(lines))).toEqual({ snapshot: states.at(-1), entries: saved.length, tornTail: undefined });
  });

  test.prop([values, fc.nat()])(
    "cut anywhere after its snapshot line reads as the lines before the cut, the rest reported as a torn line",
    (saved, at) => {
      const { states, lines } = stateFile(saved);
      const whole = Buffer.concat(lines);
      const cut = lines[0]!.length + (at % (whole.length - lines[0]!.length));
      // Where each line ends; the journal lines wholly before the cut.
      const ends = lines.map((_, i) => Buffer.concat(lines.slice(0, i + 1)).length);
      const complete = ends.filter((end) => end <= cut).length - 1;
      const partial = cut - ends[complete]!;
      expect(readStateFileContent(whole.subarray(0, cut))).toEqual({
        snapshot: states[complete],
        entries: complete,
        tornTail: partial === 0 ? undefined : { line: complete + 2, bytes: partial, reason: "it stops before its line end" },
      });
    },
  );

  it("drops a whole last line that fails its checksum and says which line and how many bytes", () => {
    const { states, lines } = stateFile(["a", "b"]);
    const last = Buffer.from(lines[2]!);
    last[12] = last[12]! ^ 1;
    expect(readStateFileContent(Buffer.concat([lines[0]!, lines[1]!, last]))).toEqual({
      snapshot: states[1],
      entries: 1,
      tornTail: { line: 3, bytes: last.length, reason: "it fails its checksum" },
    });
  });

  it("with a line before its last that fails its checksum is refused, naming the line", () => {
    const { lines } = stateFile(["a", "b", "c"]);
    const second = Buffer.from(lines[2]!);
    second[12] = second[12]! ^ 1;
    const damage = damageOf(() => readStateFileContent(Buffer.concat([lines[0]!, lines[1]!, second, lines[3]!])));
    expect([damage.line, damage.lines, damage.reason]).toEqual([3, 4, "it fails its checksum"]);
  });

  it("with a damaged snapshot line is refused, even when that line is the only one", () => {
    const [snapshot] = stateFile([]).lines;
    const damaged = Buffer.from(snapshot!);
    damaged[10] = damaged[10]! ^ 1;
    expect(damageOf(() => readStateFileContent(damaged)).line).toBe(1);
    expect(damageOf(() => readStateFileContent(snapshot!.subarray(0, 20))).line).toBe(1);
  });

  it("with a last line that reads well but does not apply is refused: it was written so", () => {
    const [snapshot] = stateFile([]).lines;
    const damage = damageOf(() => readStateFileContent(Buffer.concat([snapshot!, formatLine([[["no", "such", "parent"], 1]])])));
    expect([damage.line, damage.reason]).toEqual([2, "the journal changes no/such/parent, which is not in the state"]);
  });

  it("with checksums refuses a line without one", () => {
    const { lines } = stateFile(["a", "b"]);
    const damage = damageOf(() => readStateFileContent(Buffer.concat([lines[0]!, Buffer.from('[[["items","k0"],"x"]]\n'), lines[2]!])));
    expect([damage.line, damage.reason]).toEqual([2, "it does not start with a checksum"]);
  });

  it("written before checksums (bare JSON lines) reads as before, a torn last line dropped", () => {
    const text = '{"version":1,"n":0}\n[[["n"],1]]\n[[["m"],2]]\n[[["n"],3';
    expect(readStateFileContent(Buffer.from(text))).toEqual({
      snapshot: { version: 1, n: 1, m: 2 },
      entries: 2,
      tornTail: { line: 4, bytes: 9, reason: "it stops before its line end" },
    });
  });

  it("holding one JSON document over many lines (an export) is a snapshot", () => {
    expect(readStateFileContent(Buffer.from('{\n  "version": 1,\n  "n": 0\n}\n'))).toEqual({ snapshot: { version: 1, n: 0 }, entries: 0, tornTail: undefined });
  });
});
