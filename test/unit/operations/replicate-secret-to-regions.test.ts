import { describe, expect, it } from "vitest";
import { Driver } from "../../../src/index.ts";
import { MARKED_FOR_DELETION, SECRET_NOT_FOUND, failingCall } from "../support/failing-call.ts";

const INVALID_REPLICA_REGION = { code: "InvalidParameterException", message: "Invalid replica region." } as const;
const REPLICA_READ_ONLY = {
  code: "InvalidParameterException",
  message: "Operation not permitted on a replica secret. Call must be made in primary secret's region.",
} as const;

function primary() {
  const driver = new Driver();
  const token = driver.token();
  const { ARN } = driver.ok("CreateSecret", { Name: "app/db", SecretString: "v1", ClientRequestToken: token });
  return { driver, arn: ARN, token };
}

function inRegion<T>(driver: Driver, region: string, body: () => T): T {
  const home = driver.region;
  driver.region = region;
  try {
    return body();
  } finally {
    driver.region = home;
  }
}

describe("ReplicateSecretToRegions", () => {
  it("answers the primary's ARN and an InSync status with the AWS managed key", () => {
    const { driver, arn } = primary();
    const response = driver.ok("ReplicateSecretToRegions", { SecretId: "app/db", AddReplicaRegions: [{ Region: "eu-west-1" }] });
    expect(response).toEqual({
      ARN: arn,
      ReplicationStatus: [
        { Region: "eu-west-1", KmsKeyId: "alias/aws/secretsmanager", Status: "InSync", StatusMessage: "Replication succeeded" },
      ],
    });
  });

  it("makes a replica with the primary's ARN in the other Region, its value and PrimaryRegion", () => {
    const { driver, arn, token } = primary();
    driver.ok("ReplicateSecretToRegions", { SecretId: "app/db", AddReplicaRegions: [{ Region: "eu-west-1" }] });
    const replicaArn = arn.replace(":us-east-1:", ":eu-west-1:");
    inRegion(driver, "eu-west-1", () => {
      const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
      expect(described.ARN).toBe(replicaArn);
      expect(described.PrimaryRegion).toBe("us-east-1");
      expect(described.ReplicationStatus).toBeUndefined();
      expect(described.VersionIdsToStages).toEqual({ [token]: ["AWSCURRENT"] });
      expect(driver.ok("GetSecretValue", { SecretId: replicaArn }).SecretString).toBe("v1");
    });
  });

  it("shows PrimaryRegion and ReplicationStatus in DescribeSecret of the primary", () => {
    const { driver } = primary();
    driver.ok("ReplicateSecretToRegions", { SecretId: "app/db", AddReplicaRegions: [{ Region: "eu-west-1" }] });
    const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
    expect(described.PrimaryRegion).toBe("us-east-1");
    expect(described.ReplicationStatus?.map((s) => s.Region)).toEqual(["eu-west-1"]);
  });

  it("encrypts the replica with the KmsKeyId given for its Region", () => {
    const { driver } = primary();
    const response = driver.ok("ReplicateSecretToRegions", {
      SecretId: "app/db",
      AddReplicaRegions: [{ Region: "eu-west-1", KmsKeyId: "alias/eu-key" }],
    });
    expect(response.ReplicationStatus[0]?.KmsKeyId).toBe("alias/eu-key");
    inRegion(driver, "eu-west-1", () => {
      expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).KmsKeyId).toBe("alias/eu-key");
      const versions = driver.ok("ListSecretVersionIds", { SecretId: "app/db" }).Versions;
      expect(versions.map((v) => v.KmsKeyIds)).toEqual([["alias/eu-key"]]);
    });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).KmsKeyId).toBeUndefined();
  });

  it("adds Regions to those already replicated", () => {
    const { driver } = primary();
    driver.ok("ReplicateSecretToRegions", { SecretId: "app/db", AddReplicaRegions: [{ Region: "eu-west-1" }] });
    const response = driver.ok("ReplicateSecretToRegions", { SecretId: "app/db", AddReplicaRegions: [{ Region: "ap-south-1" }] });
    expect(response.ReplicationStatus.map((s) => s.Region)).toEqual(["eu-west-1", "ap-south-1"]);
  });

  it("to the secret's own Region fails with InvalidParameterException", () => {
    const { driver } = primary();
    const error = failingCall(driver, "ReplicateSecretToRegions", { SecretId: "app/db", AddReplicaRegions: [{ Region: "us-east-1" }] });
    expect(error).toEqual(INVALID_REPLICA_REGION);
  });

  it("to a Region already replicated fails with InvalidParameterException", () => {
    const { driver } = primary();
    driver.ok("ReplicateSecretToRegions", { SecretId: "app/db", AddReplicaRegions: [{ Region: "eu-west-1" }] });
    const error = failingCall(driver, "ReplicateSecretToRegions", { SecretId: "app/db", AddReplicaRegions: [{ Region: "eu-west-1" }] });
    expect(error).toEqual(INVALID_REPLICA_REGION);
  });

  it("naming a Region twice fails with InvalidParameterException and replicates nothing", () => {
    const { driver } = primary();
    const error = failingCall(driver, "ReplicateSecretToRegions", {
      SecretId: "app/db",
      AddReplicaRegions: [{ Region: "eu-west-1" }, { Region: "eu-west-1" }],
    });
    expect(error).toEqual(INVALID_REPLICA_REGION);
  });

  it("with a Region that is not a Region code fails with ValidationException", () => {
    const { driver } = primary();
    const error = failingCall(driver, "ReplicateSecretToRegions", { SecretId: "app/db", AddReplicaRegions: [{ Region: "EU_WEST" }] });
    expect(error).toEqual({
      code: "ValidationException",
      message:
        "1 validation error detected: Value 'EU_WEST' at 'addReplicaRegions.1.member.region' failed to satisfy constraint: Member must satisfy regular expression pattern: ^([a-z]+-)+\\d+$",
    });
  });

  it("with an empty AddReplicaRegions fails with ValidationException", () => {
    const { driver } = primary();
    const error = failingCall(driver, "ReplicateSecretToRegions", { SecretId: "app/db", AddReplicaRegions: [] });
    expect(error).toEqual({
      code: "ValidationException",
      message:
        "1 validation error detected: Value '[]' at 'addReplicaRegions' failed to satisfy constraint: Member must have length greater than or equal to 1",
    });
  });

  it("on a secret that does not exist fails with ResourceNotFoundException", () => {
    const { driver } = primary();
    const error = failingCall(driver, "ReplicateSecretToRegions", { SecretId: "ghost", AddReplicaRegions: [{ Region: "eu-west-1" }] });
    expect(error).toEqual(SECRET_NOT_FOUND);
  });

  it("on a secret scheduled for deletion fails with InvalidRequestException", () => {
    const { driver } = primary();
    driver.ok("DeleteSecret", { SecretId: "app/db" });
    const error = failingCall(driver, "ReplicateSecretToRegions", { SecretId: "app/db", AddReplicaRegions: [{ Region: "eu-west-1" }] });
    expect(error).toEqual(MARKED_FOR_DELETION);
  });

  it("called on a replica fails with InvalidParameterException", () => {
    const { driver } = primary();
    driver.ok("ReplicateSecretToRegions", { SecretId: "app/db", AddReplicaRegions: [{ Region: "eu-west-1" }] });
    driver.region = "eu-west-1";
    const error = failingCall(driver, "ReplicateSecretToRegions", { SecretId: "app/db", AddReplicaRegions: [{ Region: "ap-south-1" }] });
    expect(error).toEqual(REPLICA_READ_ONLY);
  });
});
