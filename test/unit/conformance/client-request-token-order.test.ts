// The recorded raw requests without ClientRequestToken (test_no_client_request_token)
// named a secret that was never created: AWS answered the missing token, not
// ResourceNotFoundException, so the token is checked before the secret is looked up.
import { describe, expect, it } from "vitest";
import { Driver } from "../../../src/index.ts";
import { MISSING_TOKEN, SECRET_NOT_FOUND, failingCall } from "../support/failing-call.ts";

describe("A raw request without ClientRequestToken for a secret that does not exist", () => {
  it("PutSecretValue answers the missing token (InvalidRequestException), not ResourceNotFoundException", () => {
    const driver = new Driver();
    const request = { SecretId: "never-created", SecretString: "thisisthesecret" };
    expect(failingCall(driver, "PutSecretValue", request)).toEqual(MISSING_TOKEN);
  });

  it("UpdateSecret with a value answers the missing token (InvalidRequestException), not ResourceNotFoundException", () => {
    const driver = new Driver();
    const request = { SecretId: "never-created", SecretString: "thisisthesecret", Description: "My secret string" };
    expect(failingCall(driver, "UpdateSecret", request)).toEqual(MISSING_TOKEN);
  });

  it("UpdateSecret with SecretBinary answers the missing token too", () => {
    const driver = new Driver();
    expect(failingCall(driver, "UpdateSecret", { SecretId: "never-created", SecretBinary: "AQID" })).toEqual(MISSING_TOKEN);
  });

  it("UpdateSecret without a value needs no token: an unknown secret is ResourceNotFoundException", () => {
    const driver = new Driver();
    expect(failingCall(driver, "UpdateSecret", { SecretId: "never-created", Description: "d" })).toEqual(SECRET_NOT_FOUND);
  });

  it("PutSecretValue with a token on a secret that does not exist is ResourceNotFoundException", () => {
    const driver = new Driver();
    const request = { SecretId: "never-created", SecretString: "x", ClientRequestToken: driver.token() };
    expect(failingCall(driver, "PutSecretValue", request)).toEqual(SECRET_NOT_FOUND);
  });
});
