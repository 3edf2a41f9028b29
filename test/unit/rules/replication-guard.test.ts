// The one check that keeps writes off replicas (docs/semantics/replication.md#replicas-are-read-only).
import { describe, expect, it } from "vitest";
import { Driver, type Context } from "../../../src/index.ts";
import {
  findChangeableSecret,
  findWritableSecret,
  replicationDeleteRefusal,
} from "../../../src/core/rules/replication-guard.ts";

const REPLICA_READ_ONLY = {
  code: "InvalidParameterException",
  message: "Operation not permitted on a replica secret. Call must be made in primary secret's region.",
};

const contextIn = (region: string): Context => ({ now: 0, region, arnSuffix: "AAAAAA", randomSeed: 0 });

function replicated() {
  const driver = new Driver();
  driver.ok("CreateSecret", { Name: "app/db" });
  driver.ok("CreateSecret", { Name: "gone" });
  driver.ok("DeleteSecret", { SecretId: "gone" });
  driver.ok("ReplicateSecretToRegions", { SecretId: "app/db", AddReplicaRegions: [{ Region: "eu-west-1" }] });
  return driver;
}

describe("findWritableSecret", () => {
  it("finds a primary in its own Region", () => {
    const driver = replicated();
    const found = findWritableSecret(driver.state, contextIn("us-east-1"), "app/db");
    expect("code" in found ? found : found.Name).toBe("app/db");
  });

  it("refuses a replica with AWS's InvalidParameterException", () => {
    const driver = replicated();
    expect(findWritableSecret(driver.state, contextIn("eu-west-1"), "app/db")).toEqual(REPLICA_READ_ONLY);
    expect(findChangeableSecret(driver.state, contextIn("eu-west-1"), "app/db")).toEqual(REPLICA_READ_ONLY);
  });

  it("refuses a secret scheduled for deletion, which findChangeableSecret accepts", () => {
    const driver = replicated();
    expect(findWritableSecret(driver.state, contextIn("us-east-1"), "gone")).toMatchObject({ code: "InvalidRequestException" });
    const found = findChangeableSecret(driver.state, contextIn("us-east-1"), "gone");
    expect("code" in found ? found : found.Name).toBe("gone");
  });

  it("answers ResourceNotFoundException for a name the Region does not hold", () => {
    const driver = replicated();
    expect(findWritableSecret(driver.state, contextIn("ap-south-1"), "app/db")).toMatchObject({ code: "ResourceNotFoundException" });
  });
});

describe("replicationDeleteRefusal", () => {
  it("lists a primary's replica Regions in alphabetical order", () => {
    const driver = replicated();
    driver.ok("ReplicateSecretToRegions", { SecretId: "app/db", AddReplicaRegions: [{ Region: "ap-south-1" }] });
    const primary = findWritableSecret(driver.state, contextIn("us-east-1"), "app/db");
    if ("code" in primary) throw new Error(primary.message);
    expect(replicationDeleteRefusal(primary)?.message).toMatch(/that still has replica regions \[ap-south-1, eu-west-1\]\.$/);
  });

  it("lets a secret without replicas be deleted", () => {
    const driver = new Driver();
    driver.ok("CreateSecret", { Name: "solo" });
    const solo = findWritableSecret(driver.state, contextIn("us-east-1"), "solo");
    if ("code" in solo) throw new Error(solo.message);
    expect(replicationDeleteRefusal(solo)).toBeUndefined();
  });
});
