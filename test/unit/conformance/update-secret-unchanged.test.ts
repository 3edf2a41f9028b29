// UpdateSecret members that leave the secret as it is (DEVIATIONS.md: "UpdateSecret
// with nothing to change answers success and changes nothing (LastChangedDate kept)"),
// and Description "" (DEVIATIONS.md: it removes the description).
import { describe, expect, it } from "vitest";
import { Driver } from "../../../src/index.ts";

const HOUR = 60 * 60 * 1000;

function secret(driver: Driver, extra: { Description?: string; KmsKeyId?: string } = {}) {
  const token = driver.token();
  driver.ok("CreateSecret", { Name: "app/db", SecretString: "v1", ClientRequestToken: token, ...extra });
  driver.advance(HOUR);
  return token;
}

describe("UpdateSecret that changes nothing", () => {
  it("with the Description the secret already has keeps LastChangedDate and returns the same state", () => {
    const driver = new Driver();
    secret(driver, { Description: "the database" });
    const before = driver.state;
    const result = driver.call("UpdateSecret", { SecretId: "app/db", Description: "the database" });
    expect(result.ok).toBe(true);
    expect(result.state).toBe(before);
  });

  it("with an empty Description on a secret without one returns the same state", () => {
    const driver = new Driver();
    secret(driver);
    const before = driver.state;
    expect(driver.call("UpdateSecret", { SecretId: "app/db", Description: "" }).state).toBe(before);
  });

  it("with the KmsKeyId its current versions already use returns the same state", () => {
    const driver = new Driver();
    secret(driver, { KmsKeyId: "alias/app" });
    const before = driver.state;
    expect(driver.call("UpdateSecret", { SecretId: "app/db", KmsKeyId: "alias/app" }).state).toBe(before);
  });

  it("with the secret's KmsKeyId still re-encrypts a labelled version written under another key", () => {
    const driver = new Driver();
    const first = secret(driver);
    // Two more values leave the first version label-less, so the new key passes it by.
    driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "v2", ClientRequestToken: driver.token() });
    driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "v3", ClientRequestToken: driver.token() });
    driver.ok("UpdateSecret", { SecretId: "app/db", KmsKeyId: "alias/app" });
    driver.ok("UpdateSecretVersionStage", { SecretId: "app/db", VersionStage: "AWSPENDING", MoveToVersionId: first });
    const pending = driver.ok("ListSecretVersionIds", { SecretId: "app/db" }).Versions.find((v) => v.VersionId === first);
    expect(pending?.KmsKeyIds).toEqual(["DefaultEncryptionKey"]);
    driver.advance(HOUR);
    const before = driver.state;
    const result = driver.call("UpdateSecret", { SecretId: "app/db", KmsKeyId: "alias/app" });
    expect(result.state).not.toBe(before);
    const listed = driver.ok("ListSecretVersionIds", { SecretId: "app/db" }).Versions;
    expect(listed.find((v) => v.VersionId === first)?.KmsKeyIds).toEqual(["alias/app"]);
  });

  it("with a new Description sets it and moves LastChangedDate to the time of the call", () => {
    const driver = new Driver();
    secret(driver, { Description: "old" });
    driver.ok("UpdateSecret", { SecretId: "app/db", Description: "new" });
    const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
    expect(described.Description).toBe("new");
    expect(described.LastChangedDate).toBe(driver.now);
  });
});

describe("UpdateSecret with an empty Description", () => {
  it("removes the description: DescribeSecret has no Description member, and LastChangedDate moves", () => {
    const driver = new Driver();
    secret(driver, { Description: "old" });
    driver.ok("UpdateSecret", { SecretId: "app/db", Description: "" });
    const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
    expect(described).not.toHaveProperty("Description");
    expect(described.LastChangedDate).toBe(driver.now);
  });
});
