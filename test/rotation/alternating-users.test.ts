import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { alternateUsername, alternatingUsersRotation, invariantViolations, pretendDatabase, runRotation, type Driver } from "../../src/index.ts";
import { LAMBDA_ARN, hostOf, secretWithValue } from "./support.ts";

const CREDENTIALS = { engine: "postgres", host: "db.example.com", username: "app", password: "app-password", masterarn: "arn:aws:secretsmanager:us-east-1:123456789012:secret:master-AbCdEf" };

/** Starts a rotation of app/db with a new token and runs it; the outcome and the token. */
async function rotate(driver: Driver, arn: string, rotation = alternatingUsersRotation()) {
  const token = driver.token();
  driver.ok("RotateSecret", { SecretId: "app/db", ClientRequestToken: token, RotationLambdaARN: LAMBDA_ARN });
  return { outcome: await runRotation(hostOf(driver), rotation, arn), token };
}

const valueOf = (driver: Driver, stage: string) => JSON.parse(driver.ok("GetSecretValue", { SecretId: "app/db", VersionStage: stage }).SecretString!) as typeof CREDENTIALS;

describe("the alternating-users strategy, after AWS's multi-user templates", () => {
  it("switches username between the user and <user>_clone on each rotation, and keeps every other key", async () => {
    const { driver, arn } = secretWithValue(undefined, JSON.stringify(CREDENTIALS));
    const database = pretendDatabase({ app: "app-password" });
    const rotation = alternatingUsersRotation({ database });

    expect((await rotate(driver, arn, rotation)).outcome.recorded).toBe("rotated");
    const first = valueOf(driver, "AWSCURRENT");
    expect(first).toEqual({ ...CREDENTIALS, username: "app_clone", password: expect.stringMatching(/^[^:/@"'\\]{32}$/) });
    expect(Object.keys(first)).toEqual(Object.keys(CREDENTIALS));
    // The first rotation clones the user; the user's own password still works (AWSPREVIOUS).
    expect(database.users).toEqual({ app: "app-password", app_clone: first.password });
    expect(valueOf(driver, "AWSPREVIOUS")).toEqual(CREDENTIALS);

    await rotate(driver, arn, rotation);
    const second = valueOf(driver, "AWSCURRENT");
    expect(second).toEqual({ ...CREDENTIALS, username: "app", password: expect.any(String) });
    expect(database.users).toEqual({ app: second.password, app_clone: first.password });

    await rotate(driver, arn, rotation);
    expect(valueOf(driver, "AWSCURRENT").username).toBe("app_clone");
    expect(valueOf(driver, "AWSPREVIOUS")).toEqual(second);
    expect(invariantViolations(driver.state)).toEqual([]);
  });

  it("with a secret that is a bare password, alternates the users the username option names, in the database", async () => {
    const { driver, arn } = secretWithValue(undefined, "app-password");
    const database = pretendDatabase({ app: "app-password" });
    const rotation = alternatingUsersRotation({ database, username: "app", format: "password" });
    await rotate(driver, arn, rotation);
    const first = driver.ok("GetSecretValue", { SecretId: "app/db" }).SecretString!;
    expect(database.users).toEqual({ app: "app-password", app_clone: first });
    await rotate(driver, arn, rotation);
    const second = driver.ok("GetSecretValue", { SecretId: "app/db" }).SecretString!;
    expect(database.users).toEqual({ app: second, app_clone: first });
  });

  it("setSecret refuses a pending user that is neither the current user's clone nor the user", async () => {
    const { driver, arn, first } = secretWithValue(undefined, JSON.stringify(CREDENTIALS));
    const token = driver.token();
    driver.ok("RotateSecret", { SecretId: "app/db", ClientRequestToken: token, RotationLambdaARN: LAMBDA_ARN });
    // createSecret finds the pending value there and keeps it.
    driver.ok("PutSecretValue", { SecretId: "app/db", ClientRequestToken: token, SecretString: JSON.stringify({ ...CREDENTIALS, username: "intruder" }), VersionStages: ["AWSPENDING"] });
    const outcome = await runRotation(hostOf(driver), alternatingUsersRotation({ database: pretendDatabase({ app: "app-password" }) }), arn);
    expect(outcome).toMatchObject({ recorded: "failed", stepsRun: ["createSecret", "setSecret"] });
    expect((outcome.error as Error).message).toBe("Attempting to modify user intruder other than current user or clone app");
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).VersionIdsToStages).toEqual({ [first]: ["AWSCURRENT"], [token]: ["AWSPENDING"] });
  });

  test.prop([fc.stringMatching(/^[a-z][a-z_]{0,20}$/)])("alternateUsername switches a user and its clone back and forth", (username) => {
    expect(alternateUsername(alternateUsername(username))).toBe(username);
    expect([username, alternateUsername(username)].filter((name) => name.endsWith("_clone"))).toHaveLength(1);
  });
});
