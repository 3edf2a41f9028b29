// A rotation function's output as log lines, and the bound on functions running at once.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { functionLogLine, LineSplitter, MAX_LINE_CHARACTERS } from "../../src/server/lambda-output.ts";
import { Slots } from "../../src/server/slots.ts";

function linesOf(chunks: readonly string[]): string[] {
  const lines: string[] = [];
  const splitter = new LineSplitter((line) => lines.push(line));
  for (const chunk of chunks) splitter.write(chunk);
  splitter.end();
  return lines;
}

describe("a rotation function's output in the log", () => {
  test.prop([fc.array(fc.string({ unit: fc.constantFrom("a", "b", "\n", "\r", "é") }), { maxLength: 20 })])(
    "is the same lines however the output was cut into chunks",
    (chunks) => {
      expect(linesOf(chunks)).toEqual(linesOf([chunks.join("")]));
    },
  );

  it("gives a line without a final newline at the end, and no line for an empty output", () => {
    expect(linesOf(["one\ntw", "o"])).toEqual(["one", "two"]);
    expect(linesOf([])).toEqual([]);
    expect(linesOf(["\n"])).toEqual([""]);
  });

  it("cuts a line longer than the limit into pieces, so that output without newlines holds no more memory", () => {
    const long = "x".repeat(2 * MAX_LINE_CHARACTERS + 1);
    expect(linesOf([long]).map((line) => line.length)).toEqual([MAX_LINE_CHARACTERS, MAX_LINE_CHARACTERS, 1]);
    expect(linesOf([...long]).map((line) => line.length)).toEqual([MAX_LINE_CHARACTERS, MAX_LINE_CHARACTERS, 1]);
  });

  it("prefixes each line with the function's name and the step, and escapes control characters so no line can forge another", () => {
    expect(functionLogLine("rotator", "setSecret", "done\tok")).toBe("lambda rotator setSecret: done\tok");
    expect(functionLogLine("rotator", "setSecret", "a\r2026-01-01 GetSecretValue x OK\x1b[2K")).toBe(
      "lambda rotator setSecret: a\\x0d2026-01-01 GetSecretValue x OK\\x1b[2K",
    );
  });
});

describe("the bound on functions running at once", () => {
  test.prop([fc.integer({ min: 1, max: 4 }), fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 12 })], { numRuns: 30 })(
    "runs every task, never more than its size at once",
    async (size, delays) => {
      const slots = new Slots(size);
      let running = 0;
      let most = 0;
      const results = await Promise.all(
        delays.map((delay, i) =>
          slots.run(async () => {
            running += 1;
            most = Math.max(most, running);
            await new Promise((done) => setTimeout(done, delay));
            running -= 1;
            return i;
          }),
        ),
      );
      expect(results).toEqual(delays.map((_, i) => i));
      expect(most).toBeLessThanOrEqual(size);
    },
  );

  it("frees the place of a task that fails", async () => {
    const slots = new Slots(1);
    await expect(slots.run(() => Promise.reject(new Error("failed")))).rejects.toThrow("failed");
    expect(await slots.run(async () => "next")).toBe("next");
  });
});
