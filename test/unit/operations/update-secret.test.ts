import { describe, expect, it } from "vitest";
import { Driver } from "../../../src/index.ts";
import { MARKED_FOR_DELETION, MISSING_TOKEN, SECRET_NOT_FOUND, failingCall } from "../support/failing-call.ts";
import { scheduleDeletion } from "../support/secret-state.ts";

function secretWithValue(driver: Driver, value = "v1") {
  const token = driver.token();
  const created = driver.ok("CreateSecret", { Name: "app/db", SecretString: value, ClientRequestToken: token });
  return { created, token };
}

describe("UpdateSecret", () => {
  it("with a new value moves AWSCURRENT and tags the old version AWSPREVIOUS", () => {
    const driver = new Driver();
    const { token: first } = secretWithValue(driver);
    const second = driver.token();
    const updated = driver.ok("UpdateSecret", { SecretId: "app/db", SecretString: "v2", ClientRequestToken: second });
    expect(updated.VersionId).toBe(second);
    const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
    expect(described.VersionIdsToStages).toEqual({ [first]: ["AWSPREVIOUS"], [second]: ["AWSCURRENT"] });
    expect(driver.ok("GetSecretValue", { SecretId: "app/db" }).SecretString).toBe("v2");
  });

  it("with only a Description creates no version and answers without VersionId", () => {
    const driver = new Driver();
    const { token } = secretWithValue(driver);
    const before = driver.state;
    const updated = driver.ok("UpdateSecret", { SecretId: "app/db", Description: "the database" });
    expect(updated).toEqual({ ARN: expect.any(String), Name: "app/db" });
    expect(driver.state).not.toBe(before);
    const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
    expect(described.Description).toBe("the database");
    expect(described.VersionIdsToStages).toEqual({ [token]: ["AWSCURRENT"] });
  });

  it("with both SecretString and SecretBinary fails with InvalidParameterException and changes nothing", () => {
    const driver = new Driver();
    secretWithValue(driver);
    const before = driver.state;
    const result = driver.call("UpdateSecret", {
      SecretId: "app/db",
      SecretString: "x",
      SecretBinary: "eA==",
      ClientRequestToken: driver.token(),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toEqual({
        code: "InvalidParameterException",
        message: "You can’t specify both a binary secret value and a string secret value in the same secret.",
      });
    }
    expect(result.state).toBe(before);
  });

  it("with a value on a secret created without one makes the first version, labelled AWSCURRENT", () => {
    const driver = new Driver();
    driver.ok("CreateSecret", { Name: "app/db" });
    const token = driver.token();
    expect(driver.ok("UpdateSecret", { SecretId: "app/db", SecretString: "v1", ClientRequestToken: token }).VersionId).toBe(token);
    const read = driver.ok("GetSecretValue", { SecretId: "app/db" });
    expect(read).toMatchObject({ VersionId: token, SecretString: "v1", VersionStages: ["AWSCURRENT"] });
  });

  it("with a value and a Description applies both and answers the new VersionId", () => {
    const driver = new Driver();
    secretWithValue(driver);
    const token = driver.token();
    const updated = driver.ok("UpdateSecret", {
      SecretId: "app/db",
      Description: "rotated by hand",
      SecretBinary: "AQID",
      ClientRequestToken: token,
    });
    expect(updated.VersionId).toBe(token);
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).Description).toBe("rotated by hand");
    expect(driver.ok("GetSecretValue", { SecretId: "app/db" }).SecretBinary).toBe("AQID");
  });

  it("with a third value takes AWSPREVIOUS off the first version, which becomes deprecated", () => {
    const driver = new Driver();
    const { token: first } = secretWithValue(driver);
    const second = driver.token();
    const third = driver.token();
    driver.ok("UpdateSecret", { SecretId: "app/db", SecretString: "v2", ClientRequestToken: second });
    driver.ok("UpdateSecret", { SecretId: "app/db", SecretString: "v2", ClientRequestToken: third });
    const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
    expect(described.VersionIdsToStages).toEqual({ [second]: ["AWSPREVIOUS"], [third]: ["AWSCURRENT"] });
    const listed = driver.ok("ListSecretVersionIds", { SecretId: "app/db", IncludeDeprecated: true });
    expect(listed.Versions.map((v) => v.VersionId)).toEqual([first, second, third]);
  });

  it("with the same token and the same value answers the same VersionId and changes nothing", () => {
    const driver = new Driver();
    secretWithValue(driver);
    const request = { SecretId: "app/db", SecretString: "v2", ClientRequestToken: driver.token() };
    const first = driver.ok("UpdateSecret", request);
    const before = driver.state;
    const retry = driver.call("UpdateSecret", request);
    expect(retry.ok && retry.response).toEqual(first);
    expect(retry.state).toBe(before);
  });

  it("with the same token and a different value fails with ResourceExistsException", () => {
    const driver = new Driver();
    const { created, token } = secretWithValue(driver);
    expect(failingCall(driver, "UpdateSecret", { SecretId: "app/db", SecretString: "other", ClientRequestToken: token })).toEqual({
      code: "ResourceExistsException",
      message: `You can't use ClientRequestToken ${token} because that value is already in use for a version of secret ${created.ARN}.`,
    });
  });

  it("with a value and no ClientRequestToken fails with InvalidRequestException", () => {
    const driver = new Driver();
    secretWithValue(driver);
    expect(failingCall(driver, "UpdateSecret", { SecretId: "app/db", SecretString: "v2" })).toEqual(MISSING_TOKEN);
  });

  it("with nothing but SecretId succeeds and returns the same state", () => {
    const driver = new Driver();
    const { created } = secretWithValue(driver);
    const before = driver.state;
    const result = driver.call("UpdateSecret", { SecretId: "app/db" });
    expect(result).toEqual({ ok: true, state: before, response: { ARN: created.ARN, Name: "app/db" } });
    expect(result.state).toBe(before);
  });

  it("with an empty Description removes the Description", () => {
    const driver = new Driver();
    driver.ok("CreateSecret", { Name: "app/db", Description: "old" });
    driver.ok("UpdateSecret", { SecretId: "app/db", Description: "" });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" })).not.toHaveProperty("Description");
  });

  it("on a secret scheduled for deletion fails with InvalidRequestException", () => {
    const driver = new Driver();
    secretWithValue(driver);
    scheduleDeletion(driver, "app/db");
    expect(failingCall(driver, "UpdateSecret", { SecretId: "app/db", Description: "x" })).toEqual(MARKED_FOR_DELETION);
  });

  it("on an unknown secret fails with ResourceNotFoundException", () => {
    const driver = new Driver();
    expect(failingCall(driver, "UpdateSecret", { SecretId: "nope", Description: "x" })).toEqual(SECRET_NOT_FOUND);
  });
});
