// The exhaustive check of the staging-label machine: every sequence of up to
// DEPTH steps over one secret (steps.ts), each distinct state expanded once.
// Deeper runs: `npm run explore -- --depth N` (figures in the README).
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { LabelMachine } from "./diagram.ts";
import { explore, type Exploration } from "./explore.ts";
import { forgetsAwsPreviousOnMove, retryAnswersNoStages } from "./planted-bug.ts";
import { core } from "./steps.ts";

/** Also the depth `npm run label-machine` draws from. */
const DEPTH = 6;

describe(`every sequence of up to ${DEPTH} calls on one secret`, () => {
  const machine = new LabelMachine();
  let purged = false;
  let result: Exploration;
  beforeAll(() => {
    result = explore({
      depth: DEPTH,
      onStep: (from, step, to) => {
        machine.record(from, step, to);
        purged ||= step.name === "tick" && to === "absent";
      },
    });
    console.log(`depth ${DEPTH}: ${result.states} distinct states, ${result.transitions} transitions`);
  }, 60_000);

  it("answers as the simple model does, leaves the model's labels and versions, and keeps every invariant", () => {
    expect(result.failure).toBeUndefined();
  });

  it("reaches every placement of AWSCURRENT, AWSPREVIOUS and AWSPENDING, and a secret removed at the end of its recovery window", () => {
    // Guards the universe: 11 placements, as in every deeper run.
    expect(machine.size.placements).toBe(11);
    expect(purged).toBe(true);
  });

  it("is the machine docs/label-machine.dot draws (regenerate with npm run label-machine)", () => {
    expect(machine.toDot()).toBe(readFileSync(new URL("../../docs/label-machine.dot", import.meta.url), "utf8"));
  });
});

describe("the exhaustive check", () => {
  it("finds a planted bug, AWSPREVIOUS left behind when AWSCURRENT moves, after three calls and not before", () => {
    const service = { ...core, operations: forgetsAwsPreviousOnMove(core.operations) };
    expect(explore({ depth: 2, service }).failure).toBeUndefined();
    const failure = explore({ depth: 3, service }).failure;
    expect(failure?.trace).toHaveLength(3);
    expect(failure?.trace[2]).toMatch(/^UpdateSecretVersionStage AWSCURRENT t\d→t\d$/);
    expect(failure?.problem).toContain("the library holds");
  });

  it("finds a planted wrong answer, a retried PutSecretValue without VersionStages, after two calls and not before", () => {
    const service = { ...core, operations: retryAnswersNoStages(core.operations) };
    expect(explore({ depth: 1, service }).failure).toBeUndefined();
    const failure = explore({ depth: 2, service }).failure;
    expect(failure?.trace).toEqual(["PutSecretValue t1 a", "PutSecretValue t1 a"]);
    expect(failure?.problem).toBe("VersionStages [], the model AWSCURRENT");
  });
});
