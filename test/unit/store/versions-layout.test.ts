// The layout of a secret's versions (src/core/store/versions.ts): a write of one version
// shares every other version, keeps the list short, finds every pruned id, and is a few
// changes in the state file's journal.
import { describe, expect, it } from "vitest";
import { DAY_MS, Driver, HOUR_MS, stateToJson, versionIds, wasPruned, type Secret } from "../../../src/index.ts";
import { prunedIds } from "../../../src/core/store/versions.ts";
import { isBranch, withPruned, NO_PRUNED_IDS, isPruned, prunedEntries } from "../../../src/core/store/pruned-ids.ts";
import { changesBetween } from "../../../src/server/journal.ts";
import { secretOf } from "../support/secret-state.ts";

/** app/db with 100 versions written a day before the driver's clock. */
function secretOf100(): Driver {
  const driver = new Driver();
  driver.ok("CreateSecret", { Name: "app/db", SecretString: "v0", ClientRequestToken: driver.token() });
  for (let v = 1; v < 100; v++) driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: `v${v}`, ClientRequestToken: driver.token() });
  driver.advance(DAY_MS);
  return driver;
}

const put = (driver: Driver) => driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "new", ClientRequestToken: driver.token() });

describe("a secret's versions", () => {
  it("PutSecretValue that prunes one of 100 versions shares every other version object with the state before", () => {
    const driver = secretOf100();
    const before = secretOf(driver, "app/db");
    put(driver);
    const after = secretOf(driver, "app/db");
    const kept = before.versions.list.filter((version) => version !== null && after.versions.list.includes(version));
    expect(kept.length).toBe(99);
    expect(versionIds(after.versions)).toHaveLength(100);
  });

  it("keep their creation order, and no more than twice their number of places, over 500 puts a day apart", () => {
    const driver = secretOf100();
    const written: string[] = [];
    for (let i = 0; i < 500; i++) {
      driver.advance(HOUR_MS);
      written.push(put(driver).VersionId);
    }
    const secret: Secret = secretOf(driver, "app/db");
    expect(versionIds(secret.versions)).toEqual(written.slice(-100));
    expect(secret.versions.list.length).toBeLessThanOrEqual(2 * 100 + 32);
    expect(prunedIds(secret.versions)).toHaveLength(500);
  });

  it("a put that prunes is a few changes in the state file's journal, not the secret's versions again", () => {
    const driver = secretOf100();
    const before = stateToJson(driver.state);
    put(driver);
    const changes = changesBetween(before, stateToJson(driver.state));
    expect(changes.length).toBeLessThanOrEqual(12);
    expect(JSON.stringify(changes).length).toBeLessThan(3000);
  });
});

describe("the pruned ids", () => {
  const ids = Array.from({ length: 2000 }, (_, i) => `${String(i).padStart(8, "0")}-0000-4000-8000-000000000000`);

  it("are all found once 2,000 were pruned, filed in a trie of small leaves, and no other id is", () => {
    const root = ids.reduce((trie, id) => withPruned(trie, id), NO_PRUNED_IDS as ReturnType<typeof withPruned>);
    expect(isBranch(root)).toBe(true);
    expect(ids.every((id) => isPruned(root, id))).toBe(true);
    expect(isPruned(root, "ffffffff-0000-4000-8000-000000000000")).toBe(false);
    expect([...prunedEntries(root)]).toHaveLength(2000);
  });

  it("answer GetSecretValue with 'was deleted' for a pruned VersionId", () => {
    const driver = secretOf100();
    const first = versionIds(secretOf(driver, "app/db").versions)[0]!;
    put(driver);
    expect(wasPruned(secretOf(driver, "app/db").versions, first)).toBe(true);
    expect(driver.call("GetSecretValue", { SecretId: "app/db", VersionId: first })).toMatchObject({
      ok: false,
      error: { code: "InvalidRequestException" },
    });
  });
});
