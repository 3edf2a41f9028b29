// The version write path copies a secret's versions itself instead of letting immer
// draft them (src/core/rules/own-versions.ts). These tests pin what that must keep:
// creation order across many writes, the stub a rotation leaves, pruning (docs/semantics/versions-and-labels.md#pruning-of-deprecated-versions),
// and a deeply frozen state.
import { describe, expect, it } from "vitest";
import { DAY_MS, Driver, type VersionId } from "../../../src/index.ts";
import { LAMBDA_ARN } from "../../rotation/support.ts";
import { addPendingStub, secretOf } from "../support/secret-state.ts";

const versionIds = (driver: Driver) => Object.keys(secretOf(driver, "app/db").versions);

function put(driver: Driver, extra: { VersionStages?: string[] } = {}): string {
  const ClientRequestToken = driver.token();
  driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: ClientRequestToken, ClientRequestToken, ...extra });
  return ClientRequestToken;
}

/** app/db with 100 versions written now, oldest first. */
function hundredVersions(driver: Driver): string[] {
  const first = driver.token();
  driver.ok("CreateSecret", { Name: "app/db", SecretString: "c", ClientRequestToken: first });
  return [first, ...Array.from({ length: 99 }, () => put(driver))];
}

/** Every object reachable from `value` that is not frozen, by path. */
function unfrozen(value: unknown, path = "state"): string[] {
  if (value === null || typeof value !== "object") return [];
  const own = Object.isFrozen(value) ? [] : [path];
  return own.concat(Object.entries(value).flatMap(([key, child]) => unfrozen(child, `${path}.${key}`)));
}

describe("Version writes", () => {
  it("PutSecretValue each day on a secret of 100 versions removes the then-oldest label-less version every time", () => {
    const driver = new Driver();
    const ids = hundredVersions(driver);
    for (let day = 1; day <= 5; day++) {
      driver.advance(DAY_MS);
      ids.push(put(driver));
      ids.shift();
      expect(versionIds(driver)).toEqual(ids);
    }
    const listed = driver.ok("ListSecretVersionIds", { SecretId: "app/db", IncludeDeprecated: true, MaxResults: 100 });
    expect(listed.Versions.map((v) => v.VersionId)).toEqual(ids);
  });

  it("PutSecretValue with VersionStages skips an old labelled version and prunes the next one", () => {
    const driver = new Driver();
    const ids = hundredVersions(driver);
    driver.ok("UpdateSecretVersionStage", { SecretId: "app/db", VersionStage: "KEEP", MoveToVersionId: ids[0]! });
    driver.advance(DAY_MS);
    const added = put(driver, { VersionStages: ["NEXT"] });
    expect(versionIds(driver)).toEqual([ids[0], ...ids.slice(2), added]);
  });

  it("PutSecretValue that fills a rotation's AWSPENDING stub keeps the stub's place and CreatedDate", () => {
    const driver = new Driver();
    const first = driver.token();
    driver.ok("CreateSecret", { Name: "app/db", SecretString: "c", ClientRequestToken: first });
    const stub = driver.token();
    addPendingStub(driver, "app/db", stub);
    const created = driver.now;
    const later = put(driver);
    driver.advance(DAY_MS);
    driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "rotated", ClientRequestToken: stub, VersionStages: ["AWSPENDING"] });
    expect(versionIds(driver)).toEqual([first, stub, later]);
    const version = secretOf(driver, "app/db").versions[stub]!;
    expect(version.CreatedDate).toBe(created);
    expect(version.value).toEqual({ kind: "string", SecretString: "rotated" });
  });

  it("RotateSecret on a secret of 100 versions a day old prunes the oldest label-less version for its AWSPENDING version", () => {
    const driver = new Driver();
    const ids = hundredVersions(driver);
    driver.advance(DAY_MS);
    const token = driver.token();
    driver.ok("RotateSecret", { SecretId: "app/db", ClientRequestToken: token, RotationLambdaARN: LAMBDA_ARN, RotateImmediately: true });
    expect(versionIds(driver)).toEqual([...ids.slice(1), token]);
    // The next put sees the ids as the rotation left them.
    driver.advance(DAY_MS);
    const added = put(driver);
    expect(versionIds(driver)).toEqual([...ids.slice(2), token, added]);
  });

  it("PutSecretValue leaves every object of the state frozen, pruned or not", () => {
    const driver = new Driver();
    hundredVersions(driver);
    expect(unfrozen(driver.state)).toEqual([]);
    driver.advance(DAY_MS);
    const added = put(driver) as VersionId;
    expect(secretOf(driver, "app/db").versions[added]).toBeDefined();
    expect(unfrozen(driver.state)).toEqual([]);
  });

  it("a PutSecretValue refused for the version quota returns the very same state", () => {
    const driver = new Driver();
    hundredVersions(driver);
    const before = driver.state;
    const result = driver.call("PutSecretValue", { SecretId: "app/db", SecretString: "x", ClientRequestToken: driver.token() });
    expect(result.ok).toBe(false);
    expect(result.state).toBe(before);
  });
});
