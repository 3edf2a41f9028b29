import { describe, expect, it } from "vitest";
import { Driver } from "../../../src/index.ts";
import { MARKED_FOR_DELETION, MISSING_TOKEN, SECRET_NOT_FOUND, failingCall } from "../support/failing-call.ts";
import { scheduleDeletion } from "../support/secret-state.ts";

function secretWithValue(driver: Driver, stages?: string[]) {
  const token = driver.token();
  driver.ok("CreateSecret", { Name: "app/db", SecretString: "v1", ClientRequestToken: token });
  if (stages) {
    // Re-stage the first version: a custom label next to AWSCURRENT.
    for (const VersionStage of stages) {
      driver.ok("UpdateSecretVersionStage", { SecretId: "app/db", VersionStage, MoveToVersionId: token });
    }
  }
  return token;
}

function put(driver: Driver, SecretString: string, VersionStages?: string[]) {
  const ClientRequestToken = driver.token();
  const request = { SecretId: "app/db", SecretString, ClientRequestToken, ...(VersionStages && { VersionStages }) };
  const response = driver.ok("PutSecretValue", request);
  return { token: ClientRequestToken, response };
}

function stages(driver: Driver): Record<string, string[]> {
  const byVersion = driver.ok("DescribeSecret", { SecretId: "app/db" }).VersionIdsToStages ?? {};
  return Object.fromEntries(Object.entries(byVersion).map(([id, labels]) => [id, [...labels].sort()]));
}

describe("PutSecretValue", () => {
  it("without VersionStages makes the new version AWSCURRENT and the old one AWSPREVIOUS", () => {
    const driver = new Driver();
    const first = secretWithValue(driver);
    const created = driver.now;
    driver.advance(1000);
    const { token, response } = put(driver, "v2");
    expect(response).toEqual({ ARN: expect.any(String), Name: "app/db", VersionId: token, VersionStages: ["AWSCURRENT"] });
    expect(stages(driver)).toEqual({ [first]: ["AWSPREVIOUS"], [token]: ["AWSCURRENT"] });
    const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
    expect(described.LastChangedDate).toBe(created + 1000);
    expect(described.CreatedDate).toBe(created);
  });

  it("with VersionStages AWSPENDING leaves AWSCURRENT where it was", () => {
    const driver = new Driver();
    const first = secretWithValue(driver);
    const { token, response } = put(driver, "v2", ["AWSPENDING"]);
    expect(response.VersionStages).toEqual(["AWSPENDING"]);
    expect(stages(driver)).toEqual({ [first]: ["AWSCURRENT"], [token]: ["AWSPENDING"] });
    expect(driver.ok("GetSecretValue", { SecretId: "app/db" }).SecretString).toBe("v1");
  });

  it("with custom VersionStages attaches them all and leaves AWSCURRENT alone", () => {
    const driver = new Driver();
    const first = secretWithValue(driver);
    const { token, response } = put(driver, "v2", ["SAMPLESTAGE1", "SAMPLESTAGE0"]);
    expect([...response.VersionStages].sort()).toEqual(["SAMPLESTAGE0", "SAMPLESTAGE1"]);
    expect(stages(driver)).toEqual({ [first]: ["AWSCURRENT"], [token]: ["SAMPLESTAGE0", "SAMPLESTAGE1"] });
  });

  it("moves a label off the version that had it; that version keeps its other labels", () => {
    const driver = new Driver();
    const first = secretWithValue(driver);
    const a = put(driver, "v2", ["one", "two", "three"]).token;
    const b = put(driver, "v3", ["one", "two", "four"]).token;
    expect(stages(driver)).toEqual({ [first]: ["AWSCURRENT"], [a]: ["three"], [b]: ["four", "one", "two"] });
  });

  it("leaves a version whose labels all moved away deprecated but still listed with IncludeDeprecated", () => {
    const driver = new Driver();
    secretWithValue(driver);
    const a = put(driver, "v2", ["one"]).token;
    put(driver, "v3", ["one"]);
    expect(stages(driver)).not.toHaveProperty(a);
    const listed = driver.ok("ListSecretVersionIds", { SecretId: "app/db", IncludeDeprecated: true });
    expect(listed.Versions.find((v) => v.VersionId === a)).not.toHaveProperty("VersionStages");
  });

  it("on a secret without versions answers VersionStages AWSCURRENT", () => {
    const driver = new Driver();
    driver.ok("CreateSecret", { Name: "app/db" });
    expect(put(driver, "v1").response.VersionStages).toEqual(["AWSCURRENT"]);
  });

  it("on a secret without versions adds AWSCURRENT to the first version even when VersionStages lacks it", () => {
    const driver = new Driver();
    driver.ok("CreateSecret", { Name: "app/db" });
    const { token, response } = put(driver, "v1", ["INITIAL"]);
    expect([...response.VersionStages].sort()).toEqual(["AWSCURRENT", "INITIAL"]);
    expect(driver.ok("GetSecretValue", { SecretId: "app/db" }).VersionId).toBe(token);
  });

  it("moving AWSCURRENT keeps custom labels on the old current version, which gains AWSPREVIOUS", () => {
    const driver = new Driver();
    driver.ok("CreateSecret", { Name: "app/db" });
    const first = put(driver, "v1", ["INITIAL"]).token;
    const second = put(driver, "v2").token;
    expect(stages(driver)).toEqual({ [first]: ["AWSPREVIOUS", "INITIAL"], [second]: ["AWSCURRENT"] });
  });

  it("moving AWSCURRENT takes AWSPENDING off the old current version", () => {
    const driver = new Driver();
    const first = secretWithValue(driver, ["AWSPENDING"]);
    expect(stages(driver)).toEqual({ [first]: ["AWSCURRENT", "AWSPENDING"] });
    const second = put(driver, "v2").token;
    expect(stages(driver)).toEqual({ [first]: ["AWSPREVIOUS"], [second]: ["AWSCURRENT"] });
  });

  it("with VersionStages AWSCURRENT and a custom label gives the old current only AWSPREVIOUS", () => {
    const driver = new Driver();
    const first = secretWithValue(driver);
    const second = put(driver, "v2", ["AWSCURRENT", "PUT0"]).token;
    expect(stages(driver)).toEqual({ [first]: ["AWSPREVIOUS"], [second]: ["AWSCURRENT", "PUT0"] });
  });

  it("treats VersionStages named like Object.prototype keys as plain labels", () => {
    const driver = new Driver();
    const first = secretWithValue(driver);
    const a = put(driver, "v2", ["__proto__", "constructor"]).token;
    const b = put(driver, "v3", ["__proto__"]).token;
    expect(stages(driver)).toEqual({ [first]: ["AWSCURRENT"], [a]: ["constructor"], [b]: ["__proto__"] });
    expect(driver.ok("GetSecretValue", { SecretId: "app/db", VersionStage: "__proto__" }).SecretString).toBe("v3");
  });

  it("with a VersionStages list of 21 labels fails with ValidationException", () => {
    const driver = new Driver();
    secretWithValue(driver);
    const VersionStages = Array.from({ length: 21 }, (_, i) => `L${i}`);
    const request = { SecretId: "app/db", SecretString: "x", ClientRequestToken: driver.token(), VersionStages };
    const error = failingCall(driver, "PutSecretValue", request);
    expect(error.code).toBe("ValidationException");
    expect(error.message).toMatch(/^1 validation error detected: Value '.*' at 'versionStages' failed to satisfy constraint: /);
    expect(error.message).toMatch(/Member must have length less than or equal to 20$/);
  });

  it("with an empty label in VersionStages fails with ValidationException naming the whole list", () => {
    const driver = new Driver();
    secretWithValue(driver);
    const request = { SecretId: "app/db", SecretString: "x", ClientRequestToken: driver.token(), VersionStages: ["AWSCURRENT", ""] };
    expect(failingCall(driver, "PutSecretValue", request)).toEqual({
      code: "ValidationException",
      message:
        "1 validation error detected: Value '[AWSCURRENT, ]' at 'versionStages' failed to satisfy constraint: Member must satisfy constraint: " +
        "[Member must have length less than or equal to 256, Member must have length greater than or equal to 1]",
    });
  });

  it("with neither SecretString nor SecretBinary fails with InvalidRequestException", () => {
    const driver = new Driver();
    secretWithValue(driver);
    expect(failingCall(driver, "PutSecretValue", { SecretId: "app/db", ClientRequestToken: driver.token() })).toEqual({
      code: "InvalidRequestException",
      message: "You must provide either SecretString or SecretBinary.",
    });
  });

  it("without ClientRequestToken fails with InvalidRequestException", () => {
    const driver = new Driver();
    secretWithValue(driver);
    expect(failingCall(driver, "PutSecretValue", { SecretId: "app/db", SecretString: "v2" })).toEqual(MISSING_TOKEN);
  });

  it("never creates a secret: an unknown SecretId fails with ResourceNotFoundException", () => {
    const driver = new Driver();
    expect(failingCall(driver, "PutSecretValue", { SecretId: "app/db", SecretString: "v", ClientRequestToken: driver.token() })).toEqual(
      SECRET_NOT_FOUND,
    );
  });

  it("on a secret scheduled for deletion fails with InvalidRequestException", () => {
    const driver = new Driver();
    secretWithValue(driver);
    scheduleDeletion(driver, "app/db");
    expect(failingCall(driver, "PutSecretValue", { SecretId: "app/db", SecretString: "v", ClientRequestToken: driver.token() })).toEqual(
      MARKED_FOR_DELETION,
    );
  });
});
