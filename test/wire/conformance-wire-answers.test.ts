// What the core answers and what goes on the wire for the same call: the same
// members, dates as epoch seconds with milliseconds, LastAccessedDate at midnight
// UTC, SecretBinary as base64 text, absent members omitted (docs/semantics/wire.md).
import { describe, expect, it } from "vitest";
import { T0, TOKEN_1, TOKEN_2, bodyOf, fixedEmulator, ok, post } from "../support/wire.ts";

const ACCOUNT = "000000000000";
const REGION = "us-east-1";
const LAMBDA = "arn:aws:lambda:us-east-1:000000000000:function:rotate";
const POLICY = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::000000000000:root"},"Action":"secretsmanager:GetSecretValue","Resource":"*"}]}';

/** The wire form of a core answer: members named *Date in epoch seconds. */
function onTheWire(value: unknown, key = ""): unknown {
  if (Array.isArray(value)) return value.map((item) => onTheWire(item));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, onTheWire(v, k)]));
  }
  return key.endsWith("Date") && typeof value === "number" ? value / 1000 : value;
}

/** A binary secret with every kind of member: tags, description, policy, rotation, a read, a replica. */
function richSecret() {
  const emulator = fixedEmulator();
  ok(emulator, "CreateSecret", {
    Name: "app/db",
    Description: "the database",
    SecretBinary: "AAEC/w==",
    Tags: [{ Key: "team", Value: "core" }],
    ClientRequestToken: TOKEN_1,
  });
  ok(emulator, "PutResourcePolicy", { SecretId: "app/db", ResourcePolicy: POLICY });
  ok(emulator, "RotateSecret", {
    SecretId: "app/db",
    ClientRequestToken: TOKEN_2,
    RotationLambdaARN: LAMBDA,
    RotationRules: { AutomaticallyAfterDays: 7, Duration: "3h" },
  });
  ok(emulator, "GetSecretValue", { SecretId: "app/db" });
  ok(emulator, "ReplicateSecretToRegions", { SecretId: "app/db", AddReplicaRegions: [{ Region: "eu-west-1" }] });
  return emulator;
}

const reads: readonly [string, Record<string, unknown>][] = [
  ["DescribeSecret", { SecretId: "app/db" }],
  ["ListSecrets", {}],
  ["ListSecretVersionIds", { SecretId: "app/db", IncludeDeprecated: true }],
  ["GetSecretValue", { SecretId: "app/db" }],
  ["BatchGetSecretValue", { SecretIdList: ["app/db", "missing"] }],
  ["GetResourcePolicy", { SecretId: "app/db" }],
];

describe("the wire answer of a secret with every kind of member", () => {
  it.each(reads)("%s on the wire holds exactly what the core answers", (operation, request) => {
    const emulator = richSecret();
    const core = emulator.call(ACCOUNT, REGION, operation, request);
    expect(core.ok).toBe(true);
    const wire = emulator.handle(post(operation, request)).response;
    expect(wire.status).toBe(200);
    expect(bodyOf(wire)).toEqual(onTheWire(core.response));
  });

  it("DescribeSecret writes CreatedDate with milliseconds and LastAccessedDate at midnight UTC", () => {
    const described = ok(richSecret(), "DescribeSecret", { SecretId: "app/db" });
    expect(described.CreatedDate).toBe(T0 / 1000);
    expect(String(described.CreatedDate)).toMatch(/\.678$/);
    expect(described.LastAccessedDate).toBe(Date.UTC(2026, 0, 2) / 1000);
    expect(described.ReplicationStatus).toEqual([
      { Region: "eu-west-1", KmsKeyId: "alias/aws/secretsmanager", Status: "InSync", StatusMessage: "Replication succeeded" },
    ]);
  });

  it("GetSecretValue answers SecretBinary as the base64 text it was given, and no SecretString", () => {
    const value = ok(richSecret(), "GetSecretValue", { SecretId: "app/db" });
    expect(value.SecretBinary).toBe("AAEC/w==");
    expect(value).not.toHaveProperty("SecretString");
  });

  it("a member without a value is left out, not written as null", () => {
    const emulator = fixedEmulator();
    ok(emulator, "CreateSecret", { Name: "bare" });
    const response = emulator.handle(post("DescribeSecret", { SecretId: "bare" })).response;
    expect(response.body).not.toContain("null");
    expect(Object.keys(bodyOf(response)).sort()).toEqual(["ARN", "CreatedDate", "LastChangedDate", "Name"]);
  });
});
