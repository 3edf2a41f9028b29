import { describe, expect, it } from "vitest";
import { Driver } from "../../../src/index.ts";
import { INVALID_NAME, SECRET_NOT_FOUND, failingCall } from "../support/failing-call.ts";
import { scheduleDeletion } from "../support/secret-state.ts";

describe("DescribeSecret", () => {
  it("of a fresh secret with a value answers ARN, Name, the two dates and VersionIdsToStages only", () => {
    const driver = new Driver();
    const token = driver.token();
    const { ARN } = driver.ok("CreateSecret", { Name: "app/db", SecretString: "v", ClientRequestToken: token });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" })).toStrictEqual({
      ARN,
      Name: "app/db",
      LastChangedDate: driver.now,
      CreatedDate: driver.now,
      VersionIdsToStages: { [token]: ["AWSCURRENT"] },
    });
  });

  it("of a secret created without a value has no VersionIdsToStages", () => {
    const driver = new Driver();
    const { ARN } = driver.ok("CreateSecret", { Name: "app/db" });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" })).toStrictEqual({
      ARN,
      Name: "app/db",
      LastChangedDate: driver.now,
      CreatedDate: driver.now,
    });
  });

  it("lists in VersionIdsToStages only the versions that carry a label", () => {
    const driver = new Driver();
    const tokens = [driver.token(), driver.token(), driver.token()] as const;
    driver.ok("CreateSecret", { Name: "app/db", SecretString: "1", ClientRequestToken: tokens[0] });
    driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "2", ClientRequestToken: tokens[1] });
    driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "3", ClientRequestToken: tokens[2] });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).VersionIdsToStages).toEqual({
      [tokens[1]]: ["AWSPREVIOUS"],
      [tokens[2]]: ["AWSCURRENT"],
    });
  });

  it("shows Description, KmsKeyId and Tags when they were set", () => {
    const driver = new Driver();
    const Tags = [{ Key: "team", Value: "a" }];
    driver.ok("CreateSecret", { Name: "app/db", Description: "d", KmsKeyId: "alias/k", Tags });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" })).toMatchObject({ Description: "d", KmsKeyId: "alias/k", Tags });
  });

  it("does not set LastAccessedDate: it returns the same state object", () => {
    const driver = new Driver();
    driver.ok("CreateSecret", { Name: "app/db", SecretString: "v", ClientRequestToken: driver.token() });
    const before = driver.state;
    const result = driver.call("DescribeSecret", { SecretId: "app/db" });
    expect(result.state).toBe(before);
    expect(result.ok && result.response).not.toHaveProperty("LastAccessedDate");
  });

  it("of a secret scheduled for deletion succeeds, with DeletedDate and its VersionIdsToStages", () => {
    const driver = new Driver();
    const token = driver.token();
    driver.ok("CreateSecret", { Name: "app/db", SecretString: "v", ClientRequestToken: token });
    driver.advance(5000);
    scheduleDeletion(driver, "app/db");
    const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
    expect(described.DeletedDate).toBe(driver.now);
    expect(described.VersionIdsToStages).toEqual({ [token]: ["AWSCURRENT"] });
  });

  it("finds the secret by its full ARN", () => {
    const driver = new Driver();
    const { ARN } = driver.ok("CreateSecret", { Name: "app/db" });
    expect(driver.ok("DescribeSecret", { SecretId: ARN }).Name).toBe("app/db");
  });

  it("of an unknown secret fails with ResourceNotFoundException", () => {
    const driver = new Driver();
    expect(failingCall(driver, "DescribeSecret", { SecretId: "app/db" })).toEqual(SECRET_NOT_FOUND);
  });

  it("with a SecretId holding invalid characters fails with ValidationException 'Invalid name'", () => {
    const driver = new Driver();
    expect(failingCall(driver, "DescribeSecret", { SecretId: " Inv *?!]Name\\-" })).toEqual(INVALID_NAME);
  });
});
