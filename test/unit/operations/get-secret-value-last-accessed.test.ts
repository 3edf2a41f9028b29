// GetSecretValue sets LastAccessedDate, "rounded to the date level", on the secret
// and on the version it answered (docs/semantics/values.md#lastaccesseddate; recorded ListSecretVersionIds answers).
import { describe, expect, it } from "vitest";
import { DAY_MS, Driver, HOUR_MS } from "../../../src/index.ts";

const MIDNIGHT = Date.UTC(2026, 0, 1);

function twoVersions(driver: Driver) {
  const v1 = driver.token();
  const v2 = driver.token();
  driver.ok("CreateSecret", { Name: "app/db", SecretString: "one", ClientRequestToken: v1 });
  driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "two", ClientRequestToken: v2 });
  return { v1, v2 };
}

function lastAccessedByVersion(driver: Driver): Record<string, number | undefined> {
  const listed = driver.ok("ListSecretVersionIds", { SecretId: "app/db" });
  return Object.fromEntries(listed.Versions.map((v) => [v.VersionId, v.LastAccessedDate]));
}

describe("GetSecretValue and LastAccessedDate", () => {
  it("a fresh secret has no LastAccessedDate in DescribeSecret or ListSecretVersionIds", () => {
    const driver = new Driver({ now: MIDNIGHT + 15 * HOUR_MS });
    twoVersions(driver);
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" })).not.toHaveProperty("LastAccessedDate");
    const listed = driver.ok("ListSecretVersionIds", { SecretId: "app/db" });
    for (const entry of listed.Versions) expect(entry).not.toHaveProperty("LastAccessedDate");
  });

  it("sets the secret's LastAccessedDate to midnight UTC of the day of the read", () => {
    const driver = new Driver({ now: MIDNIGHT + 15 * HOUR_MS + 1234 });
    twoVersions(driver);
    driver.ok("GetSecretValue", { SecretId: "app/db" });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).LastAccessedDate).toBe(MIDNIGHT);
  });

  it("sets LastAccessedDate only on the version that was read", () => {
    const driver = new Driver({ now: MIDNIGHT + 9 * HOUR_MS });
    const { v1, v2 } = twoVersions(driver);
    driver.ok("GetSecretValue", { SecretId: "app/db", VersionStage: "AWSPREVIOUS" });
    expect(lastAccessedByVersion(driver)).toEqual({ [v1]: MIDNIGHT, [v2]: undefined });
  });

  it("a second read on the same day returns the same state object", () => {
    const driver = new Driver({ now: MIDNIGHT + HOUR_MS });
    twoVersions(driver);
    driver.ok("GetSecretValue", { SecretId: "app/db" });
    const before = driver.state;
    driver.advance(20 * HOUR_MS);
    const again = driver.call("GetSecretValue", { SecretId: "app/db" });
    expect(again.ok).toBe(true);
    expect(again.state).toBe(before);
  });

  it("a read on a later day moves LastAccessedDate to that day", () => {
    const driver = new Driver({ now: MIDNIGHT + HOUR_MS });
    const { v2 } = twoVersions(driver);
    driver.ok("GetSecretValue", { SecretId: "app/db" });
    driver.advance(3 * DAY_MS);
    driver.ok("GetSecretValue", { SecretId: "app/db" });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).LastAccessedDate).toBe(MIDNIGHT + 3 * DAY_MS);
    expect(lastAccessedByVersion(driver)[v2]).toBe(MIDNIGHT + 3 * DAY_MS);
  });

  it("does not change LastChangedDate", () => {
    const driver = new Driver({ now: MIDNIGHT + HOUR_MS });
    twoVersions(driver);
    const changed = driver.ok("DescribeSecret", { SecretId: "app/db" }).LastChangedDate;
    driver.advance(DAY_MS);
    driver.ok("GetSecretValue", { SecretId: "app/db" });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).LastChangedDate).toBe(changed);
  });

  it("a failed read sets no LastAccessedDate", () => {
    const driver = new Driver({ now: MIDNIGHT + HOUR_MS });
    twoVersions(driver);
    driver.call("GetSecretValue", { SecretId: "app/db", VersionStage: "AWSPENDING" });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" })).not.toHaveProperty("LastAccessedDate");
  });
});
