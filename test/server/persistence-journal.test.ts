// The state file's journal: the changes between two states, replayed, give the second state;
// a journal line cut short by a crash is dropped; the journal is folded into a new snapshot.
import { fc, test } from "@fast-check/vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startServer } from "../../src/server/server.ts";
import { applyChanges, changesBetween } from "../../src/server/journal.ts";
import { loadStateFile, saveStateFile, StateFileError } from "../../src/server/persistence.ts";
import { StateFileWriter } from "../../src/server/state-file-writer.ts";
import { temporaryDirectory } from "../support/temp-directory.ts";

const clone = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;
/** In a directory removed when the test that asked for it has finished. */
const statePath = (): string => join(temporaryDirectory("journal"), "state.json");
const json = fc.jsonValue({ maxDepth: 4 });

describe("the journal", () => {
  test.prop([json, json])("replaying the changes between two states on the first gives the second", (before, after) => {
    // Through JSON, as the file holds it (JSON has no -0).
    expect(applyChanges(clone(before), clone(changesBetween(before, after)) as never)).toEqual(clone(after));
  });

  test.prop([fc.dictionary(fc.string(), json), fc.string(), json])(
    "changing one member of a shared state records that member only",
    (state, key, value) => {
      const next = { ...state, [key]: value };
      const changes = changesBetween(state, next);
      expect(changes.every(([path]) => path[0] === key)).toBe(true);
    },
  );

  it("records a list that grew by its new elements only", () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `id-${i}`);
    const before = { secret: { prunedVersionIds: ids } };
    const after = { secret: { prunedVersionIds: [...ids, "id-1000"] } };
    expect(changesBetween(before, after)).toEqual([[["secret", "prunedVersionIds", "1000"], "id-1000"]]);
    expect(applyChanges(clone(before), changesBetween(before, after))).toEqual(after);
  });

  it("keeps a key named __proto__ as an own member", () => {
    const before = JSON.parse('{"a": {}}') as Record<string, unknown>;
    const after = JSON.parse('{"a": {"__proto__": {"x": 1}}}') as Record<string, unknown>;
    const replayed = applyChanges(clone(before), changesBetween(before, after)) as { a: object };
    expect(Object.hasOwn(replayed.a, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(replayed.a)).toBe(Object.prototype);
  });
});

describe("a state file with a journal", () => {
  it("is read as its snapshot with every journal line replayed, dropping a last line cut short", () => {
    const path = statePath();
    writeFileSync(path, '{"version":1,"n":0}\n[[["n"],1]]\n[[["m"],2]]\n[[["n"],3');
    expect(loadStateFile(path)).toEqual({
      snapshot: { version: 1, n: 1, m: 2 },
      entries: 2,
      tornTail: { line: 4, bytes: 9, reason: "it stops before its line end" },
    });
  });

  it("with a bad line before its end stops the start and is left untouched", async () => {
    const path = statePath();
    const text = '{"version":1,"clockOffsetMs":0,"accounts":{}}\n[[["x"]\n[[["clockOffsetMs"],5]]\n';
    writeFileSync(path, text);
    expect(() => loadStateFile(path)).toThrow(/bad journal entry on line 2/);
    await expect(startServer({ stateFile: path })).rejects.toThrow(StateFileError);
    expect(readFileSync(path, "utf8")).toBe(text);
  });

  it("is folded into one snapshot line when a server starts on it", async () => {
    const path = statePath();
    writeFileSync(path, '{"version":1,"clockOffsetMs":0,"accounts":{}}\n[[["clockOffsetMs"],86400000]]\n');
    const server = await startServer({ stateFile: path, now: () => 0 });
    await server.close();
    expect(readFileSync(path, "utf8").trimEnd().split("\n")).toHaveLength(1);
    expect(loadStateFile(path)?.snapshot).toMatchObject({ clockOffsetMs: 86_400_000 });
  });

  it("written before checksums is read, then rewritten with a checksum on its line", async () => {
    const path = statePath();
    writeFileSync(path, '{"version":1,"clockOffsetMs":0,"accounts":{}}\n[[["clockOffsetMs"],5000]]\n');
    const server = await startServer({ stateFile: path, now: () => 0 });
    const clock = (await (await fetch(`${server.url}/_emulator/clock`)).json()) as { now: number };
    await server.close();
    expect(clock.now).toBe(5000);
    expect(readFileSync(path, "utf8")).toMatch(/^[0-9a-f]{8} \{"version":1,"clockOffsetMs":5000,"accounts":\{\}\}\n$/);
  });

  it("gains one line per save, and is rewritten as one snapshot when the journal outgrows it", async () => {
    const path = statePath();
    let state: Record<string, unknown> = { version: 1, pad: "p".repeat(200), items: {} };
    const writer = new StateFileWriter(path, state, saveStateFile(path, state), { restore: () => undefined, minJournalBytes: 0 });
    const save = async (key: string): Promise<void> => {
      state = { ...state, items: { ...(state["items"] as object), [key]: "x".repeat(10) } };
      writer.changed(state);
      await writer.flush();
    };
    await save("a");
    expect(readFileSync(path, "utf8").split("\n")).toHaveLength(3);
    const keys = ["b", "c", "d", "e", "f", "g", "h", "i"];
    for (const key of keys) await save(key);
    await writer.close();
    const lines = readFileSync(path, "utf8").trimEnd().split("\n");
    expect(lines.length).toBeLessThan(keys.length + 2);
    expect(loadStateFile(path)?.snapshot).toEqual(state);
  });
});
