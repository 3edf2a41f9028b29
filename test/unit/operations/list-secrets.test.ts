import { describe, expect, it } from "vitest";
import { Driver, type ListSecretsRequest } from "../../../src/index.ts";
import { failingCall } from "../support/failing-call.ts";
import { editSecret, scheduleDeletion } from "../support/secret-state.ts";
import { driverWith, listedNames, MINUTE } from "./list-secrets-fixture.ts";

describe("ListSecrets", () => {
  it("lists each secret with SecretVersionsToStages and only the members that have a value", () => {
    const driver = new Driver();
    const token = driver.token();
    const created = driver.ok("CreateSecret", {
      Name: "app/db",
      Description: "testing creation of secrets",
      SecretString: "s",
      ClientRequestToken: token,
    });
    const list = driver.ok("ListSecrets", {});
    expect(list).toEqual({
      SecretList: [
        {
          ARN: created.ARN,
          Name: "app/db",
          Description: "testing creation of secrets",
          CreatedDate: driver.now,
          LastChangedDate: driver.now,
          SecretVersionsToStages: { [token]: ["AWSCURRENT"] },
        },
      ],
    });
  });

  it("lists the tags of a tagged secret", () => {
    const driver = driverWith([{ Name: "tagged", Tags: [{ Key: "team", Value: "a" }] }]);
    expect(driver.ok("ListSecrets", {}).SecretList[0]?.Tags).toEqual([{ Key: "team", Value: "a" }]);
  });

  it("lists a secret without versions without SecretVersionsToStages", () => {
    const driver = driverWith([{ Name: "empty", value: false }]);
    const [entry] = driver.ok("ListSecrets", {}).SecretList;
    expect(entry).not.toHaveProperty("SecretVersionsToStages");
    expect(entry).not.toHaveProperty("VersionIdsToStages");
  });

  it("does not list ReplicationStatus, which only DescribeSecret answers", () => {
    const driver = driverWith(["a"]);
    editSecret(driver, "a", (secret) => {
      secret.PrimaryRegion = "us-east-1";
      secret.ReplicationStatus = [{ Region: "eu-west-1", Status: "InSync" }];
    });
    const [entry] = driver.ok("ListSecrets", {}).SecretList;
    expect(entry?.PrimaryRegion).toBe("us-east-1");
    expect(entry).not.toHaveProperty("ReplicationStatus");
  });

  it("lists secrets in creation order, oldest first, by default", () => {
    const driver = driverWith(["zeta", "alpha", "mid"]);
    expect(listedNames(driver)).toEqual(["zeta", "alpha", "mid"]);
  });

  it("answers an empty SecretList in a region without secrets", () => {
    const driver = driverWith(["a"]);
    driver.region = "eu-west-1";
    expect(driver.ok("ListSecrets", {})).toEqual({ SecretList: [] });
  });

  it("leaves out secrets scheduled for deletion unless IncludePlannedDeletion is true", () => {
    const driver = driverWith(["kept", "deleted"]);
    scheduleDeletion(driver, "deleted");
    expect(listedNames(driver)).toEqual(["kept"]);
    expect(listedNames(driver, { IncludePlannedDeletion: false })).toEqual(["kept"]);
    const all = driver.ok("ListSecrets", { IncludePlannedDeletion: true }).SecretList;
    expect(all.map((entry) => entry.Name)).toEqual(["kept", "deleted"]);
    expect(all[1]?.DeletedDate).toBe(driver.now);
  });

  it("does not list a secret whose recovery window has ended, even with IncludePlannedDeletion", () => {
    const driver = driverWith(["gone"]);
    editSecret(driver, "gone", (secret) => {
      secret.DeletedDate = driver.now;
      secret.DeletionDate = driver.now + MINUTE;
    });
    driver.advance(MINUTE);
    expect(listedNames(driver, { IncludePlannedDeletion: true })).toEqual([]);
  });

  it("does not set LastAccessedDate", () => {
    const driver = driverWith(["a"]);
    const [entry] = driver.ok("ListSecrets", {}).SecretList;
    expect(entry).not.toHaveProperty("LastAccessedDate");
  });
});

describe("ListSecrets validation", () => {
  const cases: [string, ListSecretsRequest, string][] = [
    [
      "MaxResults 0",
      { MaxResults: 0 },
      "1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1",
    ],
    [
      "MaxResults 101",
      { MaxResults: 101 },
      "1 validation error detected: Value '101' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100",
    ],
    [
      "an empty NextToken",
      { NextToken: "" },
      "1 validation error detected: Value '' at 'nextToken' failed to satisfy constraint: Member must have length greater than or equal to 1",
    ],
    [
      "SortOrder up",
      { SortOrder: "up" as never },
      "1 validation error detected: Value 'up' at 'sortOrder' failed to satisfy constraint: Member must satisfy enum value set: [asc, desc]",
    ],
    [
      "SortBy size",
      { SortBy: "size" as never },
      "1 validation error detected: Value 'size' at 'sortBy' failed to satisfy constraint: Member must satisfy enum value set: [created-date, last-accessed-date, last-changed-date, name]",
    ],
    [
      "an unknown filter key",
      { Filters: [{ Key: "invalid", Values: ["foo"] }] },
      "1 validation error detected: Value 'invalid' at 'filters.1.member.key' failed to satisfy constraint: Member must satisfy enum value set: [all, name, tag-key, description, tag-value, primary-region, owning-service]",
    ],
    [
      "a filter value with a character outside the pattern",
      { Filters: [{ Key: "name", Values: ["ok", "no*"] }] },
      "1 validation error detected: Value '[ok, no*]' at 'filters.1.member.values' failed to satisfy constraint: Member must satisfy constraint: " +
        "[Member must have length less than or equal to 512, Member must have length greater than or equal to 0, " +
        "Member must satisfy regular expression pattern: ^\\!?[a-zA-Z0-9 :_@\\/\\+\\=\\.\\-\\!]*$]",
    ],
    [
      "an empty Values list",
      { Filters: [{ Key: "name", Values: [] }] },
      "1 validation error detected: Value '[]' at 'filters.1.member.values' failed to satisfy constraint: Member must have length greater than or equal to 1",
    ],
  ];

  for (const [what, request, message] of cases) {
    it(`with ${what} fails with ValidationException`, () => {
      const driver = driverWith(["a"]);
      expect(failingCall(driver, "ListSecrets", request)).toEqual({ code: "ValidationException", message });
    });
  }

  it("lists every violation in one ValidationException", () => {
    const driver = driverWith(["a"]);
    const error = failingCall(driver, "ListSecrets", { MaxResults: 0, Filters: [{ Key: "nope", Values: ["x"] }] });
    expect(error.code).toBe("ValidationException");
    expect(error.message).toMatch(/^2 validation errors detected: .*'maxResults'.*; .*'filters\.1\.member\.key'/);
  });

  it("with eleven filters fails with ValidationException", () => {
    const driver = driverWith(["a"]);
    const Filters = Array.from({ length: 11 }, () => ({ Key: "name", Values: ["a"] }));
    expect(failingCall(driver, "ListSecrets", { Filters }).message).toContain(
      "at 'filters' failed to satisfy constraint: Member must have length less than or equal to 10",
    );
  });

  it("with a filter without Key fails with InvalidParameterException", () => {
    const driver = driverWith(["a"]);
    expect(failingCall(driver, "ListSecrets", { Filters: [{ Values: ["foo"] }] })).toEqual({
      code: "InvalidParameterException",
      message: "Invalid filter key",
    });
  });

  it("with a filter without Values fails with InvalidParameterException", () => {
    const driver = driverWith(["a"]);
    expect(failingCall(driver, "ListSecrets", { Filters: [{ Key: "description" }] })).toEqual({
      code: "InvalidParameterException",
      message: "Invalid filter values for key: description",
    });
  });
});
