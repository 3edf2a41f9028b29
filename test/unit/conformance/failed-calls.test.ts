// Every refusal of the write path and the lifecycle: AWS's code, and the very same
// state object back (a failed call changes nothing). Order of checks: the API model's
// constraints (ValidationException), then the name check, then the secret's state.
import { describe, expect, it } from "vitest";
import { Driver, type OperationName, type RequestOf } from "../../../src/index.ts";
import { failingCall } from "../support/failing-call.ts";

const VE = "ValidationException";
const RNF = "ResourceNotFoundException";
const IRE = "InvalidRequestException";
const IPE = "InvalidParameterException";
const REE = "ResourceExistsException";
const LEE = "LimitExceededException";

function world() {
  const driver = new Driver();
  const v1 = driver.token();
  driver.ok("CreateSecret", { Name: "live", SecretString: "1", ClientRequestToken: v1 });
  driver.ok("CreateSecret", { Name: "gone", SecretString: "1", ClientRequestToken: driver.token() });
  driver.ok("DeleteSecret", { SecretId: "gone" });
  return { driver, v1 };
}

type Case = { [N in OperationName]: readonly [N, (v1: string, fresh: string) => RequestOf<N>, string] }[OperationName];

const labels = Array.from({ length: 20 }, (_, i) => `L${i}`);
const cases: readonly Case[] = [
  ["CreateSecret", () => ({ Name: "x".repeat(513) }), VE],
  ["CreateSecret", () => ({ Name: "Inv Name" }), VE],
  ["CreateSecret", () => ({ Name: "n", SecretString: "a" }), IRE],
  ["CreateSecret", (_, t) => ({ Name: "n", SecretString: "a", SecretBinary: "YQ==", ClientRequestToken: t }), IPE],
  ["CreateSecret", (_, t) => ({ Name: "live", SecretString: "a", ClientRequestToken: t }), REE],
  ["CreateSecret", (v1) => ({ Name: "live", SecretString: "other", ClientRequestToken: v1 }), REE],
  ["CreateSecret", (_, t) => ({ Name: "gone", SecretString: "a", ClientRequestToken: t }), IRE],
  ["UpdateSecret", () => ({ SecretId: "" }), VE],
  ["UpdateSecret", () => ({ SecretId: "Inv Name", Description: "d" }), VE],
  ["UpdateSecret", () => ({ SecretId: "nope", Description: "d" }), RNF],
  ["UpdateSecret", () => ({ SecretId: "gone", Description: "d" }), IRE],
  ["UpdateSecret", (v1) => ({ SecretId: "live", SecretString: "other", ClientRequestToken: v1, Description: "d" }), REE],
  ["PutSecretValue", (_, t) => ({ SecretId: "live", ClientRequestToken: t }), IRE],
  ["PutSecretValue", (_, t) => ({ SecretId: "live", SecretString: "a", ClientRequestToken: t, VersionStages: [] }), VE],
  ["PutSecretValue", (_, t) => ({ SecretId: "live", SecretString: "a", ClientRequestToken: t, VersionStages: labels }), LEE],
  ["PutSecretValue", (_, t) => ({ SecretId: "gone", SecretString: "a", ClientRequestToken: t }), IRE],
  ["UpdateSecretVersionStage", (v1) => ({ SecretId: "live", VersionStage: "AWSCURRENT", RemoveFromVersionId: v1 }), IPE],
  ["UpdateSecretVersionStage", (_, t) => ({ SecretId: "live", VersionStage: "X", MoveToVersionId: t }), IPE],
  ["UpdateSecretVersionStage", (v1) => ({ SecretId: "gone", VersionStage: "X", MoveToVersionId: v1 }), IRE],
  ["GetSecretValue", () => ({ SecretId: "live", VersionStage: "AWSPENDING" }), RNF],
  ["GetSecretValue", (v1) => ({ SecretId: "live", VersionId: v1, VersionStage: "AWSPREVIOUS" }), IRE],
  ["GetSecretValue", () => ({ SecretId: "gone" }), IRE],
  ["DescribeSecret", () => ({ SecretId: "arn:aws:secretsmanager:us-east-1:123456789012:secret:live" + "-zzzzzz" }), RNF],
  ["ListSecretVersionIds", () => ({ SecretId: "live", MaxResults: 0 }), VE],
  ["ListSecretVersionIds", () => ({ SecretId: "live", NextToken: "bogus" }), "InvalidNextTokenException"],
  ["DeleteSecret", () => ({ SecretId: "live", RecoveryWindowInDays: 0, ForceDeleteWithoutRecovery: true }), IPE],
  ["DeleteSecret", () => ({ SecretId: "live", RecoveryWindowInDays: 7, ForceDeleteWithoutRecovery: true }), IPE],
  ["DeleteSecret", () => ({ SecretId: "gone" }), IRE],
  ["DeleteSecret", () => ({ SecretId: "nope" }), RNF],
  ["RestoreSecret", () => ({ SecretId: "nope" }), RNF],
  ["TagResource", () => ({ SecretId: "gone", Tags: [{ Key: "k", Value: "v" }] }), IRE],
  ["TagResource", () => ({ SecretId: "live", Tags: [{ Key: "", Value: "v" }] }), VE],
  ["UntagResource", () => ({ SecretId: "gone", TagKeys: ["k"] }), IRE],
  ["UntagResource", () => ({ SecretId: "nope", TagKeys: ["k"] }), RNF],
];

describe("A refused call answers AWS's error code and returns the very same state", () => {
  it.each(cases.map((c, i) => [`${c[0]} #${i + 1} fails with ${c[2]}`, c] as const))("%s", (_, [name, request, code]) => {
    const { driver, v1 } = world();
    const error = failingCall(driver, name, request(v1, driver.token()) as never);
    expect(error.code).toBe(code);
  });
});
