// Version pruning. AWS doc (PutSecretValue): "Secrets Manager keeps 100 of the most
// recent versions, but it keeps all secret versions created in the last 24 hours";
// labelled versions are never removed (docs/semantics/versions-and-labels.md#pruning-of-deprecated-versions).
import { describe, expect, it } from "vitest";
import { DAY_MS, Driver, HOUR_MS } from "../../../src/index.ts";
import { failingCall } from "../support/failing-call.ts";
import { secretOf } from "../support/secret-state.ts";

const TOO_MANY_VERSIONS = {
  code: "LimitExceededException",
  message:
    "You can't create more versions of this secret: it has 100 versions and none of its unlabelled versions is older than 24 hours.",
};

function putValues(driver: Driver, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const ClientRequestToken = driver.token();
    driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: `p${i}`, ClientRequestToken });
    return ClientRequestToken;
  });
}

/** app/db with 100 versions, all written now: the first by CreateSecret, 99 by PutSecretValue. */
function hundredVersions(driver: Driver): string[] {
  const first = driver.token();
  driver.ok("CreateSecret", { Name: "app/db", SecretString: "c", ClientRequestToken: first });
  return [first, ...putValues(driver, 99)];
}

const versionIds = (driver: Driver) => Object.keys(secretOf(driver, "app/db").versions);

describe("Version pruning", () => {
  it("keeps label-less versions while there are no more than 100", () => {
    const driver = new Driver();
    const tokens = hundredVersions(driver);
    driver.advance(2 * DAY_MS);
    const listed = driver.ok("ListSecretVersionIds", { SecretId: "app/db", IncludeDeprecated: true, MaxResults: 100 });
    expect(listed.Versions.map((v) => v.VersionId)).toEqual(tokens);
  });

  it("removes the oldest label-less version older than 24 hours when a write makes 101", () => {
    const driver = new Driver();
    const tokens = hundredVersions(driver);
    driver.advance(DAY_MS);
    const [newest] = putValues(driver, 1);
    expect(versionIds(driver)).toEqual([...tokens.slice(1), newest]);
  });

  it("answers GetSecretValue for a pruned version with InvalidRequestException 'because it was deleted'", () => {
    const driver = new Driver();
    const [oldest] = hundredVersions(driver);
    driver.advance(DAY_MS);
    putValues(driver, 1);
    expect(failingCall(driver, "GetSecretValue", { SecretId: "app/db", VersionId: oldest! })).toEqual({
      code: "InvalidRequestException",
      message: `You can't perform this operation on secret version ${oldest} because it was deleted.`,
    });
  });

  it("refuses to reuse the token of a pruned version", () => {
    const driver = new Driver();
    const [oldest] = hundredVersions(driver);
    driver.advance(DAY_MS);
    putValues(driver, 1);
    const error = failingCall(driver, "PutSecretValue", { SecretId: "app/db", SecretString: "c", ClientRequestToken: oldest! });
    expect(error).toEqual({
      code: "InvalidRequestException",
      message: `You can't perform this operation on secret version ${oldest} because it was deleted.`,
    });
  });

  it("never removes a labelled version, however old", () => {
    const driver = new Driver();
    const tokens = hundredVersions(driver);
    driver.ok("UpdateSecretVersionStage", { SecretId: "app/db", VersionStage: "KEEP", MoveToVersionId: tokens[0]! });
    driver.advance(DAY_MS);
    putValues(driver, 1);
    expect(versionIds(driver)).toContain(tokens[0]);
    expect(versionIds(driver)).not.toContain(tokens[1]);
  });

  it("fails the write with LimitExceededException and the same state when every version is younger than 24 hours", () => {
    const driver = new Driver();
    hundredVersions(driver);
    driver.advance(DAY_MS - 1);
    const request = { SecretId: "app/db", SecretString: "one too many", ClientRequestToken: driver.token() };
    expect(failingCall(driver, "PutSecretValue", request)).toEqual(TOO_MANY_VERSIONS);
    expect(failingCall(driver, "UpdateSecret", request)).toEqual(TOO_MANY_VERSIONS);
  });

  it("never removes a version younger than 24 hours: old ones go first, then writes fail", () => {
    const driver = new Driver();
    driver.ok("CreateSecret", { Name: "app/db" });
    const old = putValues(driver, 50);
    driver.advance(DAY_MS + HOUR_MS);
    const young = putValues(driver, 50);
    const younger = putValues(driver, 50);
    expect(versionIds(driver)).toEqual([...young, ...younger]);
    expect(versionIds(driver)).not.toContain(old[49]);
    const request = { SecretId: "app/db", SecretString: "x", ClientRequestToken: driver.token() };
    expect(failingCall(driver, "PutSecretValue", request)).toEqual(TOO_MANY_VERSIONS);
  });
});
