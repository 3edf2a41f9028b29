import { describe, expect, it } from "vitest";
import { DAY_MS } from "../../../src/index.ts";
import { driverWith, listedNames, MINUTE } from "./list-secrets-fixture.ts";

describe("ListSecrets SortBy and SortOrder", () => {
  it("SortBy name lists names in ascending character order, capitals first", () => {
    const driver = driverWith(["beta", "Alpha", "alpha", "/root"]);
    expect(listedNames(driver, { SortBy: "name" })).toEqual(["/root", "Alpha", "alpha", "beta"]);
  });

  it("SortBy name with SortOrder desc lists names in descending order", () => {
    const driver = driverWith(["beta", "alpha", "gamma"]);
    expect(listedNames(driver, { SortBy: "name", SortOrder: "desc" })).toEqual(["gamma", "beta", "alpha"]);
  });

  it("SortOrder desc without SortBy lists the newest secret first", () => {
    const driver = driverWith(["first", "second", "third"]);
    expect(listedNames(driver, { SortOrder: "desc" })).toEqual(["third", "second", "first"]);
  });

  it("SortBy created-date orders secrets created at the same time by name", () => {
    const driver = driverWith([]);
    for (const Name of ["c", "a", "b"]) driver.ok("CreateSecret", { Name });
    expect(listedNames(driver, { SortBy: "created-date" })).toEqual(["a", "b", "c"]);
  });

  it("SortBy last-changed-date lists the secret changed last at the end", () => {
    const driver = driverWith(["first", "second", "third"]);
    driver.advance(MINUTE);
    driver.ok("UpdateSecret", { SecretId: "first", Description: "changed" });
    expect(listedNames(driver, { SortBy: "last-changed-date" })).toEqual(["second", "third", "first"]);
  });

  it("SortBy last-accessed-date lists secrets never read first, then by the day of their last read", () => {
    const driver = driverWith(["read-later", "never-read", "read-first"]);
    driver.ok("GetSecretValue", { SecretId: "read-first" });
    driver.advance(DAY_MS);
    driver.ok("GetSecretValue", { SecretId: "read-later" });
    expect(listedNames(driver, { SortBy: "last-accessed-date" })).toEqual(["never-read", "read-first", "read-later"]);
    expect(listedNames(driver, { SortBy: "last-accessed-date", SortOrder: "desc" })).toEqual([
      "read-later",
      "read-first",
      "never-read",
    ]);
  });

  it("sees a change made after an earlier listing: the order follows the new state", () => {
    const driver = driverWith(["a", "b"]);
    expect(listedNames(driver, { SortBy: "last-changed-date" })).toEqual(["a", "b"]);
    driver.advance(MINUTE);
    driver.ok("UpdateSecret", { SecretId: "a", Description: "changed" });
    expect(listedNames(driver, { SortBy: "last-changed-date" })).toEqual(["b", "a"]);
  });
});
