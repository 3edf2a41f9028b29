// PutSecretValue and UpdateSecret check the value members of the request before
// they look the secret up, as they do a missing ClientRequestToken (recorded):
// the library's choice where AWS's order is not public (DEVIATIONS.md,
// "PutSecretValue without a value").
import { describe, expect, it } from "vitest";
import { Driver, messages } from "../../../src/index.ts";
import { MISSING_TOKEN, failingCall } from "../support/failing-call.ts";
import { scheduleDeletion } from "../support/secret-state.ts";

const MISSING_VALUE = { code: "InvalidRequestException", message: "You must provide either SecretString or SecretBinary." };
const BOTH_KINDS = { code: "InvalidParameterException", message: messages.bothValueKinds() };

describe("The value members are checked before the secret is looked up", () => {
  it("PutSecretValue without SecretString or SecretBinary on a secret that does not exist answers the missing value", () => {
    const driver = new Driver();
    const request = { SecretId: "never-created", ClientRequestToken: driver.token() };
    expect(failingCall(driver, "PutSecretValue", request)).toEqual(MISSING_VALUE);
  });

  it("PutSecretValue with both SecretString and SecretBinary on a secret that does not exist answers InvalidParameterException", () => {
    const driver = new Driver();
    const request = { SecretId: "never-created", SecretString: "x", SecretBinary: "eA==", ClientRequestToken: driver.token() };
    expect(failingCall(driver, "PutSecretValue", request)).toEqual(BOTH_KINDS);
  });

  it("UpdateSecret with both SecretString and SecretBinary on a secret that does not exist answers InvalidParameterException", () => {
    const driver = new Driver();
    const request = { SecretId: "never-created", SecretString: "x", SecretBinary: "eA==", ClientRequestToken: driver.token() };
    expect(failingCall(driver, "UpdateSecret", request)).toEqual(BOTH_KINDS);
  });

  it("PutSecretValue without a value on a secret scheduled for deletion answers the missing value", () => {
    const driver = new Driver();
    driver.ok("CreateSecret", { Name: "app/db", SecretString: "v1", ClientRequestToken: driver.token() });
    scheduleDeletion(driver, "app/db");
    expect(failingCall(driver, "PutSecretValue", { SecretId: "app/db", ClientRequestToken: driver.token() })).toEqual(MISSING_VALUE);
  });

  it("PutSecretValue with neither a value nor a ClientRequestToken answers the missing token first", () => {
    const driver = new Driver();
    expect(failingCall(driver, "PutSecretValue", { SecretId: "never-created" })).toEqual(MISSING_TOKEN);
  });
});
