import { describe, expect, it } from "vitest";
import { Driver } from "../../../src/index.ts";
import { INVALID_NAME, MARKED_FOR_DELETION, SECRET_NOT_FOUND, failingCall } from "../support/failing-call.ts";
import { scheduleDeletion } from "../support/secret-state.ts";

/** app/db with v1 (AWSPREVIOUS) and v2 (AWSCURRENT), written a minute apart. */
function twoVersions(driver: Driver) {
  const v1 = driver.token();
  const v2 = driver.token();
  const { ARN } = driver.ok("CreateSecret", { Name: "app/db", SecretString: "one", ClientRequestToken: v1 });
  driver.advance(60_000);
  driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "two", ClientRequestToken: v2 });
  return { ARN, v1, v2 };
}

const unknownId = "ffffffff-ffff-ffff-ffff-ffffffffffff";

describe("GetSecretValue", () => {
  it("without VersionId or VersionStage answers the AWSCURRENT version, with that version's CreatedDate", () => {
    const driver = new Driver();
    const { ARN, v2 } = twoVersions(driver);
    const written = driver.now;
    driver.advance(60_000);
    expect(driver.ok("GetSecretValue", { SecretId: "app/db" })).toEqual({
      ARN,
      Name: "app/db",
      VersionId: v2,
      SecretString: "two",
      VersionStages: ["AWSCURRENT"],
      CreatedDate: written,
    });
  });

  it("with VersionStage answers the version that carries the label", () => {
    const driver = new Driver();
    const { v1 } = twoVersions(driver);
    const read = driver.ok("GetSecretValue", { SecretId: "app/db", VersionStage: "AWSPREVIOUS" });
    expect(read).toMatchObject({ VersionId: v1, SecretString: "one", VersionStages: ["AWSPREVIOUS"] });
  });

  it("with VersionId answers that version", () => {
    const driver = new Driver();
    const { v1 } = twoVersions(driver);
    expect(driver.ok("GetSecretValue", { SecretId: "app/db", VersionId: v1 }).SecretString).toBe("one");
  });

  it("with VersionId and the VersionStage it carries answers that version", () => {
    const driver = new Driver();
    const { v2 } = twoVersions(driver);
    expect(driver.ok("GetSecretValue", { SecretId: "app/db", VersionId: v2, VersionStage: "AWSCURRENT" }).SecretString).toBe("two");
  });

  it.each(["AWSCURRENT", "AWSPENDING"])(
    "with a VersionId and a VersionStage (%s) it does not carry fails with InvalidRequestException",
    (VersionStage) => {
      const driver = new Driver();
      const { v1 } = twoVersions(driver);
      expect(failingCall(driver, "GetSecretValue", { SecretId: "app/db", VersionId: v1, VersionStage })).toEqual({
        code: "InvalidRequestException",
        message: "You provided a VersionStage that is not associated to the provided VersionId.",
      });
    },
  );

  it("with a VersionStage on no version fails with ResourceNotFoundException naming the label", () => {
    const driver = new Driver();
    twoVersions(driver);
    expect(failingCall(driver, "GetSecretValue", { SecretId: "app/db", VersionStage: "AWSPENDING" })).toEqual({
      code: "ResourceNotFoundException",
      message: "Secrets Manager can't find the specified secret value for staging label: AWSPENDING",
    });
  });

  it("with an unknown VersionId fails with ResourceNotFoundException naming the id", () => {
    const driver = new Driver();
    twoVersions(driver);
    expect(failingCall(driver, "GetSecretValue", { SecretId: "app/db", VersionId: unknownId })).toEqual({
      code: "ResourceNotFoundException",
      message: `Secrets Manager can't find the specified secret value for VersionId: ${unknownId}`,
    });
  });

  it("on a secret without versions fails with ResourceNotFoundException for AWSCURRENT", () => {
    const driver = new Driver();
    driver.ok("CreateSecret", { Name: "app/db" });
    expect(failingCall(driver, "GetSecretValue", { SecretId: "app/db" })).toEqual({
      code: "ResourceNotFoundException",
      message: "Secrets Manager can't find the specified secret value for staging label: AWSCURRENT",
    });
  });

  it("reads a deprecated version by VersionId and answers it without VersionStages", () => {
    const driver = new Driver();
    const { v1 } = twoVersions(driver);
    driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "three", ClientRequestToken: driver.token() });
    const read = driver.ok("GetSecretValue", { SecretId: "app/db", VersionId: v1 });
    expect(read.SecretString).toBe("one");
    expect(read).not.toHaveProperty("VersionStages");
  });

  it("on a secret scheduled for deletion fails with InvalidRequestException", () => {
    const driver = new Driver();
    twoVersions(driver);
    scheduleDeletion(driver, "app/db");
    expect(failingCall(driver, "GetSecretValue", { SecretId: "app/db" })).toEqual(MARKED_FOR_DELETION);
  });

  it("on an unknown secret fails with ResourceNotFoundException", () => {
    const driver = new Driver();
    expect(failingCall(driver, "GetSecretValue", { SecretId: "app/none" })).toEqual(SECRET_NOT_FOUND);
  });

  it("with a SecretId holding a space fails with ValidationException 'Invalid name'", () => {
    const driver = new Driver();
    expect(failingCall(driver, "GetSecretValue", { SecretId: "Inv Name" })).toEqual(INVALID_NAME);
  });
});
