import { describe, expect, it } from "vitest";
import { Driver } from "../../../src/index.ts";

// A secret of the same name in the target Region: Failed, or overwritten with
// ForceOverwriteReplicaSecret (AWS doc ReplicateSecretToRegions; ReplicationStatusType).
function primary() {
  const driver = new Driver();
  const { ARN } = driver.ok("CreateSecret", { Name: "app/db", SecretString: "v1", ClientRequestToken: driver.token() });
  return { driver, arn: ARN };
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

describe("ReplicateSecretToRegions to a Region that holds the name", () => {
  it("marks a Region holding a secret of the same name Failed and leaves that secret alone", () => {
    const { driver } = primary();
    const local = inRegion(driver, "eu-west-1", () =>
      driver.ok("CreateSecret", { Name: "app/db", SecretString: "local", ClientRequestToken: driver.token() }),
    );
    const response = driver.ok("ReplicateSecretToRegions", { SecretId: "app/db", AddReplicaRegions: [{ Region: "eu-west-1" }] });
    expect(response.ReplicationStatus).toEqual([
      {
        Region: "eu-west-1",
        KmsKeyId: "alias/aws/secretsmanager",
        Status: "Failed",
        StatusMessage: "Secret with this name already exists in this region",
      },
    ]);
    inRegion(driver, "eu-west-1", () => {
      const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
      expect(described.ARN).toBe(local.ARN);
      expect(described.PrimaryRegion).toBeUndefined();
      expect(driver.ok("GetSecretValue", { SecretId: "app/db" }).SecretString).toBe("local");
    });
  });

  it("with ForceOverwriteReplicaSecret replaces the secret of the same name with the replica", () => {
    const { driver, arn } = primary();
    inRegion(driver, "eu-west-1", () =>
      driver.ok("CreateSecret", { Name: "app/db", SecretString: "local", ClientRequestToken: driver.token() }),
    );
    const response = driver.ok("ReplicateSecretToRegions", {
      SecretId: "app/db",
      AddReplicaRegions: [{ Region: "eu-west-1" }],
      ForceOverwriteReplicaSecret: true,
    });
    expect(response.ReplicationStatus[0]?.Status).toBe("InSync");
    inRegion(driver, "eu-west-1", () => {
      expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).ARN).toBe(arn.replace(":us-east-1:", ":eu-west-1:"));
      expect(driver.ok("GetSecretValue", { SecretId: "app/db" }).SecretString).toBe("v1");
    });
  });

  it("retries a Failed Region when asked again with ForceOverwriteReplicaSecret", () => {
    const { driver } = primary();
    inRegion(driver, "eu-west-1", () => driver.ok("CreateSecret", { Name: "app/db" }));
    driver.ok("ReplicateSecretToRegions", { SecretId: "app/db", AddReplicaRegions: [{ Region: "eu-west-1" }] });
    const response = driver.ok("ReplicateSecretToRegions", {
      SecretId: "app/db",
      AddReplicaRegions: [{ Region: "eu-west-1" }],
      ForceOverwriteReplicaSecret: true,
    });
    expect(response.ReplicationStatus.map((s) => [s.Region, s.Status])).toEqual([["eu-west-1", "InSync"]]);
  });

  it("does not overwrite a replica of another primary even with ForceOverwriteReplicaSecret", () => {
    const { driver } = primary();
    inRegion(driver, "us-west-2", () => {
      driver.ok("CreateSecret", { Name: "app/db" });
      driver.ok("ReplicateSecretToRegions", { SecretId: "app/db", AddReplicaRegions: [{ Region: "eu-west-1" }] });
    });
    const response = driver.ok("ReplicateSecretToRegions", {
      SecretId: "app/db",
      AddReplicaRegions: [{ Region: "eu-west-1" }],
      ForceOverwriteReplicaSecret: true,
    });
    expect(response.ReplicationStatus[0]?.Status).toBe("Failed");
    inRegion(driver, "eu-west-1", () => expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).PrimaryRegion).toBe("us-west-2"));
  });
});
