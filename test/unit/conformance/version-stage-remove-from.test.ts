// UpdateSecretVersionStage with RemoveFromVersionId. AWS doc (RemoveFromVersionId): "If
// the label is attached and you either do not specify this parameter, or the version ID
// does not match, then the operation fails" — only an attached label makes a mismatch an
// error; DEVIATIONS.md: a RemoveFromVersionId for a label attached nowhere is ignored.
import { describe, expect, it } from "vitest";
import { Driver } from "../../../src/index.ts";
import { failingCall } from "../support/failing-call.ts";

function twoVersions(driver: Driver) {
  const v1 = driver.token();
  const v2 = driver.token();
  driver.ok("CreateSecret", { Name: "app/db", SecretString: "1", ClientRequestToken: v1 });
  driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "2", ClientRequestToken: v2, VersionStages: ["BLUE"] });
  return { v1, v2 };
}

describe("UpdateSecretVersionStage with RemoveFromVersionId", () => {
  it("alone, for a label attached to no version, succeeds and changes nothing", () => {
    const driver = new Driver();
    const { v1 } = twoVersions(driver);
    const before = driver.state;
    const result = driver.call("UpdateSecretVersionStage", { SecretId: "app/db", VersionStage: "GREEN", RemoveFromVersionId: v1 });
    expect(result.ok).toBe(true);
    expect(result.state).toBe(before);
  });

  it("and MoveToVersionId, for a label attached to no version, attaches it to MoveToVersionId", () => {
    const driver = new Driver();
    const { v1, v2 } = twoVersions(driver);
    driver.ok("UpdateSecretVersionStage", { SecretId: "app/db", VersionStage: "GREEN", RemoveFromVersionId: v1, MoveToVersionId: v2 });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).VersionIdsToStages?.[v2]).toEqual(["BLUE", "GREEN"]);
  });

  it("alone, naming a version that does not carry an attached label, fails with InvalidParameterException", () => {
    const driver = new Driver();
    const { v1 } = twoVersions(driver);
    const error = failingCall(driver, "UpdateSecretVersionStage", { SecretId: "app/db", VersionStage: "BLUE", RemoveFromVersionId: v1 });
    expect(error.code).toBe("InvalidParameterException");
  });

  it("alone, for AWSCURRENT, fails with AWS's 'can't be completely removed' message", () => {
    const driver = new Driver();
    const { v1 } = twoVersions(driver);
    const error = failingCall(driver, "UpdateSecretVersionStage", { SecretId: "app/db", VersionStage: "AWSCURRENT", RemoveFromVersionId: v1 });
    expect(error).toEqual({
      code: "InvalidParameterException",
      message: "You can only move staging label AWSCURRENT to a different secret version. It can’t be completely removed.",
    });
  });
});
