import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { randomUuid, seededRandom, shuffle } from "../../../src/core/rules/random.ts";

describe("the seeded generator behind GetRandomPassword and rotation tokens", () => {
  test.prop([fc.integer(), fc.integer({ min: 1, max: 5000 })])("below(n) stays in [0, n)", (seed, bound) => {
    const random = seededRandom(seed);
    for (let i = 0; i < 20; i++) {
      const n = random.below(bound);
      expect(Number.isInteger(n) && n >= 0 && n < bound).toBe(true);
    }
  });

  test.prop([fc.double({ noNaN: true })])("the same seed draws the same numbers", (seed) => {
    const a = seededRandom(seed), b = seededRandom(seed);
    expect([a.nextUint32(), a.nextUint32()]).toEqual([b.nextUint32(), b.nextUint32()]);
  });

  it("draws each of 94 characters about equally often (no modulo bias)", () => {
    const random = seededRandom(42);
    const counts = new Array<number>(94).fill(0);
    const draws = 94 * 2000;
    for (let i = 0; i < draws; i++) counts[random.below(94)]! += 1;
    // Chi-squared with 93 degrees of freedom: 140 is beyond the 0.1% tail.
    const expected = draws / 94;
    const chi2 = counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(140);
  });

  it("seeds that differ only above 32 bits draw differently", () => {
    expect(seededRandom(1).nextUint32()).not.toBe(seededRandom(1 + 2 ** 32).nextUint32());
  });

  it("shuffle keeps every item", () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect([...shuffle([...items], seededRandom(3))].sort((a, b) => a - b)).toEqual(items);
  });

  it("randomUuid has the UUID v4 shape", () => {
    expect(randomUuid(seededRandom(9))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
