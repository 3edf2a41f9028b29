import { describe, expect, it } from "vitest";
import { Driver, purgeDeletedSecrets, tableGet, type State } from "../../../src/index.ts";
import { isDueForPurge } from "../../../src/core/rules/purge-deleted.ts";

const START = Date.UTC(2026, 0, 1);
const DAY = 24 * 60 * 60 * 1000;

function create(driver: Driver, name: string): void {
  driver.ok("CreateSecret", { Name: name, SecretString: "v", ClientRequestToken: driver.token() });
}

function names(state: State, region = "us-east-1"): string[] {
  const secrets = state.regions[region]?.secrets;
  return ["a", "b", "c"].filter((name) => secrets !== undefined && tableGet(secrets, name) !== undefined);
}

describe("purgeDeletedSecrets", () => {
  it("returns the same state object when no recovery window has ended", () => {
    const driver = new Driver({ now: START });
    create(driver, "a");
    driver.ok("DeleteSecret", { SecretId: "a", RecoveryWindowInDays: 7 });
    const state = driver.state;
    expect(purgeDeletedSecrets(state, START + 7 * DAY - 1)).toBe(state);
  });

  it("removes a secret once its DeletionDate has come and keeps active and still recoverable ones", () => {
    const driver = new Driver({ now: START });
    for (const name of ["a", "b", "c"]) create(driver, name);
    driver.ok("DeleteSecret", { SecretId: "a", RecoveryWindowInDays: 7 });
    driver.ok("DeleteSecret", { SecretId: "b", RecoveryWindowInDays: 8 });
    const purged = purgeDeletedSecrets(driver.state, START + 7 * DAY);
    expect(names(purged)).toEqual(["b", "c"]);
    expect(purged.regions["us-east-1"]!.secrets.count).toBe(2);
  });

  it("frees the name of a purged secret for CreateSecret", () => {
    const driver = new Driver({ now: START });
    create(driver, "a");
    const { ARN } = driver.ok("DescribeSecret", { SecretId: "a" });
    driver.ok("DeleteSecret", { SecretId: "a" });
    driver.advance(30 * DAY);
    driver.state = purgeDeletedSecrets(driver.state, driver.now);
    create(driver, "a");
    expect(driver.ok("DescribeSecret", { SecretId: "a" }).ARN).not.toBe(ARN);
  });

  it("sees a deletion scheduled after an earlier purge of an older state", () => {
    const driver = new Driver({ now: START });
    for (const name of ["a", "b", "c"]) create(driver, name);
    expect(purgeDeletedSecrets(driver.state, START + 365 * DAY)).toBe(driver.state);
    driver.ok("DeleteSecret", { SecretId: "b", RecoveryWindowInDays: 7 });
    expect(names(purgeDeletedSecrets(driver.state, START + 7 * DAY))).toEqual(["a", "c"]);
  });

  it("purges in every region", () => {
    const east = new Driver({ now: START });
    create(east, "a");
    east.ok("DeleteSecret", { SecretId: "a", RecoveryWindowInDays: 7 });
    const west = new Driver({ now: START, state: east.state, region: "eu-west-1" });
    create(west, "b");
    west.ok("DeleteSecret", { SecretId: "b", RecoveryWindowInDays: 7 });
    const purged = purgeDeletedSecrets(west.state, START + 7 * DAY);
    expect(names(purged, "us-east-1")).toEqual([]);
    expect(names(purged, "eu-west-1")).toEqual([]);
  });

  it("leaves the input state untouched", () => {
    const driver = new Driver({ now: START });
    create(driver, "a");
    driver.ok("DeleteSecret", { SecretId: "a", RecoveryWindowInDays: 7 });
    const state = driver.state;
    const copy = JSON.parse(JSON.stringify(state)) as unknown;
    purgeDeletedSecrets(state, START + 7 * DAY);
    expect(JSON.parse(JSON.stringify(state))).toEqual(copy);
    expect(names(state)).toEqual(["a"]);
  });
});

describe("isDueForPurge", () => {
  it("is true from the DeletionDate on and never for a secret not scheduled for deletion", () => {
    const driver = new Driver({ now: START });
    create(driver, "a");
    const active = tableGet(driver.state.regions["us-east-1"]!.secrets, "a")!;
    expect(isDueForPurge(active, START + 1000 * DAY)).toBe(false);
    driver.ok("DeleteSecret", { SecretId: "a", RecoveryWindowInDays: 7 });
    const scheduled = tableGet(driver.state.regions["us-east-1"]!.secrets, "a")!;
    expect(isDueForPurge(scheduled, START + 7 * DAY - 1)).toBe(false);
    expect(isDueForPurge(scheduled, START + 7 * DAY)).toBe(true);
  });
});
