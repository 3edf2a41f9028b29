// The replica of a primary: what it shares, what stays its own (docs/semantics/replication.md#what-a-replica-shares).
import { describe, expect, it } from "vitest";
import { Driver, getOwn, stateFromJson, stateToJson, tableGet, type Secret, type State } from "../../../src/index.ts";
import {
  DEFAULT_REPLICA_KEY,
  isReplica,
  regionOf,
  replicaArn,
  replicaOf,
  syncReplicas,
} from "../../../src/core/rules/replication.ts";

function secretIn(state: State, region: string, name = "app/db"): Secret {
  const secret = tableGet(getOwn(state.regions, region)!.secrets, name);
  if (secret === undefined) throw new Error(`no ${name} in ${region}`);
  return secret;
}

function replicated() {
  const driver = new Driver();
  driver.ok("CreateSecret", { Name: "app/db", SecretString: "v1", ClientRequestToken: driver.token(), Description: "d" });
  driver.ok("ReplicateSecretToRegions", { SecretId: "app/db", AddReplicaRegions: [{ Region: "eu-west-1" }] });
  return driver;
}

describe("replication rules", () => {
  it("reads the Region from a secret's ARN and swaps it for a replica's ARN", () => {
    const driver = replicated();
    const primary = secretIn(driver.state, "us-east-1");
    expect(regionOf(primary)).toBe("us-east-1");
    expect(replicaArn(primary, "ap-south-1")).toBe(primary.ARN.replace(":us-east-1:", ":ap-south-1:"));
  });

  it("tells a replica from its primary, which also carries PrimaryRegion", () => {
    const driver = replicated();
    expect(secretIn(driver.state, "us-east-1").PrimaryRegion).toBe("us-east-1");
    expect(isReplica(secretIn(driver.state, "us-east-1"))).toBe(false);
    expect(isReplica(secretIn(driver.state, "eu-west-1"))).toBe(true);
  });

  it("copies the primary's data into a replica, without its ReplicationStatus or running rotation", () => {
    const driver = replicated();
    const primary = secretIn(driver.state, "us-east-1");
    const replica = replicaOf(primary, { Region: "ap-south-1", KmsKeyId: DEFAULT_REPLICA_KEY, Status: "InSync" });
    expect(replica.Description).toBe("d");
    expect(replica.labels).toEqual(primary.labels);
    expect(replica.KmsKeyId).toBeUndefined();
    expect(replica.ReplicationStatus).toBeUndefined();
    expect(replica.PrimaryRegion).toBe("us-east-1");
    expect(regionOf(replica)).toBe("ap-south-1");
  });

  it("keeps the replica's own LastAccessedDate and version read dates when rebuilt", () => {
    const driver = replicated();
    driver.region = "eu-west-1";
    const read = driver.ok("GetSecretValue", { SecretId: "app/db" });
    const previous = secretIn(driver.state, "eu-west-1");
    const primary = secretIn(driver.state, "us-east-1");
    const rebuilt = replicaOf(primary, primary.ReplicationStatus![0]!, previous);
    expect(rebuilt.LastAccessedDate).toBe(previous.LastAccessedDate);
    expect(getOwn(rebuilt.versions, read.VersionId)?.LastAccessedDate).toBe(previous.LastAccessedDate);
    expect(primary.LastAccessedDate).toBeUndefined();
  });

  it("saves and loads a replicated state as JSON unchanged", () => {
    const driver = replicated();
    const loaded = stateFromJson(JSON.parse(JSON.stringify(stateToJson(driver.state))));
    expect(loaded).toEqual(driver.state);
    expect(isReplica(secretIn(loaded, "eu-west-1"))).toBe(true);
  });

  it("returns the same state when a write changed nothing", () => {
    const driver = replicated();
    expect(syncReplicas(driver.state, driver.state, "us-east-1", "app/db")).toBe(driver.state);
  });
});
