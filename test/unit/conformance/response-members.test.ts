// Answers carry AWS's output members only (the API model's output shapes, plus Type,
// which the current API adds): the state's own members (versions, labels,
// prunedVersionIds, rotation, DeletionDate) never leak into an answer.
import { describe, expect, it } from "vitest";
import { DAY_MS, Driver } from "../../../src/index.ts";
import { prunedIds } from "../../../src/core/store/versions.ts";
import { secretOf } from "../support/secret-state.ts";

/** Output members by shape, as the API model (2017-10-17) lists them. */
const METADATA = [
  "ARN", "Name", "Type", "Description", "KmsKeyId", "RotationEnabled", "RotationLambdaARN", "RotationRules",
  "LastRotatedDate", "LastChangedDate", "LastAccessedDate", "DeletedDate", "NextRotationDate", "Tags",
  "OwningService", "CreatedDate", "PrimaryRegion",
];
const DESCRIBE = [...METADATA, "VersionIdsToStages", "ReplicationStatus"];
const LIST_ENTRY = [...METADATA, "SecretVersionsToStages"];
const VERSION_ENTRY = ["VersionId", "VersionStages", "LastAccessedDate", "CreatedDate", "KmsKeyIds"];
const REPLICATION_STATUS = ["Region", "KmsKeyId", "Status", "StatusMessage", "LastAccessedDate"];
const ROTATION_RULES = ["AutomaticallyAfterDays", "Duration", "ScheduleExpression"];

function expectMembersWithin(answer: object, allowed: readonly string[]): void {
  expect(Object.keys(answer).filter((key) => !allowed.includes(key))).toEqual([]);
}

/** A secret with every internal member set: pruned versions, a rotation under way, replicas. */
function busySecret(): Driver {
  const driver = new Driver();
  driver.ok("CreateSecret", {
    Name: "app/db", SecretString: "v0", ClientRequestToken: driver.token(),
    Description: "d", KmsKeyId: "alias/app", Tags: [{ Key: "team", Value: "core" }],
  });
  for (let i = 1; i <= 99; i++) {
    driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: `v${i}`, ClientRequestToken: driver.token() });
  }
  driver.advance(2 * DAY_MS);
  driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "last", ClientRequestToken: driver.token() });
  driver.ok("GetSecretValue", { SecretId: "app/db" });
  driver.ok("RotateSecret", {
    SecretId: "app/db", ClientRequestToken: driver.token(),
    RotationLambdaARN: "arn:aws:lambda:us-east-1:123456789012:function:rotate", RotationRules: { AutomaticallyAfterDays: 7 },
  });
  driver.ok("ReplicateSecretToRegions", { SecretId: "app/db", AddReplicaRegions: [{ Region: "eu-west-1" }] });
  driver.ok("CreateSecret", { Name: "old", SecretString: "x", ClientRequestToken: driver.token() });
  driver.ok("DeleteSecret", { SecretId: "old" });
  return driver;
}

describe("Answers carry only AWS's output members", () => {
  const driver = busySecret();

  it("the test secret really has pruned versions, a rotation under way and a DeletionDate", () => {
    expect(prunedIds(secretOf(driver, "app/db").versions).length).toBeGreaterThan(0);
    expect(secretOf(driver, "app/db").rotation).toBeDefined();
    expect(secretOf(driver, "old").DeletionDate).toBeDefined();
  });

  it("DescribeSecret answers DescribeSecretResponse members, with AWS-shaped rules, tags and replication", () => {
    for (const SecretId of ["app/db", "old"]) {
      const described = driver.ok("DescribeSecret", { SecretId });
      expectMembersWithin(described, DESCRIBE);
      expectMembersWithin(described.RotationRules ?? {}, ROTATION_RULES);
      for (const tag of described.Tags ?? []) expectMembersWithin(tag, ["Key", "Value"]);
      for (const status of described.ReplicationStatus ?? []) expectMembersWithin(status, REPLICATION_STATUS);
    }
    expect(driver.ok("DescribeSecret", { SecretId: "old" })).toHaveProperty("DeletedDate");
  });

  it("ListSecrets answers SecretListEntry members, for a secret scheduled for deletion too", () => {
    const listed = driver.ok("ListSecrets", { IncludePlannedDeletion: true });
    expect(listed.SecretList.map((entry) => entry.Name).sort()).toEqual(["app/db", "old"]);
    for (const entry of listed.SecretList) expectMembersWithin(entry, LIST_ENTRY);
  });

  it("ListSecretVersionIds answers Versions of SecretVersionsListEntry members, ARN and Name", () => {
    const listed = driver.ok("ListSecretVersionIds", { SecretId: "app/db", IncludeDeprecated: true, MaxResults: 100 });
    expectMembersWithin(listed, ["Versions", "NextToken", "ARN", "Name"]);
    for (const version of listed.Versions) expectMembersWithin(version, VERSION_ENTRY);
  });

  it("the write operations answer their output members only", () => {
    const token = driver.token();
    expectMembersWithin(driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "p", ClientRequestToken: token }), [
      "ARN", "Name", "VersionId", "VersionStages",
    ]);
    expectMembersWithin(driver.ok("GetSecretValue", { SecretId: "app/db", VersionId: token }), [
      "ARN", "Name", "VersionId", "SecretBinary", "SecretString", "VersionStages", "CreatedDate",
    ]);
    expectMembersWithin(driver.ok("UpdateSecret", { SecretId: "app/db", Description: "e" }), ["ARN", "Name", "VersionId"]);
    expectMembersWithin(driver.ok("UpdateSecretVersionStage", { SecretId: "app/db", VersionStage: "Z", MoveToVersionId: token }), ["ARN", "Name"]);
    expect(driver.ok("TagResource", { SecretId: "app/db", Tags: [{ Key: "k", Value: "v" }] })).toEqual({});
    expect(driver.ok("UntagResource", { SecretId: "app/db", TagKeys: ["k"] })).toEqual({});
    expectMembersWithin(driver.ok("RestoreSecret", { SecretId: "old" }), ["ARN", "Name"]);
    expectMembersWithin(driver.ok("DeleteSecret", { SecretId: "old" }), ["ARN", "Name", "DeletionDate"]);
  });
});
