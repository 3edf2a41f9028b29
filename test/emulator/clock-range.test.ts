// The emulator's clock shows only times every client can read (1970 to 9999): a move beyond is
// refused before anything changes, over the control endpoint too, and never reaches the state file.
import { fc, test as property } from "@fast-check/vitest";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLOCK_RANGE } from "../../src/emulator/clock.ts";
import { Emulator, type EmulatorSnapshot } from "../../src/emulator/emulator.ts";
import { startServer } from "../../src/server/server.ts";
import { temporaryDirectory } from "../support/temp-directory.ts";
import { ok, T0 } from "../support/wire.ts";

const YEAR_MS = 365.25 * 24 * 3_600_000;

describe("Emulator.advanceTime and setTime", () => {
  it.each([
    ["advanceTime past year 9999", (emulator: Emulator) => emulator.advanceTime(8000 * YEAR_MS)],
    ["advanceTime before 1970", (emulator: Emulator) => emulator.advanceTime(-T0 - 1)],
    ["setTime past year 9999", (emulator: Emulator) => emulator.setTime(CLOCK_RANGE.last + 1)],
    ["setTime to JavaScript's last date", (emulator: Emulator) => emulator.setTime(8.64e15)],
  ])("%s throws a RangeError and changes nothing", (_name, move) => {
    const changes: EmulatorSnapshot[] = [];
    const emulator = new Emulator({ now: () => T0, onChange: (snapshot) => changes.push(snapshot) });
    ok(emulator, "CreateSecret", { Name: "kept" });
    const before = JSON.stringify(emulator.exportState());
    const seen = changes.length;
    expect(() => move(emulator)).toThrow(RangeError);
    expect(emulator.now()).toBe(T0);
    expect(JSON.stringify(emulator.exportState())).toBe(before);
    expect(changes).toHaveLength(seen);
  });

  property.prop([fc.double({ min: -1e17, max: 1e17, noNaN: true })])("either moves the clock by the amount into the range, or throws and leaves it", (ms) => {
    const emulator = new Emulator({ now: () => T0 });
    let moved = true;
    try {
      emulator.advanceTime(ms);
    } catch (error) {
      expect(error).toBeInstanceOf(RangeError);
      moved = false;
    }
    const now = emulator.now();
    expect(now).toBe(moved ? T0 + ms : T0);
    expect(now >= CLOCK_RANGE.first && now <= CLOCK_RANGE.last).toBe(true);
  });

  it("a snapshot whose clock offset lies beyond the range is refused, changing nothing", () => {
    const emulator = new Emulator({ now: () => T0 });
    ok(emulator, "CreateSecret", { Name: "kept" });
    const before = JSON.stringify(emulator.exportState());
    expect(() => emulator.importState({ version: 1, clockOffsetMs: 8.64e27, accounts: {} })).toThrow(/^Invalid snapshot: clockOffsetMs: /);
    expect(JSON.stringify(emulator.exportState())).toBe(before);
  });
});

describe("the control endpoint's clock", () => {
  async function post(url: string, route: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
    const response = await fetch(`${url}/_emulator/${route}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }

  it("answers 400 to a move beyond the range and leaves the clock, and the state file, where they were", async () => {
    const stateFile = join(temporaryDirectory("clock"), "state.json");
    const start = Date.UTC(2026, 0, 1);
    const first = await startServer({ now: () => start, stateFile });
    for (const [route, body] of [
      ["clock/advance", { days: 1e20 }],
      ["clock/advance", { days: 3_000_000 }],
      ["clock/set", { now: 8.64e15 }],
      ["clock/set", { now: "+275760-09-13T00:00:00Z" }],
      ["clock/set", { now: -1 }],
    ] as const) {
      const refused = await post(first.url, route, body);
      expect(refused.status).toBe(400);
      expect(refused.json["error"]).toMatch(/the clock cannot show .* The clock was not moved\.$/);
      expect((await (await fetch(`${first.url}/_emulator/clock`)).json()) as unknown).toEqual({ now: start, iso: "2026-01-01T00:00:00.000Z" });
    }
    await first.close();
    const second = await startServer({ now: () => start, stateFile });
    expect(second.emulator.now()).toBe(start);
    await second.close();
  });
});
