import { describe, expect, it } from "vitest";
import { DAY_MS } from "../../../src/index.ts";
import { LAMBDA_ARN, secretWithValue } from "../../rotation/support.ts";

describe("RotateSecret", () => {
  it("answers ARN, Name and the token as VersionId", () => {
    const { driver, arn } = secretWithValue();
    const token = driver.token();
    const rotated = driver.ok("RotateSecret", {
      SecretId: "app/db",
      ClientRequestToken: token,
      RotationLambdaARN: LAMBDA_ARN,
      RotationRules: { AutomaticallyAfterDays: 1 },
    });
    expect(rotated).toEqual({ ARN: arn, Name: "app/db", VersionId: token });
  });

  it("saves the rotation configuration that DescribeSecret shows", () => {
    const { driver } = secretWithValue();
    driver.ok("RotateSecret", {
      SecretId: "app/db",
      ClientRequestToken: driver.token(),
      RotationLambdaARN: LAMBDA_ARN,
      RotationRules: { AutomaticallyAfterDays: 7 },
    });
    const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
    expect(described).toMatchObject({
      RotationEnabled: true,
      RotationLambdaARN: LAMBDA_ARN,
      RotationRules: { AutomaticallyAfterDays: 7 },
      NextRotationDate: driver.now + 7 * DAY_MS,
    });
    expect(described.LastRotatedDate).toBeUndefined();
    expect(described).not.toHaveProperty("rotation");
  });

  it("creates the value-less AWSPENDING version before any step runs", () => {
    const { driver, first } = secretWithValue();
    const token = driver.token();
    driver.ok("RotateSecret", { SecretId: "app/db", ClientRequestToken: token, RotationLambdaARN: LAMBDA_ARN });
    const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
    expect(described.VersionIdsToStages).toEqual({ [first]: ["AWSCURRENT"], [token]: ["AWSPENDING"] });
    const pending = driver.call("GetSecretValue", { SecretId: "app/db", VersionStage: "AWSPENDING" });
    expect(pending.ok).toBe(false);
    if (!pending.ok) expect(pending.error.code).toBe("ResourceNotFoundException");
    expect(driver.ok("GetSecretValue", { SecretId: "app/db" }).SecretString).toBe("v1");
  });

  it("on a secret with no versions creates the stub alone, without AWSCURRENT", () => {
    const { driver } = secretWithValue();
    driver.ok("CreateSecret", { Name: "empty" });
    const token = driver.token();
    driver.ok("RotateSecret", { SecretId: "empty", ClientRequestToken: token, RotationLambdaARN: LAMBDA_ARN });
    expect(driver.ok("DescribeSecret", { SecretId: "empty" }).VersionIdsToStages).toEqual({ [token]: ["AWSPENDING"] });
  });

  it("with AWSPENDING on the AWSCURRENT version moves AWSPENDING to the new version", () => {
    const { driver, first } = secretWithValue();
    driver.ok("UpdateSecretVersionStage", { SecretId: "app/db", VersionStage: "AWSPENDING", MoveToVersionId: first });
    const token = driver.token();
    driver.ok("RotateSecret", { SecretId: "app/db", ClientRequestToken: token, RotationLambdaARN: LAMBDA_ARN });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).VersionIdsToStages).toEqual({
      [first]: ["AWSCURRENT"],
      [token]: ["AWSPENDING"],
    });
  });

  it("retried with the same token while the rotation is in progress succeeds and keeps one stub", () => {
    const { driver, first } = secretWithValue();
    const token = driver.token();
    const request = { SecretId: "app/db", ClientRequestToken: token, RotationLambdaARN: LAMBDA_ARN };
    driver.ok("RotateSecret", request);
    expect(driver.ok("RotateSecret", request).VersionId).toBe(token);
    const versions = driver.ok("ListSecretVersionIds", { SecretId: "app/db", IncludeDeprecated: true }).Versions;
    expect(versions.map((v) => v.VersionId).sort()).toEqual([first, token].sort());
  });

  it("with a ScheduleExpression and Duration stores them as given", () => {
    const { driver } = secretWithValue();
    const rules = { ScheduleExpression: "cron(0 16 1,15 * ? *)", Duration: "2h" };
    driver.ok("RotateSecret", {
      SecretId: "app/db",
      ClientRequestToken: driver.token(),
      RotationLambdaARN: LAMBDA_ARN,
      RotationRules: rules,
    });
    const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
    expect(described.RotationRules).toEqual(rules);
    // The Driver's clock starts on 2026-01-01; the next window opens on the 1st or 15th at 16:00.
    expect(described.NextRotationDate).toBe(Date.UTC(2026, 0, 1, 16));
  });

  it("a manual PutSecretValue counts as a rotation for NextRotationDate", () => {
    const { driver } = secretWithValue();
    driver.ok("RotateSecret", {
      SecretId: "app/db",
      ClientRequestToken: driver.token(),
      RotationLambdaARN: LAMBDA_ARN,
      RotationRules: { AutomaticallyAfterDays: 2 },
      RotateImmediately: false,
    });
    driver.advance(5 * DAY_MS);
    driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "manual", ClientRequestToken: driver.token() });
    const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
    expect(described.NextRotationDate).toBe(driver.now + 2 * DAY_MS);
    expect(described.LastRotatedDate).toBeUndefined();
  });

  it("sets LastChangedDate", () => {
    const { driver } = secretWithValue();
    driver.advance(1000);
    driver.ok("RotateSecret", { SecretId: "app/db", ClientRequestToken: driver.token(), RotationLambdaARN: LAMBDA_ARN });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).LastChangedDate).toBe(driver.now);
  });
});
