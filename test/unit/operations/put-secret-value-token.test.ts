// PutSecretValue's ClientRequestToken cases (AWS doc, ClientRequestToken): a new
// token makes a version; the same token with the same value does nothing; with
// another value it is an error; the token of RotateSecret's stub fills the stub.
import { describe, expect, it } from "vitest";
import { Driver } from "../../../src/index.ts";
import { failingCall } from "../support/failing-call.ts";
import { addPendingStub } from "../support/secret-state.ts";

function secretWithValue(driver: Driver) {
  const token = driver.token();
  const created = driver.ok("CreateSecret", { Name: "app/db", SecretString: "v1", ClientRequestToken: token });
  return { token, arn: created.ARN };
}

describe("PutSecretValue with a ClientRequestToken that names a version", () => {
  it("and the same value answers that version and returns the same state", () => {
    const driver = new Driver();
    secretWithValue(driver);
    const request = { SecretId: "app/db", SecretString: "v2", ClientRequestToken: driver.token() };
    const first = driver.ok("PutSecretValue", request);
    const before = driver.state;
    const retry = driver.call("PutSecretValue", request);
    expect(retry.ok && retry.response).toEqual(first);
    expect(retry.state).toBe(before);
  });

  it("and the same value answers the labels the version carries now", () => {
    const driver = new Driver();
    secretWithValue(driver);
    const request = { SecretId: "app/db", SecretString: "v2", ClientRequestToken: driver.token() };
    driver.ok("PutSecretValue", request);
    driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "v3", ClientRequestToken: driver.token() });
    expect(driver.ok("PutSecretValue", request).VersionStages).toEqual(["AWSPREVIOUS"]);
  });

  it("and the same value ignores the VersionStages of the retry", () => {
    const driver = new Driver();
    const { token } = secretWithValue(driver);
    const before = driver.state;
    const request = { SecretId: "app/db", SecretString: "v1", ClientRequestToken: token, VersionStages: ["OTHER"] };
    const retry = driver.call("PutSecretValue", request);
    expect(retry.ok && retry.response.VersionStages).toEqual(["AWSCURRENT"]);
    expect(retry.state).toBe(before);
  });

  it("and the same bytes as SecretBinary is a retry too", () => {
    const driver = new Driver();
    const token = driver.token();
    driver.ok("CreateSecret", { Name: "app/db", SecretBinary: "AAEC", ClientRequestToken: token });
    const before = driver.state;
    expect(driver.call("PutSecretValue", { SecretId: "app/db", SecretBinary: "AAEC", ClientRequestToken: token }).state).toBe(before);
  });

  it("and a different value fails with ResourceExistsException naming token and ARN", () => {
    const driver = new Driver();
    const { token, arn } = secretWithValue(driver);
    expect(failingCall(driver, "PutSecretValue", { SecretId: "app/db", SecretString: "v2", ClientRequestToken: token })).toEqual({
      code: "ResourceExistsException",
      message: `You can't use ClientRequestToken ${token} because that value is already in use for a version of secret ${arn}.`,
    });
  });

  it("and the same text sent as SecretBinary is a different value", () => {
    const driver = new Driver();
    const token = driver.token();
    driver.ok("CreateSecret", { Name: "app/db", SecretString: "AAEC", ClientRequestToken: token });
    const error = failingCall(driver, "PutSecretValue", { SecretId: "app/db", SecretBinary: "AAEC", ClientRequestToken: token });
    expect(error.code).toBe("ResourceExistsException");
  });

  it("of RotateSecret's value-less AWSPENDING stub fills the stub with the value", () => {
    const driver = new Driver();
    const { token: current } = secretWithValue(driver);
    const stub = driver.token();
    addPendingStub(driver, "app/db", stub);
    expect(failingCall(driver, "GetSecretValue", { SecretId: "app/db", VersionStage: "AWSPENDING" })).toEqual({
      code: "ResourceNotFoundException",
      message: "Secrets Manager can't find the specified secret value for staging label: AWSPENDING",
    });
    expect(failingCall(driver, "GetSecretValue", { SecretId: "app/db", VersionId: stub, VersionStage: "AWSPENDING" })).toEqual({
      code: "ResourceNotFoundException",
      message: `Secrets Manager can't find the specified secret value for VersionId: ${stub}`,
    });
    const fill = { SecretId: "app/db", SecretString: "next", ClientRequestToken: stub, VersionStages: ["AWSPENDING"] };
    const filled = driver.ok("PutSecretValue", fill);
    expect(filled).toMatchObject({ VersionId: stub, VersionStages: ["AWSPENDING"] });
    const pending = driver.ok("GetSecretValue", { SecretId: "app/db", VersionId: stub, VersionStage: "AWSPENDING" });
    expect(pending.SecretString).toBe("next");
    expect(driver.ok("GetSecretValue", { SecretId: "app/db" }).VersionId).toBe(current);
    const listed = driver.ok("ListSecretVersionIds", { SecretId: "app/db" });
    expect(listed.Versions.map((v) => v.VersionId)).toEqual([current, stub]);
  });
});
