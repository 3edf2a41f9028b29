// UpdateSecret's KmsKeyId: "the KMS key that Secrets Manager uses to encrypt new
// secret versions as well as any existing versions with the staging labels
// AWSCURRENT, AWSPENDING, or AWSPREVIOUS"; an empty string reverts to aws/secretsmanager.
import { describe, expect, it } from "vitest";
import { Driver } from "../../../src/index.ts";

function threeVersions(driver: Driver) {
  const tokens = [driver.token(), driver.token(), driver.token()] as const;
  driver.ok("CreateSecret", { Name: "app/db", SecretString: "v1", ClientRequestToken: tokens[0] });
  driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "v2", ClientRequestToken: tokens[1] });
  driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "v3", ClientRequestToken: tokens[2] });
  return tokens;
}

function keysByVersion(driver: Driver): Record<string, string[]> {
  const listed = driver.ok("ListSecretVersionIds", { SecretId: "app/db", IncludeDeprecated: true });
  return Object.fromEntries(listed.Versions.map((v) => [v.VersionId, v.KmsKeyIds]));
}

describe("UpdateSecret with KmsKeyId", () => {
  it("alone creates no version and answers without VersionId", () => {
    const driver = new Driver();
    threeVersions(driver);
    const updated = driver.ok("UpdateSecret", { SecretId: "app/db", KmsKeyId: "alias/new" });
    expect(updated).toEqual({ ARN: expect.any(String), Name: "app/db" });
    expect(Object.keys(keysByVersion(driver))).toHaveLength(3);
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).KmsKeyId).toBe("alias/new");
  });

  it("re-encrypts the AWSCURRENT and AWSPREVIOUS versions but not a deprecated one", () => {
    const driver = new Driver();
    const [first, second, third] = threeVersions(driver);
    driver.ok("UpdateSecret", { SecretId: "app/db", KmsKeyId: "alias/new" });
    expect(keysByVersion(driver)).toEqual({
      [first]: ["DefaultEncryptionKey"],
      [second]: ["alias/new"],
      [third]: ["alias/new"],
    });
  });

  it("is used for the versions written afterwards", () => {
    const driver = new Driver();
    threeVersions(driver);
    driver.ok("UpdateSecret", { SecretId: "app/db", KmsKeyId: "alias/new" });
    const token = driver.token();
    driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "v4", ClientRequestToken: token });
    expect(keysByVersion(driver)[token]).toEqual(["alias/new"]);
  });

  it("together with a value encrypts the new version with the new key", () => {
    const driver = new Driver();
    threeVersions(driver);
    const token = driver.token();
    driver.ok("UpdateSecret", { SecretId: "app/db", KmsKeyId: "alias/new", SecretString: "v4", ClientRequestToken: token });
    expect(keysByVersion(driver)[token]).toEqual(["alias/new"]);
  });

  it("set to an empty string reverts to the AWS managed key: DescribeSecret omits KmsKeyId", () => {
    const driver = new Driver();
    const token = driver.token();
    driver.ok("CreateSecret", { Name: "app/db", KmsKeyId: "alias/old", SecretString: "v1", ClientRequestToken: token });
    driver.ok("UpdateSecret", { SecretId: "app/db", KmsKeyId: "" });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" })).not.toHaveProperty("KmsKeyId");
    expect(keysByVersion(driver)).toEqual({ [token]: ["DefaultEncryptionKey"] });
  });
});
