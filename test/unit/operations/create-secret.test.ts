import { describe, expect, it } from "vitest";
import { Driver, versionIds } from "../../../src/index.ts";
import { INVALID_NAME, MISSING_TOKEN, failingCall } from "../support/failing-call.ts";
import { scheduleDeletion, secretOf } from "../support/secret-state.ts";

const ARN_OF = /^arn:aws:secretsmanager:us-east-1:123456789012:secret:app\/db-[A-Za-z0-9]{6}$/;

describe("CreateSecret", () => {
  it("with a SecretString creates a secret whose first version is AWSCURRENT", () => {
    const driver = new Driver();
    const token = driver.token();
    const created = driver.ok("CreateSecret", { Name: "app/db", SecretString: "s3cret", ClientRequestToken: token });
    expect(created).toEqual({ ARN: expect.stringMatching(ARN_OF), Name: "app/db", VersionId: token });
    const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
    expect(described).toEqual({
      ARN: created.ARN,
      Name: "app/db",
      CreatedDate: driver.now,
      LastChangedDate: driver.now,
      VersionIdsToStages: { [token]: ["AWSCURRENT"] },
    });
    const read = driver.ok("GetSecretValue", { SecretId: "app/db" });
    expect(read.SecretString).toBe("s3cret");
    expect(read.VersionStages).toEqual(["AWSCURRENT"]);
  });

  it("with a SecretBinary stores the bytes as base64 and GetSecretValue answers them", () => {
    const driver = new Driver();
    driver.ok("CreateSecret", { Name: "bin", SecretBinary: "AAEC/w==", ClientRequestToken: driver.token() });
    const read = driver.ok("GetSecretValue", { SecretId: "bin" });
    expect(read.SecretBinary).toBe("AAEC/w==");
    expect(read).not.toHaveProperty("SecretString");
  });

  it("without a value creates a secret with no version and answers without VersionId", () => {
    const driver = new Driver();
    const created = driver.ok("CreateSecret", { Name: "app/db" });
    expect(created).toEqual({ ARN: expect.stringMatching(ARN_OF), Name: "app/db" });
    expect(created).not.toHaveProperty("VersionId");
    const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
    expect(described).not.toHaveProperty("VersionIdsToStages");
    expect(failingCall(driver, "GetSecretValue", { SecretId: "app/db" })).toEqual({
      code: "ResourceNotFoundException",
      message: "Secrets Manager can't find the specified secret value for staging label: AWSCURRENT",
    });
  });

  it("without a value ignores ClientRequestToken: no version is made", () => {
    const driver = new Driver();
    const created = driver.ok("CreateSecret", { Name: "app/db", ClientRequestToken: driver.token() });
    expect(created).not.toHaveProperty("VersionId");
    expect(versionIds(secretOf(driver, "app/db").versions)).toEqual([]);
  });

  it("keeps Tags in the order given and DescribeSecret shows them", () => {
    const driver = new Driver();
    const Tags = [
      { Key: "team", Value: "payments" },
      { Key: "env", Value: "" },
    ];
    driver.ok("CreateSecret", { Name: "app/db", Tags });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).Tags).toEqual(Tags);
  });

  it("with an empty Description stores no Description (empty behaves as absent)", () => {
    const driver = new Driver();
    driver.ok("CreateSecret", { Name: "a", Description: "" });
    driver.ok("CreateSecret", { Name: "b", Description: "the database" });
    expect(driver.ok("DescribeSecret", { SecretId: "a" })).not.toHaveProperty("Description");
    expect(driver.ok("DescribeSecret", { SecretId: "b" }).Description).toBe("the database");
  });

  it("with a KmsKeyId shows it in DescribeSecret and in the version's KmsKeyIds", () => {
    const driver = new Driver();
    const KmsKeyId = "alias/app-key";
    driver.ok("CreateSecret", { Name: "app/db", KmsKeyId, SecretString: "x", ClientRequestToken: driver.token() });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).KmsKeyId).toBe(KmsKeyId);
    const listed = driver.ok("ListSecretVersionIds", { SecretId: "app/db" });
    expect(listed.Versions.map((v) => v.KmsKeyIds)).toEqual([[KmsKeyId]]);
  });

  it.each(["Inv Name", " Inv*Name? ", "name!", "naïve", "a\\b"])(
    "with the invalid name %j fails with ValidationException 'Invalid name'",
    (Name) => {
      const driver = new Driver();
      expect(failingCall(driver, "CreateSecret", { Name })).toEqual(INVALID_NAME);
    },
  );

  it("accepts every character AWS lists for names: letters, digits and /_+=.@-", () => {
    const driver = new Driver();
    expect(driver.ok("CreateSecret", { Name: "Az09/_+=.@-" }).Name).toBe("Az09/_+=.@-");
  });

  it("accepts a 512-character name and refuses a 513-character one with the length constraint message", () => {
    const driver = new Driver();
    const longest = "n".repeat(512);
    expect(driver.ok("CreateSecret", { Name: longest }).Name).toBe(longest);
    const tooLong = "n".repeat(513);
    expect(failingCall(driver, "CreateSecret", { Name: tooLong })).toEqual({
      code: "ValidationException",
      message: `1 validation error detected: Value '${tooLong}' at 'name' failed to satisfy constraint: Member must have length less than or equal to 512`,
    });
  });

  it("with a name already in use fails with ResourceExistsException naming the secret", () => {
    const driver = new Driver();
    driver.ok("CreateSecret", { Name: "app/db", SecretString: "v1", ClientRequestToken: driver.token() });
    const expected = {
      code: "ResourceExistsException",
      message: "The operation failed because the secret app/db already exists.",
    };
    expect(
      failingCall(driver, "CreateSecret", { Name: "app/db", SecretString: "v1", ClientRequestToken: driver.token() }),
    ).toEqual(expected);
    expect(failingCall(driver, "CreateSecret", { Name: "app/db" })).toEqual(expected);
  });

  it("with the same token and the same value answers as the first call did and changes nothing", () => {
    const driver = new Driver();
    const request = { Name: "app/db", SecretString: "v1", ClientRequestToken: driver.token() };
    const first = driver.ok("CreateSecret", request);
    const before = driver.state;
    driver.advance(60_000);
    const retry = driver.call("CreateSecret", request);
    expect(retry).toEqual({ ok: true, state: before, response: first });
    expect(retry.state).toBe(before);
  });

  it("with the same token and a different value fails with ResourceExistsException naming token and ARN", () => {
    const driver = new Driver();
    const token = driver.token();
    const { ARN } = driver.ok("CreateSecret", { Name: "app/db", SecretString: "v1", ClientRequestToken: token });
    expect(failingCall(driver, "CreateSecret", { Name: "app/db", SecretString: "v2", ClientRequestToken: token })).toEqual({
      code: "ResourceExistsException",
      message: `You can't use ClientRequestToken ${token} because that value is already in use for a version of secret ${ARN}.`,
    });
  });

  it("with the name of a secret scheduled for deletion fails with InvalidRequestException", () => {
    const driver = new Driver();
    const token = driver.token();
    driver.ok("CreateSecret", { Name: "app/db", SecretString: "v1", ClientRequestToken: token });
    scheduleDeletion(driver, "app/db");
    const expected = {
      code: "InvalidRequestException",
      message: "You can't create this secret because a secret with this name is already scheduled for deletion.",
    };
    expect(failingCall(driver, "CreateSecret", { Name: "app/db" })).toEqual(expected);
    // Checked before the token: even an identical retry is refused.
    expect(failingCall(driver, "CreateSecret", { Name: "app/db", SecretString: "v1", ClientRequestToken: token })).toEqual(
      expected,
    );
  });

  it("with a value and no ClientRequestToken fails with InvalidRequestException", () => {
    const driver = new Driver();
    expect(failingCall(driver, "CreateSecret", { Name: "app/db", SecretString: "v1" })).toEqual(MISSING_TOKEN);
  });

  it("with both SecretString and SecretBinary fails with InvalidParameterException", () => {
    const driver = new Driver();
    const request = { Name: "app/db", SecretString: "x", SecretBinary: "eA==", ClientRequestToken: driver.token() };
    expect(failingCall(driver, "CreateSecret", request)).toEqual({
      code: "InvalidParameterException",
      message: "You can’t specify both a binary secret value and a string secret value in the same secret.",
    });
  });

  it("with a ClientRequestToken shorter than 32 characters fails with ValidationException", () => {
    const driver = new Driver();
    const request = { Name: "app/db", SecretString: "x", ClientRequestToken: "short" };
    expect(failingCall(driver, "CreateSecret", request)).toEqual({
      code: "ValidationException",
      message:
        "1 validation error detected: Value 'short' at 'clientRequestToken' failed to satisfy constraint: Member must have length greater than or equal to 32",
    });
  });

  it("lets two regions hold secrets of the same name with different ARNs", () => {
    const driver = new Driver();
    const east = driver.ok("CreateSecret", { Name: "app/db" });
    driver.region = "eu-west-1";
    const west = driver.ok("CreateSecret", { Name: "app/db" });
    expect(west.ARN).toMatch(/^arn:aws:secretsmanager:eu-west-1:123456789012:secret:app\/db-/);
    expect(west.ARN).not.toBe(east.ARN);
  });
});
