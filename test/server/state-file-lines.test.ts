// One line of the state file: `<checksum> <JSON>\n`.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { checksumOf, formatLine, hasChecksums, readLine, splitLines } from "../../src/server/state-file-lines.ts";

const json = fc.jsonValue({ maxDepth: 3 });
const line = (text: string) => ({ bytes: Buffer.from(text), ended: true });

describe("a state file line", () => {
  it("is 8 hex digits of SHA-256 of the JSON, a space, the JSON and a line end", () => {
    const formatted = formatLine({ version: 1 }).toString("utf8");
    expect(formatted).toBe(`${checksumOf(Buffer.from('{"version":1}'))} {"version":1}\n`);
    expect(formatted).toMatch(/^[0-9a-f]{8} \{/);
  });

  test.prop([json])("reads back as the value it was made from", (value) => {
    const [read] = splitLines(formatLine(value));
    expect(read?.ended).toBe(true);
    expect(readLine(read!, true)).toEqual({ ok: true, value: JSON.parse(JSON.stringify(value)) as unknown });
  });

  test.prop([json, fc.nat(), fc.integer({ min: 1, max: 255 })])("with any one byte changed fails its checksum or its form", (value, at, flip) => {
    const bytes = formatLine(value).subarray(0, -1);
    const index = at % bytes.length;
    fc.pre((bytes[index]! ^ flip) !== 0x0a); // a line end there would make two lines
    bytes[index] = bytes[index]! ^ flip;
    expect(readLine({ bytes, ended: true }, true).ok).toBe(false);
  });

  it("is told from a line written before checksums by its first bytes", () => {
    expect(hasChecksums(line(formatLine({ version: 1 }).toString().trimEnd()))).toBe(true);
    expect(hasChecksums(line('{"version":1}'))).toBe(false);
    expect(readLine(line('{"version":1}'), false)).toEqual({ ok: true, value: { version: 1 } });
  });

  it("without a checksum is refused in a file that has them", () => {
    expect(readLine(line('[[["n"],1]]'), true)).toEqual({ ok: false, reason: "it does not start with a checksum" });
  });

  it("splits at each line end and marks a last line without one", () => {
    const lines = splitLines(Buffer.from("a\nbc\nd"));
    expect(lines.map((l) => [l.bytes.toString(), l.ended])).toEqual([
      ["a", true],
      ["bc", true],
      ["d", false],
    ]);
  });
});
