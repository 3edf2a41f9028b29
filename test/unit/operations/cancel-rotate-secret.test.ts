import { describe, expect, it } from "vitest";
import { runRotation, singleUserRotation } from "../../../src/index.ts";
import { LAMBDA_ARN, failingCall, hostOf, secretWithValue } from "../../rotation/support.ts";

function rotatedSecret() {
  const { driver, arn, first } = secretWithValue();
  const token = driver.token();
  driver.ok("RotateSecret", {
    SecretId: "app/db",
    ClientRequestToken: token,
    RotationLambdaARN: LAMBDA_ARN,
    RotationRules: { AutomaticallyAfterDays: 10 },
  });
  return { driver, arn, first, token };
}

describe("CancelRotateSecret", () => {
  it("turns rotation off, keeps RotationRules and RotationLambdaARN, and removes NextRotationDate", async () => {
    const { driver, arn } = rotatedSecret();
    await runRotation(hostOf(driver), singleUserRotation(), arn);
    const cancelled = driver.ok("CancelRotateSecret", { SecretId: "app/db" });
    expect(cancelled).toEqual({ ARN: arn, Name: "app/db" });
    const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
    expect(described).toMatchObject({
      RotationEnabled: false,
      RotationLambdaARN: LAMBDA_ARN,
      RotationRules: { AutomaticallyAfterDays: 10 },
    });
    expect(described.NextRotationDate).toBeUndefined();
  });

  it("during a rotation answers the partial version's id and leaves the labels as they are", () => {
    const { driver, first, token } = rotatedSecret();
    expect(driver.ok("CancelRotateSecret", { SecretId: "app/db" }).VersionId).toBe(token);
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).VersionIdsToStages).toEqual({
      [first]: ["AWSCURRENT"],
      [token]: ["AWSPENDING"],
    });
  });

  it("stops the steps of the rotation in progress", async () => {
    const { driver, arn } = rotatedSecret();
    driver.ok("CancelRotateSecret", { SecretId: "app/db" });
    expect(await runRotation(hostOf(driver), singleUserRotation(), arn)).toMatchObject({ recorded: "stale", stepsRun: [] });
  });

  it("a second time changes nothing: the same state object", async () => {
    const { driver, arn } = rotatedSecret();
    await runRotation(hostOf(driver), singleUserRotation(), arn);
    driver.ok("CancelRotateSecret", { SecretId: "app/db" });
    const before = driver.state;
    driver.ok("CancelRotateSecret", { SecretId: "app/db" });
    expect(driver.state).toBe(before);
  });

  it("then RotateSecret turns rotation on again with the stored configuration", async () => {
    const { driver, arn } = rotatedSecret();
    await runRotation(hostOf(driver), singleUserRotation(), arn);
    driver.ok("CancelRotateSecret", { SecretId: "app/db" });
    driver.ok("RotateSecret", { SecretId: "app/db", ClientRequestToken: driver.token() });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" })).toMatchObject({ RotationEnabled: true, RotationLambdaARN: LAMBDA_ARN });
  });

  it("on a secret whose rotation was never configured fails with InvalidRequestException", () => {
    const { driver } = secretWithValue();
    expect(failingCall(driver, "CancelRotateSecret", { SecretId: "app/db" })).toEqual({
      code: "InvalidRequestException",
      message: "No Lambda rotation function ARN is associated with this secret.",
    });
  });

  it("on a secret scheduled for deletion fails with the marked-for-deletion text", () => {
    const { driver } = rotatedSecret();
    driver.ok("DeleteSecret", { SecretId: "app/db" });
    expect(failingCall(driver, "CancelRotateSecret", { SecretId: "app/db" })).toEqual({
      code: "InvalidRequestException",
      message: "You can't perform this operation on the secret because it was marked for deletion.",
    });
  });

  it("on a secret that does not exist fails with ResourceNotFoundException", () => {
    const { driver } = secretWithValue();
    expect(failingCall(driver, "CancelRotateSecret", { SecretId: "nope" }).code).toBe("ResourceNotFoundException");
  });
});
