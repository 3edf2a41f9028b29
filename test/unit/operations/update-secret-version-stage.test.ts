import { describe, expect, it } from "vitest";
import { Driver } from "../../../src/index.ts";
import { MARKED_FOR_DELETION, failingCall } from "../support/failing-call.ts";
import { addPendingStub, scheduleDeletion } from "../support/secret-state.ts";

/** A secret with versions v[0..n-1], each PutSecretValue'd with the stages given (default: AWSCURRENT). */
function secretWithVersions(driver: Driver, ...stagesPerVersion: (string[] | undefined)[]): string[] {
  driver.ok("CreateSecret", { Name: "app/db" });
  return stagesPerVersion.map((VersionStages, i) => {
    const ClientRequestToken = driver.token();
    const request = { SecretId: "app/db", SecretString: `v${i}`, ClientRequestToken, ...(VersionStages && { VersionStages }) };
    driver.ok("PutSecretValue", request);
    return ClientRequestToken;
  });
}

function stages(driver: Driver): Record<string, string[]> {
  const byVersion = driver.ok("DescribeSecret", { SecretId: "app/db" }).VersionIdsToStages ?? {};
  return Object.fromEntries(Object.entries(byVersion).map(([id, labels]) => [id, [...labels].sort()]));
}

const move = (driver: Driver, VersionStage: string, from: string | undefined, to: string | undefined) =>
  driver.ok("UpdateSecretVersionStage", {
    SecretId: "app/db",
    VersionStage,
    ...(from !== undefined && { RemoveFromVersionId: from }),
    ...(to !== undefined && { MoveToVersionId: to }),
  });

describe("UpdateSecretVersionStage", () => {
  it("moves a label with RemoveFromVersionId and keeps the other labels of both versions", () => {
    const driver = new Driver();
    const [a, b] = secretWithVersions(driver, undefined, ["AWSPENDING", "BLUE"]);
    const response = move(driver, "BLUE", b, a);
    expect(response).toEqual({ ARN: expect.any(String), Name: "app/db" });
    expect(stages(driver)).toEqual({ [a!]: ["AWSCURRENT", "BLUE"], [b!]: ["AWSPENDING"] });
  });

  it("attaches a label that is on no version with MoveToVersionId alone", () => {
    const driver = new Driver();
    const [a] = secretWithVersions(driver, undefined);
    move(driver, "STAGINGLABEL1", undefined, a);
    expect(stages(driver)).toEqual({ [a!]: ["AWSCURRENT", "STAGINGLABEL1"] });
  });

  it("removes a label with RemoveFromVersionId alone; a version left without labels is deprecated", () => {
    const driver = new Driver();
    const [a, b] = secretWithVersions(driver, undefined, ["PENDING"]);
    move(driver, "PENDING", b, undefined);
    expect(stages(driver)).toEqual({ [a!]: ["AWSCURRENT"] });
  });

  it("with MoveToVersionId alone for AWSCURRENT attached elsewhere fails with InvalidParameterException", () => {
    const driver = new Driver();
    const [a, b] = secretWithVersions(driver, undefined, ["AWSPENDING"]);
    const request = { SecretId: "app/db", VersionStage: "AWSCURRENT", MoveToVersionId: b! };
    const error = failingCall(driver, "UpdateSecretVersionStage", request);
    expect(error).toEqual({
      code: "InvalidParameterException",
      message: `The parameter RemoveFromVersionId can't be empty. Staging label AWSCURRENT is currently attached to version ${a}, so you must explicitly reference that version in RemoveFromVersionId.`,
    });
  });

  it("with MoveToVersionId alone for a custom label attached elsewhere fails the same way", () => {
    const driver = new Driver();
    const [a, b] = secretWithVersions(driver, undefined, ["BLUE"]);
    const error = failingCall(driver, "UpdateSecretVersionStage", { SecretId: "app/db", VersionStage: "BLUE", MoveToVersionId: a! });
    expect(error.code).toBe("InvalidParameterException");
    expect(error.message).toContain(`Staging label BLUE is currently attached to version ${b}`);
  });

  it("refuses to remove AWSCURRENT outright with InvalidParameterException", () => {
    const driver = new Driver();
    const [a] = secretWithVersions(driver, undefined);
    const request = { SecretId: "app/db", VersionStage: "AWSCURRENT", RemoveFromVersionId: a! };
    const error = failingCall(driver, "UpdateSecretVersionStage", request);
    expect(error).toEqual({
      code: "InvalidParameterException",
      message: "You can only move staging label AWSCURRENT to a different secret version. It can’t be completely removed.",
    });
  });

  it("moving AWSCURRENT gives the old holder AWSPREVIOUS and takes it from the version that had it", () => {
    const driver = new Driver();
    const [v0, v1] = secretWithVersions(driver, undefined, undefined);
    const v2 = secretWithVersionsAppend(driver, ["AWSPENDING"]);
    expect(stages(driver)).toEqual({ [v0!]: ["AWSPREVIOUS"], [v1!]: ["AWSCURRENT"], [v2]: ["AWSPENDING"] });
    move(driver, "AWSCURRENT", v1, v2);
    expect(stages(driver)).toEqual({ [v1!]: ["AWSPREVIOUS"], [v2]: ["AWSCURRENT", "AWSPENDING"] });
    expect(driver.ok("GetSecretValue", { SecretId: "app/db" }).VersionId).toBe(v2);
  });

  it("moving AWSCURRENT back onto the AWSPREVIOUS holder swaps the two labels (revert)", () => {
    const driver = new Driver();
    const [v0, v1] = secretWithVersions(driver, undefined, undefined);
    move(driver, "AWSCURRENT", v1, v0);
    expect(stages(driver)).toEqual({ [v0!]: ["AWSCURRENT"], [v1!]: ["AWSPREVIOUS"] });
  });

  it("moving AWSCURRENT keeps custom labels on both versions", () => {
    const driver = new Driver();
    const [a, b] = secretWithVersions(driver, undefined, ["PUT2"]);
    move(driver, "PUT1", undefined, a);
    move(driver, "AWSCURRENT", a, b);
    expect(stages(driver)).toEqual({ [a!]: ["AWSPREVIOUS", "PUT1"], [b!]: ["AWSCURRENT", "PUT2"] });
  });

  it("moving a label to the version that has it succeeds and returns the same state", () => {
    const driver = new Driver();
    const [a] = secretWithVersions(driver, undefined);
    const before = driver.state;
    const result = driver.call("UpdateSecretVersionStage", { SecretId: "app/db", VersionStage: "AWSCURRENT", MoveToVersionId: a! });
    expect(result.ok).toBe(true);
    expect(result.state).toBe(before);
  });

  it("moves AWSCURRENT without RemoveFromVersionId when no version has it", () => {
    const driver = new Driver();
    driver.ok("CreateSecret", { Name: "app/db" });
    const stub = driver.token();
    addPendingStub(driver, "app/db", stub);
    move(driver, "AWSCURRENT", undefined, stub);
    expect(stages(driver)).toEqual({ [stub]: ["AWSCURRENT", "AWSPENDING"] });
    expect(failingCall(driver, "GetSecretValue", { SecretId: "app/db" })).toEqual({
      code: "ResourceNotFoundException",
      message: "Secrets Manager can't find the specified secret value for staging label: AWSCURRENT",
    });
  });

  it("on a secret scheduled for deletion fails with InvalidRequestException", () => {
    const driver = new Driver();
    const [a] = secretWithVersions(driver, undefined);
    scheduleDeletion(driver, "app/db");
    const error = failingCall(driver, "UpdateSecretVersionStage", { SecretId: "app/db", VersionStage: "X", MoveToVersionId: a! });
    expect(error).toEqual(MARKED_FOR_DELETION);
  });
});

function secretWithVersionsAppend(driver: Driver, VersionStages: string[]): string {
  const ClientRequestToken = driver.token();
  driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "next", ClientRequestToken, VersionStages });
  return ClientRequestToken;
}
