// Whole label cycles as they were recorded on AWS (docs/semantics/versions-and-labels.md#updatesecretversionstage): each step's
// labels, read back as ListSecretVersionIds shows them.
import { describe, expect, it } from "vitest";
import { Driver } from "../../../src/index.ts";

function labels(driver: Driver): Record<string, string[] | undefined> {
  const listed = driver.ok("ListSecretVersionIds", { SecretId: "s", IncludeDeprecated: true });
  return Object.fromEntries(listed.Versions.map((v) => [v.VersionId, v.VersionStages && [...v.VersionStages].sort()]));
}

describe("Recorded label cycles", () => {
  it("AWSCURRENT moved onto an AWSPENDING version with custom labels, then a new AWSPENDING value, then AWSCURRENT moved again", () => {
    const driver = new Driver();
    const [v1, v2, v3] = [driver.token(), driver.token(), driver.token()];
    driver.ok("CreateSecret", { Name: "s", SecretString: "S1", ClientRequestToken: v1 });
    const VersionStages = ["AWSPENDING", "AWSSOMETHING", "PUT1"];
    const put = driver.ok("PutSecretValue", { SecretId: "s", SecretString: "S2", ClientRequestToken: v2, VersionStages });
    expect([...put.VersionStages].sort()).toEqual(["AWSPENDING", "AWSSOMETHING", "PUT1"]);
    expect(labels(driver)).toEqual({ [v1]: ["AWSCURRENT"], [v2]: ["AWSPENDING", "AWSSOMETHING", "PUT1"] });

    driver.ok("UpdateSecretVersionStage", { SecretId: "s", VersionStage: "AWSCURRENT", RemoveFromVersionId: v1, MoveToVersionId: v2 });
    expect(labels(driver)).toEqual({ [v1]: ["AWSPREVIOUS"], [v2]: ["AWSCURRENT", "AWSPENDING", "AWSSOMETHING", "PUT1"] });

    driver.ok("PutSecretValue", { SecretId: "s", SecretString: "S3", ClientRequestToken: v3, VersionStages: ["AWSPENDING", "PUT2"] });
    expect(labels(driver)).toEqual({
      [v1]: ["AWSPREVIOUS"],
      [v2]: ["AWSCURRENT", "AWSSOMETHING", "PUT1"],
      [v3]: ["AWSPENDING", "PUT2"],
    });

    driver.ok("UpdateSecretVersionStage", { SecretId: "s", VersionStage: "AWSCURRENT", RemoveFromVersionId: v2, MoveToVersionId: v3 });
    expect(labels(driver)).toEqual({
      [v1]: undefined,
      [v2]: ["AWSPREVIOUS", "AWSSOMETHING", "PUT1"],
      [v3]: ["AWSCURRENT", "AWSPENDING", "PUT2"],
    });
    expect(driver.ok("GetSecretValue", { SecretId: "s" }).SecretString).toBe("S3");
  });

  it("a custom PENDING label promoted to AWSCURRENT, then removed", () => {
    const driver = new Driver();
    const [v1, v2] = [driver.token(), driver.token()];
    driver.ok("CreateSecret", { Name: "s", SecretString: "SS", ClientRequestToken: v1 });
    driver.ok("PutSecretValue", { SecretId: "s", SecretString: "S1", ClientRequestToken: v2, VersionStages: ["PENDING"] });
    driver.ok("UpdateSecretVersionStage", { SecretId: "s", VersionStage: "AWSCURRENT", RemoveFromVersionId: v1, MoveToVersionId: v2 });
    expect(driver.ok("GetSecretValue", { SecretId: "s", VersionId: v2 }).VersionStages?.sort()).toEqual(["AWSCURRENT", "PENDING"]);
    driver.ok("UpdateSecretVersionStage", { SecretId: "s", VersionStage: "PENDING", RemoveFromVersionId: v2 });
    expect(driver.ok("GetSecretValue", { SecretId: "s", VersionId: v1 }).VersionStages).toEqual(["AWSPREVIOUS"]);
    expect(driver.ok("GetSecretValue", { SecretId: "s", VersionId: v2 }).VersionStages).toEqual(["AWSCURRENT"]);
  });

  it("three PutSecretValue calls with default stages leave the first version deprecated but listed", () => {
    const driver = new Driver();
    const [v1, v2, v3] = [driver.token(), driver.token(), driver.token()];
    driver.ok("CreateSecret", { Name: "s", SecretString: "1", ClientRequestToken: v1 });
    driver.ok("PutSecretValue", { SecretId: "s", SecretString: "2", ClientRequestToken: v2 });
    driver.ok("PutSecretValue", { SecretId: "s", SecretString: "3", ClientRequestToken: v3 });
    expect(labels(driver)).toEqual({ [v1]: undefined, [v2]: ["AWSPREVIOUS"], [v3]: ["AWSCURRENT"] });
    expect(Object.keys(labels(driver))).toEqual([v1, v2, v3]);
    const listed = driver.ok("ListSecretVersionIds", { SecretId: "s" });
    expect(listed.Versions.map((v) => v.VersionId)).toEqual([v2, v3]);
  });
});
