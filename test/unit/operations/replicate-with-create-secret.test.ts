import { describe, expect, it } from "vitest";
import { Driver } from "../../../src/index.ts";
import { failingCall } from "../support/failing-call.ts";

describe("CreateSecret with AddReplicaRegions", () => {
  it("creates the replicas and answers their ReplicationStatus", () => {
    const driver = new Driver();
    const token = driver.token();
    const response = driver.ok("CreateSecret", {
      Name: "app/db",
      SecretString: "v1",
      ClientRequestToken: token,
      AddReplicaRegions: [{ Region: "eu-west-1" }, { Region: "ap-south-1", KmsKeyId: "alias/ap-key" }],
    });
    expect(response.VersionId).toBe(token);
    expect(response.ReplicationStatus).toEqual([
      { Region: "eu-west-1", KmsKeyId: "alias/aws/secretsmanager", Status: "InSync", StatusMessage: "Replication succeeded" },
      { Region: "ap-south-1", KmsKeyId: "alias/ap-key", Status: "InSync", StatusMessage: "Replication succeeded" },
    ]);
    driver.region = "ap-south-1";
    expect(driver.ok("GetSecretValue", { SecretId: "app/db" }).SecretString).toBe("v1");
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).ARN).toBe(response.ARN.replace(":us-east-1:", ":ap-south-1:"));
  });

  it("without AddReplicaRegions answers no ReplicationStatus", () => {
    const driver = new Driver();
    const response = driver.ok("CreateSecret", { Name: "app/db" });
    expect(Object.keys(response).sort()).toEqual(["ARN", "Name"]);
  });

  it("replicates a secret created without a value, which has no versions in any Region", () => {
    const driver = new Driver();
    driver.ok("CreateSecret", { Name: "app/db", AddReplicaRegions: [{ Region: "eu-west-1" }] });
    driver.region = "eu-west-1";
    const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
    expect(described.PrimaryRegion).toBe("us-east-1");
    expect(described.VersionIdsToStages).toBeUndefined();
  });

  it("marks a Region holding a secret of that name Failed unless ForceOverwriteReplicaSecret", () => {
    const driver = new Driver({ region: "eu-west-1" });
    driver.ok("CreateSecret", { Name: "app/db" });
    driver.region = "us-east-1";
    const kept = driver.ok("CreateSecret", { Name: "app/db", AddReplicaRegions: [{ Region: "eu-west-1" }] });
    expect(kept.ReplicationStatus?.[0]?.Status).toBe("Failed");
    driver.region = "eu-west-1";
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).PrimaryRegion).toBeUndefined();
  });

  it("with ForceOverwriteReplicaSecret replaces a secret of that name in the replica Region", () => {
    const driver = new Driver({ region: "eu-west-1" });
    driver.ok("CreateSecret", { Name: "app/db", SecretString: "local", ClientRequestToken: driver.token() });
    driver.region = "us-east-1";
    const response = driver.ok("CreateSecret", {
      Name: "app/db",
      SecretString: "primary",
      ClientRequestToken: driver.token(),
      AddReplicaRegions: [{ Region: "eu-west-1" }],
      ForceOverwriteReplicaSecret: true,
    });
    expect(response.ReplicationStatus?.[0]?.Status).toBe("InSync");
    driver.region = "eu-west-1";
    expect(driver.ok("GetSecretValue", { SecretId: "app/db" }).SecretString).toBe("primary");
  });

  it("replicating to its own Region fails with InvalidParameterException and creates nothing", () => {
    const driver = new Driver();
    const error = failingCall(driver, "CreateSecret", { Name: "app/db", AddReplicaRegions: [{ Region: "us-east-1" }] });
    expect(error).toEqual({ code: "InvalidParameterException", message: "Invalid replica region." });
    expect(driver.call("DescribeSecret", { SecretId: "app/db" }).ok).toBe(false);
  });

  it("with a Region that is not a Region code fails with ValidationException", () => {
    const driver = new Driver();
    const error = failingCall(driver, "CreateSecret", { Name: "app/db", AddReplicaRegions: [{ Region: "moon" }] });
    expect(error).toEqual({
      code: "ValidationException",
      message:
        "1 validation error detected: Value 'moon' at 'addReplicaRegions.1.member.region' failed to satisfy constraint: Member must satisfy regular expression pattern: ^([a-z]+-)+\\d+$",
    });
  });
});
