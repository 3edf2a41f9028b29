import { describe, expect, it } from "vitest";
import { DAY_MS, Driver, invariantViolations, tick } from "../../../src/index.ts";
import { ACCOUNT_READS, policy } from "./lifecycle-fixtures.ts";

const LAMBDA_ARN = "arn:aws:lambda:us-east-1:123456789012:function:rotate-app-db";

function replicated() {
  const driver = new Driver();
  const first = driver.token();
  driver.ok("CreateSecret", { Name: "app/db", SecretString: "v1", ClientRequestToken: first });
  driver.ok("ReplicateSecretToRegions", { SecretId: "app/db", AddReplicaRegions: [{ Region: "eu-west-1", KmsKeyId: "alias/eu" }] });
  return { driver, first };
}

function inReplica<T>(driver: Driver, body: () => T): T {
  driver.region = "eu-west-1";
  try {
    return body();
  } finally {
    driver.region = "us-east-1";
  }
}

describe("A write to a primary reaches its replicas", () => {
  it("PutSecretValue: the replica serves the new value and the same labels", () => {
    const { driver, first } = replicated();
    const second = driver.token();
    driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "v2", ClientRequestToken: second });
    inReplica(driver, () => {
      expect(driver.ok("GetSecretValue", { SecretId: "app/db" }).SecretString).toBe("v2");
      expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).VersionIdsToStages).toEqual({
        [first]: ["AWSPREVIOUS"],
        [second]: ["AWSCURRENT"],
      });
    });
  });

  it("UpdateSecret: the replica shows the new Description and LastChangedDate", () => {
    const { driver } = replicated();
    driver.advance(DAY_MS);
    driver.ok("UpdateSecret", { SecretId: "app/db", Description: "the database" });
    const described = inReplica(driver, () => driver.ok("DescribeSecret", { SecretId: "app/db" }));
    expect(described.Description).toBe("the database");
    expect(described.LastChangedDate).toBe(driver.now);
  });

  it("UpdateSecretVersionStage: the replica's labels move too", () => {
    const { driver, first } = replicated();
    driver.ok("UpdateSecretVersionStage", { SecretId: "app/db", VersionStage: "BLUE", MoveToVersionId: first });
    const stages = inReplica(driver, () => driver.ok("DescribeSecret", { SecretId: "app/db" }).VersionIdsToStages);
    expect(stages?.[first]?.slice().sort()).toEqual(["AWSCURRENT", "BLUE"]);
  });

  it("TagResource and UntagResource: the replica carries the primary's tags", () => {
    const { driver } = replicated();
    driver.ok("TagResource", { SecretId: "app/db", Tags: [{ Key: "team", Value: "data" }, { Key: "env", Value: "prod" }] });
    driver.ok("UntagResource", { SecretId: "app/db", TagKeys: ["env"] });
    expect(inReplica(driver, () => driver.ok("DescribeSecret", { SecretId: "app/db" }).Tags)).toEqual([{ Key: "team", Value: "data" }]);
  });

  it("PutResourcePolicy and DeleteResourcePolicy: the replica's policy follows", () => {
    const { driver } = replicated();
    const text = policy(ACCOUNT_READS);
    driver.ok("PutResourcePolicy", { SecretId: "app/db", ResourcePolicy: text });
    expect(inReplica(driver, () => driver.ok("GetResourcePolicy", { SecretId: "app/db" }).ResourcePolicy)).toBe(text);
    driver.ok("DeleteResourcePolicy", { SecretId: "app/db" });
    expect(inReplica(driver, () => driver.ok("GetResourcePolicy", { SecretId: "app/db" }).ResourcePolicy)).toBeUndefined();
  });

  it("keeps the replica's own ARN, key and PrimaryRegion across writes", () => {
    const { driver } = replicated();
    driver.ok("UpdateSecret", { SecretId: "app/db", KmsKeyId: "alias/primary-key" });
    const described = inReplica(driver, () => driver.ok("DescribeSecret", { SecretId: "app/db" }));
    expect(described.ARN).toContain(":eu-west-1:");
    expect(described.KmsKeyId).toBe("alias/eu");
    expect(described.PrimaryRegion).toBe("us-east-1");
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).KmsKeyId).toBe("alias/primary-key");
  });

  it("keeps the replica's LastAccessedDate, which the primary's ReplicationStatus shows", () => {
    const { driver } = replicated();
    const day1 = driver.now;
    inReplica(driver, () => driver.ok("GetSecretValue", { SecretId: "app/db" }));
    driver.advance(2 * DAY_MS);
    driver.ok("GetSecretValue", { SecretId: "app/db" });
    driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "v2", ClientRequestToken: driver.token() });
    expect(inReplica(driver, () => driver.ok("DescribeSecret", { SecretId: "app/db" }).LastAccessedDate)).toBe(day1);
    const primary = driver.ok("DescribeSecret", { SecretId: "app/db" });
    expect(primary.LastAccessedDate).toBe(driver.now);
    expect(primary.ReplicationStatus?.[0]?.LastAccessedDate).toBe(day1);
  });

  it("RotateSecret: the replica shows the rotation settings but is never rotated on schedule itself", () => {
    const { driver } = replicated();
    driver.ok("RotateSecret", {
      SecretId: "app/db",
      ClientRequestToken: driver.token(),
      RotationLambdaARN: LAMBDA_ARN,
      RotationRules: { AutomaticallyAfterDays: 1 },
    });
    const replica = inReplica(driver, () => driver.ok("DescribeSecret", { SecretId: "app/db" }));
    expect(replica.RotationEnabled).toBe(true);
    expect(replica.NextRotationDate).toBeLessThan(driver.now + 3 * DAY_MS);
    expect(replica.NextRotationDate).toBe(driver.ok("DescribeSecret", { SecretId: "app/db" }).NextRotationDate);
    const later = tick(driver.state, { now: driver.now + 3 * DAY_MS, randomSeed: 1 });
    expect(later.rotationsStarted.filter((r) => r.SecretId.includes(":eu-west-1:"))).toEqual([]);
  });

  it("leaves every invariant of the state true in both Regions", () => {
    const { driver } = replicated();
    driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "v2", ClientRequestToken: driver.token() });
    driver.ok("TagResource", { SecretId: "app/db", Tags: [{ Key: "team", Value: "data" }] });
    expect(invariantViolations(driver.state)).toEqual([]);
  });
});
