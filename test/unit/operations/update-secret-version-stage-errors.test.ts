// UpdateSecretVersionStage requests that name versions wrongly. AWS's texts for
// these are not public; the library's own are listed in DEVIATIONS.md.
import { describe, expect, it } from "vitest";
import { Driver } from "../../../src/index.ts";
import { SECRET_NOT_FOUND, failingCall } from "../support/failing-call.ts";

function twoVersions(driver: Driver) {
  const v1 = driver.token();
  const v2 = driver.token();
  driver.ok("CreateSecret", { Name: "app/db", SecretString: "1", ClientRequestToken: v1 });
  driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "2", ClientRequestToken: v2, VersionStages: ["BLUE"] });
  return { v1, v2 };
}

const unknownId = "ffffffff-ffff-ffff-ffff-ffffffffffff";

describe("UpdateSecretVersionStage refuses", () => {
  it("a RemoveFromVersionId that does not carry the label, with InvalidParameterException", () => {
    const driver = new Driver();
    const { v1, v2 } = twoVersions(driver);
    const error = failingCall(driver, "UpdateSecretVersionStage", { SecretId: "app/db", VersionStage: "BLUE", RemoveFromVersionId: v1 });
    expect(error).toEqual({
      code: "InvalidParameterException",
      message: `Staging label BLUE is not attached to version ${v1}, so it can't be removed from it.`,
    });
    const moving = { SecretId: "app/db", VersionStage: "AWSCURRENT", RemoveFromVersionId: v2, MoveToVersionId: v2 };
    expect(failingCall(driver, "UpdateSecretVersionStage", moving).code).toBe("InvalidParameterException");
  });

  it("an unknown MoveToVersionId or RemoveFromVersionId, with InvalidParameterException", () => {
    const driver = new Driver();
    twoVersions(driver);
    const expected = {
      code: "InvalidParameterException",
      message: `Secrets Manager can't find the specified secret version: ${unknownId}`,
    };
    const moveTo = { SecretId: "app/db", VersionStage: "X", MoveToVersionId: unknownId };
    const removeFrom = { SecretId: "app/db", VersionStage: "X", RemoveFromVersionId: unknownId };
    expect(failingCall(driver, "UpdateSecretVersionStage", moveTo)).toEqual(expected);
    expect(failingCall(driver, "UpdateSecretVersionStage", removeFrom)).toEqual(expected);
  });

  it("a call with neither version id, with InvalidParameterException", () => {
    const driver = new Driver();
    twoVersions(driver);
    expect(failingCall(driver, "UpdateSecretVersionStage", { SecretId: "app/db", VersionStage: "BLUE" })).toEqual({
      code: "InvalidParameterException",
      message: "You must specify MoveToVersionId, RemoveFromVersionId, or both.",
    });
  });

  it("a VersionStage longer than 256 characters, with ValidationException", () => {
    const driver = new Driver();
    const { v1 } = twoVersions(driver);
    const VersionStage = "s".repeat(257);
    expect(failingCall(driver, "UpdateSecretVersionStage", { SecretId: "app/db", VersionStage, MoveToVersionId: v1 })).toEqual({
      code: "ValidationException",
      message: `1 validation error detected: Value '${VersionStage}' at 'versionStage' failed to satisfy constraint: Member must have length less than or equal to 256`,
    });
  });

  it("an unknown secret, with ResourceNotFoundException", () => {
    const driver = new Driver();
    const request = { SecretId: "app/db", VersionStage: "X", MoveToVersionId: unknownId };
    expect(failingCall(driver, "UpdateSecretVersionStage", request)).toEqual(SECRET_NOT_FOUND);
  });
});
