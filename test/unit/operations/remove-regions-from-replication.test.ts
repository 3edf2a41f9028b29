import { describe, expect, it } from "vitest";
import { Driver } from "../../../src/index.ts";
import { MARKED_FOR_DELETION, SECRET_NOT_FOUND, failingCall } from "../support/failing-call.ts";

function replicated(regions = ["eu-west-1", "ap-south-1"]) {
  const driver = new Driver();
  const { ARN } = driver.ok("CreateSecret", { Name: "app/db", SecretString: "v1", ClientRequestToken: driver.token() });
  driver.ok("ReplicateSecretToRegions", { SecretId: "app/db", AddReplicaRegions: regions.map((Region) => ({ Region })) });
  return { driver, arn: ARN };
}

function describeIn(driver: Driver, region: string) {
  const home = driver.region;
  driver.region = region;
  const result = driver.call("DescribeSecret", { SecretId: "app/db" });
  driver.region = home;
  return result;
}

describe("RemoveRegionsFromReplication", () => {
  it("deletes the replica at once and answers the primary's ARN and the replicas left", () => {
    const { driver, arn } = replicated();
    const response = driver.ok("RemoveRegionsFromReplication", { SecretId: "app/db", RemoveReplicaRegions: ["eu-west-1"] });
    expect(response.ARN).toBe(arn);
    expect(response.ReplicationStatus.map((s) => s.Region)).toEqual(["ap-south-1"]);
    const gone = describeIn(driver, "eu-west-1");
    expect(gone.ok ? undefined : gone.error).toEqual(SECRET_NOT_FOUND);
    expect(describeIn(driver, "ap-south-1").ok).toBe(true);
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).ReplicationStatus?.map((s) => s.Region)).toEqual(["ap-south-1"]);
  });

  it("removing the last replica leaves a secret without PrimaryRegion or ReplicationStatus", () => {
    const { driver } = replicated(["eu-west-1"]);
    const response = driver.ok("RemoveRegionsFromReplication", { SecretId: "app/db", RemoveReplicaRegions: ["eu-west-1"] });
    expect(response.ReplicationStatus).toEqual([]);
    const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
    expect(described.PrimaryRegion).toBeUndefined();
    expect(described.ReplicationStatus).toBeUndefined();
  });

  it("lets the name be used again in the Region the replica left", () => {
    const { driver } = replicated(["eu-west-1"]);
    driver.ok("RemoveRegionsFromReplication", { SecretId: "app/db", RemoveReplicaRegions: ["eu-west-1"] });
    driver.region = "eu-west-1";
    expect(driver.ok("CreateSecret", { Name: "app/db" }).Name).toBe("app/db");
  });

  it("for a Region that holds no replica succeeds and returns the same state", () => {
    const { driver } = replicated(["eu-west-1"]);
    const before = driver.state;
    const result = driver.call("RemoveRegionsFromReplication", { SecretId: "app/db", RemoveReplicaRegions: ["us-west-2"] });
    expect(result.ok && result.response.ReplicationStatus.map((s) => s.Region)).toEqual(["eu-west-1"]);
    expect(result.state).toBe(before);
  });

  it("on a secret never replicated succeeds with an empty ReplicationStatus", () => {
    const driver = new Driver();
    driver.ok("CreateSecret", { Name: "app/db" });
    expect(driver.ok("RemoveRegionsFromReplication", { SecretId: "app/db", RemoveReplicaRegions: ["eu-west-1"] }).ReplicationStatus).toEqual([]);
  });

  it("drops a Failed Region from ReplicationStatus and leaves the secret of that name there", () => {
    const driver = new Driver({ region: "eu-west-1" });
    const local = driver.ok("CreateSecret", { Name: "app/db" });
    driver.region = "us-east-1";
    driver.ok("CreateSecret", { Name: "app/db", AddReplicaRegions: [{ Region: "eu-west-1" }] });
    driver.ok("RemoveRegionsFromReplication", { SecretId: "app/db", RemoveReplicaRegions: ["eu-west-1"] });
    const kept = describeIn(driver, "eu-west-1");
    expect(kept.ok && kept.response.ARN).toBe(local.ARN);
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).ReplicationStatus).toBeUndefined();
  });

  it("with an empty RemoveReplicaRegions fails with ValidationException", () => {
    const { driver } = replicated();
    const error = failingCall(driver, "RemoveRegionsFromReplication", { SecretId: "app/db", RemoveReplicaRegions: [] });
    expect(error).toEqual({
      code: "ValidationException",
      message:
        "1 validation error detected: Value '[]' at 'removeReplicaRegions' failed to satisfy constraint: Member must have length greater than or equal to 1",
    });
  });

  it("with a Region that is not a Region code fails with ValidationException naming the whole list", () => {
    const { driver } = replicated();
    const request = { SecretId: "app/db", RemoveReplicaRegions: ["eu-west-1", "Europe"] };
    expect(failingCall(driver, "RemoveRegionsFromReplication", request)).toEqual({
      code: "ValidationException",
      message:
        "1 validation error detected: Value '[eu-west-1, Europe]' at 'removeReplicaRegions' failed to satisfy constraint: " +
        "Member must satisfy constraint: [Member must have length less than or equal to 128, " +
        "Member must have length greater than or equal to 1, Member must satisfy regular expression pattern: ^([a-z]+-)+\\d+$]",
    });
  });

  it("on a secret that does not exist fails with ResourceNotFoundException", () => {
    const { driver } = replicated();
    const error = failingCall(driver, "RemoveRegionsFromReplication", { SecretId: "ghost", RemoveReplicaRegions: ["eu-west-1"] });
    expect(error).toEqual(SECRET_NOT_FOUND);
  });

  it("on a secret scheduled for deletion fails with InvalidRequestException", () => {
    const driver = new Driver();
    driver.ok("CreateSecret", { Name: "app/db" });
    driver.ok("DeleteSecret", { SecretId: "app/db" });
    const error = failingCall(driver, "RemoveRegionsFromReplication", { SecretId: "app/db", RemoveReplicaRegions: ["eu-west-1"] });
    expect(error).toEqual(MARKED_FOR_DELETION);
  });
});
