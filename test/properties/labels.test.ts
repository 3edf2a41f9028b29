// Staging-label invariants over random call sequences (docs/semantics/versions-and-labels.md#invariants, items 1, 2, 3, 5).
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { AWSCURRENT, AWSPREVIOUS, getOwn } from "../../src/index.ts";
import { callsArbitrary } from "./calls.ts";
import { holdersOf, secretsByArn, stagesByVersion, steps } from "./run.ts";

describe("staging labels", () => {
  test.prop([callsArbitrary()])("a staging label is attached to at most one version", (calls) => {
    for (const { after } of steps(calls)) {
      for (const secret of secretsByArn(after).values()) {
        const attached = [...stagesByVersion(secret).values()].flat();
        expect(attached.length).toBe(new Set(attached).size);
      }
    }
  });

  test.prop([callsArbitrary()])("a secret carries at most 20 staging labels", (calls) => {
    for (const { after } of steps(calls)) {
      for (const secret of secretsByArn(after).values()) {
        expect([...stagesByVersion(secret).values()].flat().length).toBeLessThanOrEqual(20);
      }
    }
  });

  test.prop([callsArbitrary()])("once any version has AWSCURRENT exactly one version has it", (calls) => {
    const hadCurrent = new Set<string>();
    for (const { after } of steps(calls)) {
      for (const [arn, secret] of secretsByArn(after)) {
        const holders = holdersOf(secret, AWSCURRENT);
        if (hadCurrent.has(arn)) expect(holders).toHaveLength(1);
        else expect(holders.length).toBeLessThanOrEqual(1);
        if (holders.length > 0) hadCurrent.add(arn);
      }
    }
  });

  test.prop([callsArbitrary()])(
    "AWSPREVIOUS is never on the AWSCURRENT version after an automatic move: the old AWSCURRENT version has it",
    (calls) => {
      for (const { before, after } of steps(calls)) {
        const previously = secretsByArn(before);
        for (const [arn, secret] of secretsByArn(after)) {
          const old = previously.get(arn);
          const from = old && getOwn(old.labels, AWSCURRENT);
          const to = getOwn(secret.labels, AWSCURRENT);
          if (from === undefined || to === undefined || from === to) continue;
          expect(holdersOf(secret, AWSPREVIOUS)).toEqual([from]);
        }
      }
    },
  );
});

describe("the staging-label quota", () => {
  test("is reached by some random sequences, which then fail with LimitExceededException", () => {
    // Guards the generators: without this the 20-label property could pass vacuously.
    const samples = fc.sample(callsArbitrary(), { numRuns: 200, seed: 42 });
    const refused = samples.filter((calls) =>
      [...steps(calls)].some((s) => s.result?.ok === false && s.result.error.code === "LimitExceededException"),
    );
    expect(refused.length).toBeGreaterThan(0);
  });
});
