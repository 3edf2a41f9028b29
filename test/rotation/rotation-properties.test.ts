import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { alternatingUsersRotation, invariantViolations, runRotation, singleUserRotation, type RotationStep } from "../../src/index.ts";
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

const jsonValue = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }));
const otherKeys = fc.dictionary(fc.string({ minLength: 1 }).filter((key) => key !== "username" && key !== "password" && key !== "__proto__"), jsonValue, { maxKeys: 6 });

test.prop([otherKeys, fc.constantFrom("single user", "alternating users")], { numRuns: 40 })(
  "a rotation with a built-in strategy keeps every key of a JSON secret, in its order, but the password (and, alternating, the username)",
  async (others, strategy) => {
    const value = { username: "app", ...others, password: "old" };
    const { driver, arn } = secretWithValue(undefined, JSON.stringify(value));
    driver.ok("RotateSecret", { SecretId: "app/db", ClientRequestToken: driver.token(), RotationLambdaARN: LAMBDA_ARN });
    const rotation = strategy === "single user" ? singleUserRotation() : alternatingUsersRotation();
    expect((await runRotation(hostOf(driver), rotation, arn)).recorded).toBe("rotated");
    const rotated = JSON.parse(driver.ok("GetSecretValue", { SecretId: "app/db" }).SecretString!) as Record<string, unknown>;
    expect(Object.keys(rotated)).toEqual(Object.keys(value));
    expect(rotated).toEqual({ ...value, password: expect.not.stringMatching(/^old$/), username: strategy === "single user" ? "app" : "app_clone" });
  },
);
