// Whole-state properties over random call sequences: failed calls and reads
// leave the state object as it was; the two views of the labels agree; and
// invariantViolations finds nothing after any step (docs/semantics/versions-and-labels.md#invariants).
import { test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { describeSecret, invariantViolations, listSecretVersionIds } from "../../src/index.ts";
import { callsArbitrary } from "./calls.ts";
import { secretsByArn, steps } from "./run.ts";

const context = { now: 0, region: "us-east-1", arnSuffix: "AAAAAA", randomSeed: 0 };

describe("the state", () => {
  test.prop([callsArbitrary()])("a failed call returns the very same state object", (calls) => {
    for (const { before, after, result } of steps(calls)) {
      if (result?.ok === false) expect(after).toBe(before);
    }
  });

  test.prop([callsArbitrary()])(
    "DescribeSecret and ListSecretVersionIds return the very same state object",
    (calls) => {
      for (const { call, before, after } of steps(calls)) {
        if (call.kind === "call" && (call.name === "DescribeSecret" || call.name === "ListSecretVersionIds")) {
          expect(after).toBe(before);
        }
      }
    },
  );

  test.prop([callsArbitrary()])(
    "DescribeSecret's VersionIdsToStages and ListSecretVersionIds list the same labelled versions",
    (calls) => {
      for (const { after } of steps(calls)) {
        for (const secret of secretsByArn(after).values()) {
          const described = describeSecret(after, { SecretId: secret.ARN }, context);
          const listed = listSecretVersionIds(after, { SecretId: secret.ARN }, context);
          if (!described.ok || !listed.ok) throw new Error("a read of an existing secret failed");
          const fromList = Object.fromEntries(listed.response.Versions.map((v) => [v.VersionId, v.VersionStages]));
          expect(described.response.VersionIdsToStages ?? {}).toEqual(fromList);
        }
      }
    },
  );

  test.prop([callsArbitrary()])("invariantViolations finds nothing after any call", (calls) => {
    for (const { after } of steps(calls)) expect(invariantViolations(after)).toEqual([]);
  });
});
