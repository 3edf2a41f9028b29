import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { failingCall } from "../support/failing-call.ts";
import { scheduleDeletion } from "../support/secret-state.ts";
import { allPages, driverWith, listedNames } from "./list-secrets-fixture.ts";

const INVALID_NEXT_TOKEN = { code: "InvalidNextTokenException", message: "The NextToken value is invalid." };
const names = (count: number) => Array.from({ length: count }, (_, i) => `secret-${String(i).padStart(3, "0")}`);

describe("ListSecrets paging", () => {
  it("with MaxResults answers that many secrets and a NextToken that lists the rest", () => {
    const driver = driverWith(names(5));
    expect(allPages(driver, {}, 2)).toEqual([names(5).slice(0, 2), names(5).slice(2, 4), names(5).slice(4)]);
  });

  it("answers no NextToken when the page holds the last secret", () => {
    const driver = driverWith(names(4));
    const page = driver.ok("ListSecrets", { MaxResults: 4 });
    expect(page.SecretList).toHaveLength(4);
    expect(page).not.toHaveProperty("NextToken");
  });

  it("answers 100 secrets per page without MaxResults", () => {
    const driver = driverWith(names(101));
    const first = driver.ok("ListSecrets", {});
    expect(first.SecretList).toHaveLength(100);
    const second = driver.ok("ListSecrets", { NextToken: first.NextToken! });
    expect(second.SecretList.map((entry) => entry.Name)).toEqual(["secret-100"]);
  });

  it("pages through filtered secrets without counting the secrets the filter leaves out", () => {
    const driver = driverWith(["a1", "b1", "a2", "b2", "a3"]);
    expect(allPages(driver, { Filters: [{ Key: "name", Values: ["a"] }] }, 2)).toEqual([["a1", "a2"], ["a3"]]);
  });

  it("pages in descending order with SortOrder desc", () => {
    const driver = driverWith(names(5));
    expect(allPages(driver, { SortOrder: "desc" }, 2).flat()).toEqual(names(5).reverse());
  });

  it("a NextToken still continues after the secret it follows when secrets were created and deleted between pages", () => {
    const driver = driverWith(["s1", "s2", "s3", "s4"]);
    const first = driver.ok("ListSecrets", { MaxResults: 2 });
    scheduleDeletion(driver, "s1");
    scheduleDeletion(driver, "s3");
    driver.ok("CreateSecret", { Name: "s5" });
    const second = driver.ok("ListSecrets", { MaxResults: 2, NextToken: first.NextToken! });
    expect(second.SecretList.map((entry) => entry.Name)).toEqual(["s4", "s5"]);
  });

  it("refuses a forged NextToken with InvalidNextTokenException", () => {
    const driver = driverWith(names(3));
    const { NextToken } = driver.ok("ListSecrets", { MaxResults: 1 });
    expect(failingCall(driver, "ListSecrets", { NextToken: "1" })).toEqual(INVALID_NEXT_TOKEN);
    const altered = NextToken!.slice(0, -2) + (NextToken!.endsWith("A") ? "BB" : "AA");
    expect(failingCall(driver, "ListSecrets", { NextToken: altered })).toEqual(INVALID_NEXT_TOKEN);
  });

  it("refuses a NextToken of a listing with other filters or another order", () => {
    const driver = driverWith(names(3));
    const { NextToken } = driver.ok("ListSecrets", { MaxResults: 1 });
    expect(NextToken).toBeDefined();
    const others = [
      { Filters: [{ Key: "name", Values: ["s"] }] },
      { SortOrder: "desc" as const },
      { SortBy: "name" as const },
      { IncludePlannedDeletion: true },
    ];
    for (const other of others) {
      expect(failingCall(driver, "ListSecrets", { ...other, NextToken: NextToken! })).toEqual(INVALID_NEXT_TOKEN);
    }
  });

  it("refuses a NextToken of another region", () => {
    const driver = driverWith(names(3));
    const { NextToken } = driver.ok("ListSecrets", { MaxResults: 1 });
    driver.region = "eu-west-1";
    expect(failingCall(driver, "ListSecrets", { NextToken: NextToken! })).toEqual(INVALID_NEXT_TOKEN);
  });

  it("accepts a NextToken with another MaxResults", () => {
    const driver = driverWith(names(5));
    const { NextToken } = driver.ok("ListSecrets", { MaxResults: 1 });
    expect(listedNames(driver, { MaxResults: 3, NextToken: NextToken! })).toEqual(names(5).slice(1, 4));
  });

  test.prop(
    [
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 5 }),
      fc.constantFrom("created-date", "name", "last-changed-date", "last-accessed-date"),
      fc.constantFrom("asc", "desc"),
    ],
    { numRuns: 30 },
  )("pages of any size list every secret once, in the order of one page", (count, size, SortBy, SortOrder) => {
    const driver = driverWith([...names(count)].reverse());
    const request = { SortBy, SortOrder } as const;
    const whole = listedNames(driver, request);
    expect(whole).toHaveLength(count);
    expect(allPages(driver, request, size).flat()).toEqual(whole);
  });
});
