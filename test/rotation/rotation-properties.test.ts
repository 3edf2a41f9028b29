import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { invariantViolations, runRotation, singleUserRotation, type RotationStep } from "../../src/index.ts";
import { LAMBDA_ARN, hostOf, secretWithValue } from "./support.ts";

const STEPS: (RotationStep | "none")[] = ["none", "createSecret", "setSecret", "testSecret", "finishSecret"];

test.prop([fc.array(fc.record({ failAt: fc.constantFrom(...STEPS), immediately: fc.boolean() }), { maxLength: 6 })], {
  numRuns: 40,
})("rotations that succeed or fail at any step keep the invariants, and AWSPENDING is off AWSCURRENT's version only after a failure", async (runs) => {
  const { driver, arn } = secretWithValue();
  const template = singleUserRotation();
  let stuck = false;
  for (const { failAt, immediately } of runs) {
    const result = driver.call("RotateSecret", {
      SecretId: "app/db",
      ClientRequestToken: driver.token(),
      RotationLambdaARN: LAMBDA_ARN,
      RotateImmediately: immediately,
    });
    // A failed rotation blocks the next one with another token, as on AWS.
    expect(result.ok).toBe(!stuck);
    if (!result.ok) break;
    const outcome = await runRotation(hostOf(driver), async (event, client) => {
      if (event.Step === failAt) throw new Error(`fail at ${failAt}`);
      return template(event, client);
    }, arn);
    const failed = immediately ? failAt !== "none" : failAt === "testSecret";
    expect(outcome.recorded).toBe(failed ? "failed" : immediately ? "rotated" : "tested");
    expect(invariantViolations(driver.state)).toEqual([]);
    const stages = driver.ok("DescribeSecret", { SecretId: "app/db" }).VersionIdsToStages ?? {};
    const pending = Object.keys(stages).filter((id) => stages[id]!.includes("AWSPENDING"));
    const current = Object.keys(stages).filter((id) => stages[id]!.includes("AWSCURRENT"));
    expect(current).toHaveLength(1);
    stuck = pending.length > 0 && pending[0] !== current[0];
    expect(stuck).toBe(failed);
  }
});
