import { describe, expect, it } from "vitest";
import { Driver, type OperationName, type RequestOf } from "../../../src/index.ts";
import { failingCall } from "../support/failing-call.ts";
import { ACCOUNT_READS, policy } from "./lifecycle-fixtures.ts";

const REPLICA_READ_ONLY = {
  code: "InvalidParameterException",
  message: "Operation not permitted on a replica secret. Call must be made in primary secret's region.",
} as const;

const LAMBDA_ARN = "arn:aws:lambda:eu-west-1:123456789012:function:rotate-app-db";

function replicated(regions = ["eu-west-1"]) {
  const driver = new Driver();
  const token = driver.token();
  const { ARN } = driver.ok("CreateSecret", { Name: "app/db", SecretString: "v1", ClientRequestToken: token });
  driver.ok("ReplicateSecretToRegions", { SecretId: "app/db", AddReplicaRegions: regions.map((Region) => ({ Region })) });
  return { driver, token, arn: ARN };
}

type Write = { [Name in OperationName]: readonly [Name, (token: string, versionId: string) => RequestOf<Name>] }[OperationName];

// Every operation that changes a secret (docs/semantics/replication.md#replicas-are-read-only; AWS doc: a replica "can't be updated independently").
const WRITES: readonly Write[] = [
  ["UpdateSecret", () => ({ SecretId: "app/db", Description: "x" })],
  ["PutSecretValue", (token) => ({ SecretId: "app/db", SecretString: "v2", ClientRequestToken: token })],
  ["UpdateSecretVersionStage", (_, versionId) => ({ SecretId: "app/db", VersionStage: "BLUE", MoveToVersionId: versionId })],
  ["TagResource", () => ({ SecretId: "app/db", Tags: [{ Key: "k", Value: "v" }] })],
  ["UntagResource", () => ({ SecretId: "app/db", TagKeys: ["k"] })],
  ["PutResourcePolicy", () => ({ SecretId: "app/db", ResourcePolicy: policy(ACCOUNT_READS) })],
  ["DeleteResourcePolicy", () => ({ SecretId: "app/db" })],
  ["DeleteSecret", () => ({ SecretId: "app/db" })],
  ["RestoreSecret", () => ({ SecretId: "app/db" })],
  ["RotateSecret", (token) => ({ SecretId: "app/db", ClientRequestToken: token, RotationLambdaARN: LAMBDA_ARN })],
  ["CancelRotateSecret", () => ({ SecretId: "app/db" })],
  ["ReplicateSecretToRegions", () => ({ SecretId: "app/db", AddReplicaRegions: [{ Region: "ap-south-1" }] })],
  ["RemoveRegionsFromReplication", () => ({ SecretId: "app/db", RemoveReplicaRegions: ["eu-west-1"] })],
];

describe("A replica is read-only", () => {
  for (const [name, request] of WRITES) {
    it(`${name} on a replica fails with InvalidParameterException and changes nothing`, () => {
      const { driver, token } = replicated();
      driver.region = "eu-west-1";
      const error = failingCall(driver, name as OperationName, request(driver.token(), token) as never);
      expect(error).toEqual(REPLICA_READ_ONLY);
    });
  }

  it("DeleteSecret with ForceDeleteWithoutRecovery on a replica fails too", () => {
    const { driver } = replicated();
    driver.region = "eu-west-1";
    const error = failingCall(driver, "DeleteSecret", { SecretId: "app/db", ForceDeleteWithoutRecovery: true });
    expect(error).toEqual(REPLICA_READ_ONLY);
  });

  it("refuses a replica found by its ARN as by its name", () => {
    const { driver, arn } = replicated();
    driver.region = "eu-west-1";
    const error = failingCall(driver, "UpdateSecret", { SecretId: arn.replace(":us-east-1:", ":eu-west-1:"), Description: "x" });
    expect(error).toEqual(REPLICA_READ_ONLY);
  });

  it("still answers reads in the replica's Region", () => {
    const { driver, token } = replicated();
    driver.ok("PutResourcePolicy", { SecretId: "app/db", ResourcePolicy: policy(ACCOUNT_READS) });
    driver.region = "eu-west-1";
    expect(driver.ok("GetSecretValue", { SecretId: "app/db" }).VersionId).toBe(token);
    expect(driver.ok("ListSecretVersionIds", { SecretId: "app/db" }).Versions.map((v) => v.VersionId)).toEqual([token]);
    expect(driver.ok("GetResourcePolicy", { SecretId: "app/db" }).ResourcePolicy).toBe(policy(ACCOUNT_READS));
  });
});

describe("DeleteSecret of a primary", () => {
  it("with replicas fails with InvalidParameterException naming its ARN and replica Regions", () => {
    const { driver, arn } = replicated(["us-west-2", "ap-northeast-2"]);
    const error = failingCall(driver, "DeleteSecret", { SecretId: "app/db" });
    expect(error).toEqual({
      code: "InvalidParameterException",
      message: `You can't delete secret ${arn} that still has replica regions [ap-northeast-2, us-west-2].`,
    });
  });

  it("with replicas fails even with ForceDeleteWithoutRecovery", () => {
    const { driver, arn } = replicated();
    const error = failingCall(driver, "DeleteSecret", { SecretId: "app/db", ForceDeleteWithoutRecovery: true });
    expect(error.message).toBe(`You can't delete secret ${arn} that still has replica regions [eu-west-1].`);
  });

  it("succeeds once RemoveRegionsFromReplication has removed every replica", () => {
    const { driver } = replicated();
    driver.ok("RemoveRegionsFromReplication", { SecretId: "app/db", RemoveReplicaRegions: ["eu-west-1"] });
    expect(driver.ok("DeleteSecret", { SecretId: "app/db", ForceDeleteWithoutRecovery: true }).Name).toBe("app/db");
  });
});
