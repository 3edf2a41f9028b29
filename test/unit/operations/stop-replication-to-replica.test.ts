import { describe, expect, it } from "vitest";
import { Driver, invariantViolations } from "../../../src/index.ts";
import { SECRET_NOT_FOUND, failingCall } from "../support/failing-call.ts";

const NOT_A_REPLICA = {
  code: "InvalidRequestException",
  message: "StopReplicationToReplica can only be called on a replica secret, in the replica's Region.",
} as const;

function replicated(regions = ["eu-west-1"]) {
  const driver = new Driver();
  const { ARN } = driver.ok("CreateSecret", { Name: "app/db", SecretString: "v1", ClientRequestToken: driver.token() });
  driver.ok("ReplicateSecretToRegions", { SecretId: "app/db", AddReplicaRegions: regions.map((Region) => ({ Region })) });
  return { driver, arn: ARN, replicaArn: ARN.replace(":us-east-1:", ":eu-west-1:") };
}

describe("StopReplicationToReplica", () => {
  it("called in the replica's Region answers the replica's ARN", () => {
    const { driver, replicaArn } = replicated();
    driver.region = "eu-west-1";
    expect(driver.ok("StopReplicationToReplica", { SecretId: "app/db" })).toEqual({ ARN: replicaArn });
  });

  it("promotes the replica to a standalone secret that keeps its value and accepts writes", () => {
    const { driver, replicaArn } = replicated();
    driver.region = "eu-west-1";
    driver.ok("StopReplicationToReplica", { SecretId: replicaArn });
    const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
    expect(described.ARN).toBe(replicaArn);
    expect(described.PrimaryRegion).toBeUndefined();
    expect(driver.ok("GetSecretValue", { SecretId: "app/db" }).SecretString).toBe("v1");
    driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "local", ClientRequestToken: driver.token() });
    expect(driver.ok("GetSecretValue", { SecretId: "app/db" }).SecretString).toBe("local");
  });

  it("takes the Region out of the primary's ReplicationStatus, so primary writes no longer reach it", () => {
    const { driver } = replicated(["eu-west-1", "ap-south-1"]);
    driver.region = "eu-west-1";
    driver.ok("StopReplicationToReplica", { SecretId: "app/db" });
    driver.region = "us-east-1";
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).ReplicationStatus?.map((s) => s.Region)).toEqual(["ap-south-1"]);
    driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "v2", ClientRequestToken: driver.token() });
    driver.region = "eu-west-1";
    expect(driver.ok("GetSecretValue", { SecretId: "app/db" }).SecretString).toBe("v1");
    expect(invariantViolations(driver.state)).toEqual([]);
  });

  it("of the last replica makes the primary standalone, so that it can be deleted", () => {
    const { driver } = replicated();
    driver.region = "eu-west-1";
    driver.ok("StopReplicationToReplica", { SecretId: "app/db" });
    driver.region = "us-east-1";
    const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
    expect(described.ReplicationStatus).toBeUndefined();
    expect(described.PrimaryRegion).toBeUndefined();
    expect(driver.ok("DeleteSecret", { SecretId: "app/db" }).Name).toBe("app/db");
  });

  it("called on the primary fails with InvalidRequestException", () => {
    const { driver } = replicated();
    expect(failingCall(driver, "StopReplicationToReplica", { SecretId: "app/db" })).toEqual(NOT_A_REPLICA);
  });

  it("called on a secret that was never replicated fails with InvalidRequestException", () => {
    const driver = new Driver();
    driver.ok("CreateSecret", { Name: "app/db" });
    expect(failingCall(driver, "StopReplicationToReplica", { SecretId: "app/db" })).toEqual(NOT_A_REPLICA);
  });

  it("on a secret that does not exist in the Region fails with ResourceNotFoundException", () => {
    const { driver } = replicated();
    driver.region = "ap-south-1";
    expect(failingCall(driver, "StopReplicationToReplica", { SecretId: "app/db" })).toEqual(SECRET_NOT_FOUND);
  });

  it("without a SecretId fails with ValidationException", () => {
    const { driver } = replicated();
    expect(failingCall(driver, "StopReplicationToReplica", {} as never)).toEqual({
      code: "ValidationException",
      message: "1 validation error detected: Value null at 'secretId' failed to satisfy constraint: Member must not be null",
    });
  });
});
