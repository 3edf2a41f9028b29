// Guards the generators: the invariant properties say little about replication
// and time passing unless the random sequences really replicate, purge and rotate.
// (A scheduled rotation that tick starts is rare in short sequences; tick's own
// tests cover it, and every step of these sequences is checked all the same.)
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { getOwn, tableSecrets, type State } from "../../src/index.ts";
import { callsArbitrary } from "./calls.ts";
import { steps } from "./run.ts";

const samples = fc.sample(callsArbitrary(), { numRuns: 300, seed: 7 });

function replicaCount(state: State): number {
  const region = getOwn(state.regions, "eu-west-1");
  return region === undefined ? 0 : [...tableSecrets(region.secrets)].length;
}

describe("the random sequences", () => {
  test("replicate secrets to other regions, and remove replicas again", () => {
    const runs = samples.map((calls) => [...steps(calls)]);
    expect(runs.some((run) => run.some((s) => replicaCount(s.after) > replicaCount(s.before)))).toBe(true);
    expect(runs.some((run) => run.some((s) => replicaCount(s.after) < replicaCount(s.before)))).toBe(true);
  });

  test("let time pass with tick, which purges secrets whose recovery window ended", () => {
    const ticks = samples.flatMap((calls) => [...steps(calls)].filter((s) => s.call.kind === "tick"));
    const count = (state: State) => [...tableSecrets(getOwn(state.regions, "us-east-1")!.secrets)].length;
    expect(ticks.some((s) => count(s.after) < count(s.before))).toBe(true);
  });

  test("run rotations to the end", () => {
    const run = samples.flatMap((calls) => [...steps(calls)]);
    const rotatedAt = (state: State) =>
      [...tableSecrets(getOwn(state.regions, "us-east-1")!.secrets)].map((s) => s.LastRotatedDate ?? 0);
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    expect(run.some((s) => s.call.kind === "rotation-steps" && sum(rotatedAt(s.after)) > sum(rotatedAt(s.before)))).toBe(true);
  });
});
