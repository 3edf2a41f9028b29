import { describe, expect, it } from "vitest";
import { Driver } from "../../../src/index.ts";
import { SECRET_NOT_FOUND, failingCall } from "../support/failing-call.ts";

/** app/db with `count` versions; the last two carry AWSCURRENT and AWSPREVIOUS. */
function secretWithVersions(driver: Driver, count: number, KmsKeyId?: string): string[] {
  const tokens = Array.from({ length: count }, () => driver.token());
  driver.ok("CreateSecret", { Name: "app/db", SecretString: "v0", ClientRequestToken: tokens[0]!, ...(KmsKeyId && { KmsKeyId }) });
  tokens.slice(1).forEach((ClientRequestToken, i) => {
    driver.advance(1000);
    driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: `v${i + 1}`, ClientRequestToken });
  });
  return tokens;
}

describe("ListSecretVersionIds", () => {
  it("lists only labelled versions by default, with ARN and Name", () => {
    const driver = new Driver();
    const [, v1, v2] = secretWithVersions(driver, 3);
    const listed = driver.ok("ListSecretVersionIds", { SecretId: "app/db" });
    expect(listed).toEqual({
      ARN: expect.stringContaining(":secret:app/db-"),
      Name: "app/db",
      Versions: [
        { VersionId: v1, VersionStages: ["AWSPREVIOUS"], CreatedDate: driver.now - 1000, KmsKeyIds: ["DefaultEncryptionKey"] },
        { VersionId: v2, VersionStages: ["AWSCURRENT"], CreatedDate: driver.now, KmsKeyIds: ["DefaultEncryptionKey"] },
      ],
    });
    expect(listed).not.toHaveProperty("NextToken");
  });

  it("with IncludeDeprecated adds label-less versions, whose entries have no VersionStages key", () => {
    const driver = new Driver();
    const [v0, v1, v2] = secretWithVersions(driver, 3);
    const listed = driver.ok("ListSecretVersionIds", { SecretId: "app/db", IncludeDeprecated: true });
    expect(listed.Versions.map((v) => v.VersionId)).toEqual([v0, v1, v2]);
    expect(listed.Versions[0]).toStrictEqual({ VersionId: v0, CreatedDate: driver.now - 2000, KmsKeyIds: ["DefaultEncryptionKey"] });
  });

  it("answers KmsKeyIds with the secret's key when one is set", () => {
    const driver = new Driver();
    secretWithVersions(driver, 2, "arn:aws:kms:us-east-1:123456789012:key/k1");
    const listed = driver.ok("ListSecretVersionIds", { SecretId: "app/db" });
    expect(listed.Versions.map((v) => v.KmsKeyIds)).toEqual([
      ["arn:aws:kms:us-east-1:123456789012:key/k1"],
      ["arn:aws:kms:us-east-1:123456789012:key/k1"],
    ]);
  });

  it("of a secret without versions answers an empty list", () => {
    const driver = new Driver();
    driver.ok("CreateSecret", { Name: "app/db" });
    expect(driver.ok("ListSecretVersionIds", { SecretId: "app/db", IncludeDeprecated: true }).Versions).toEqual([]);
  });

  it("returns the same state object: listing changes nothing", () => {
    const driver = new Driver();
    secretWithVersions(driver, 2);
    const before = driver.state;
    expect(driver.call("ListSecretVersionIds", { SecretId: "app/db" }).state).toBe(before);
  });

  it("of an unknown secret fails with ResourceNotFoundException", () => {
    const driver = new Driver();
    expect(failingCall(driver, "ListSecretVersionIds", { SecretId: "app/db" })).toEqual(SECRET_NOT_FOUND);
  });

  it.each([0, 101])("with MaxResults %i fails with ValidationException", (MaxResults) => {
    const driver = new Driver();
    secretWithVersions(driver, 1);
    const error = failingCall(driver, "ListSecretVersionIds", { SecretId: "app/db", MaxResults });
    expect(error.code).toBe("ValidationException");
    expect(error.message).toMatch(new RegExp(`^1 validation error detected: Value '${MaxResults}' at 'maxResults' failed to satisfy constraint`));
  });
});
