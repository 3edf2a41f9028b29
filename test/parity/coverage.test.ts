// The recording holds 55 transcripts; each has its fixture here, and each
// fixture uses only operations the library has.
import { describe, expect, it } from "vitest";
import { isOperationName } from "../../src/index.ts";
import { allScenarios } from "./fixtures/index.ts";

describe("parity fixtures", () => {
  it("hold one scenario for each of the 55 transcripts recorded against AWS", () => {
    const transcripts = new Set(allScenarios.map((scenario) => scenario.transcript));
    expect(transcripts.size).toBe(55);
    expect(allScenarios).toHaveLength(55);
  });

  it("call only operations the library has", () => {
    const missing = allScenarios.flatMap((s) => s.steps.map((step) => step.operation)).filter((op) => !isOperationName(op));
    expect(missing).toEqual([]);
  });
});
