// Examples recorded against AWS (docs/semantics/listing.md#filters: test_list_secrets_filtering) and
// verified against AWS in moto's tests (test_with_duplicate_filter_keys).
import { describe, expect, it } from "vitest";
import { editSecret } from "../support/secret-state.ts";
import { driverWith, filtered, listedNames } from "./list-secrets-fixture.ts";

describe("ListSecrets filter name", () => {
  const driver = driverWith(["/app/one", "/app/two", "testing1", "testing1-one", "Other"]);

  it('"/" lists the names that start with "/"', () => {
    expect(filtered(driver, "name", ["/"])).toEqual(["/app/one", "/app/two"]);
  });

  it('"!/" lists the names that do not start with "/"', () => {
    expect(filtered(driver, "name", ["!/"])).toEqual(["testing1", "testing1-one", "Other"]);
  });

  it("is a case-sensitive prefix match", () => {
    expect(filtered(driver, "name", ["other"])).toEqual([]);
    expect(filtered(driver, "name", ["Oth"])).toEqual(["Other"]);
  });

  it('does not split the value into words: "testing1 one" lists nothing', () => {
    expect(filtered(driver, "name", ["testing1 one"])).toEqual([]);
  });

  it("lists the names that match any of its values", () => {
    expect(filtered(driver, "name", ["Other", "/app/t"])).toEqual(["/app/two", "Other"]);
  });
});

describe("ListSecrets filter description", () => {
  const driver = driverWith([
    { Name: "s1", Description: "a secret" },
    { Name: "s2", Description: "an secret" },
    { Name: "s3", Description: "asecret" },
    { Name: "s4", Description: "thesecret" },
    { Name: "s5" },
  ]);

  it('"a" lists "a secret", "an secret" and "asecret" but not "thesecret"', () => {
    expect(filtered(driver, "description", ["a"])).toEqual(["s1", "s2", "s3"]);
  });

  it('"a secret" lists "a secret" and "an secret" but not "asecret"', () => {
    expect(filtered(driver, "description", ["a secret"])).toEqual(["s1", "s2"]);
  });

  it('"!a" lists "thesecret", and (a choice: DEVIATIONS.md) the secret without a description', () => {
    expect(filtered(driver, "description", ["!a"])).toEqual(["s4", "s5"]);
  });

  it('"!c" lists all four described secrets (and the undescribed one)', () => {
    expect(filtered(driver, "description", ["!c"])).toEqual(["s1", "s2", "s3", "s4", "s5"]);
  });

  it("is not case-sensitive", () => {
    expect(filtered(driver, "description", ["THE"])).toEqual(["s4"]);
  });

  it('"one two" and "o t" list "one two" and "one and two" but not "one"', () => {
    const words = driverWith([
      { Name: "foo", Description: "one two" },
      { Name: "bar", Description: "one and two" },
      { Name: "baz", Description: "one" },
    ]);
    expect(filtered(words, "description", ["one two"])).toEqual(["foo", "bar"]);
    expect(filtered(words, "description", ["o t"])).toEqual(["foo", "bar"]);
  });

  it("never lists a secret without a description for a word it searches", () => {
    expect(filtered(driver, "description", ["s"])).toEqual(["s1", "s2"]);
  });
});

describe("ListSecrets filters tag-key and tag-value", () => {
  const driver = driverWith([
    { Name: "foo", Tags: [{ Key: "right", Value: "right" }] },
    { Name: "bar", Tags: [{ Key: "right", Value: "wrong" }] },
    { Name: "baz", Tags: [{ Key: "wrong", Value: "right" }] },
    { Name: "qux", Tags: [{ Key: "Wrong", Value: "Wrong" }] },
    { Name: "untagged" },
  ]);

  it("tag-key is a case-sensitive prefix match on any tag key", () => {
    expect(filtered(driver, "tag-key", ["rig"])).toEqual(["foo", "bar"]);
    expect(filtered(driver, "tag-key", ["W"])).toEqual(["qux"]);
  });

  it("tag-value is a case-sensitive prefix match on any tag value", () => {
    expect(filtered(driver, "tag-value", ["wr"])).toEqual(["bar"]);
  });

  it("two filters are ANDed: tag-key right and tag-value right lists one secret", () => {
    expect(
      listedNames(driver, {
        Filters: [
          { Key: "tag-key", Values: ["right"] },
          { Key: "tag-value", Values: ["right"] },
        ],
      }),
    ).toEqual(["foo"]);
  });

  it("two filters with the same key are ANDed too", () => {
    const words = driverWith([
      { Name: "foo", Description: "one two" },
      { Name: "bar", Description: "one" },
      { Name: "baz", Description: "two" },
    ]);
    const Filters = [
      { Key: "description", Values: ["one"] },
      { Key: "description", Values: ["two"] },
    ];
    expect(listedNames(words, { Filters })).toEqual(["foo"]);
  });

  it('"!wr" on tag-value lists the secrets without a tag value starting with "wr", untagged ones too', () => {
    expect(filtered(driver, "tag-value", ["!wr"])).toEqual(["foo", "baz", "qux", "untagged"]);
  });
});

describe("ListSecrets filters primary-region and owning-service", () => {
  const driver = driverWith(["replicated", "managed", "plain"]);
  editSecret(driver, "replicated", (secret) => void (secret.PrimaryRegion = "eu-west-1"));
  editSecret(driver, "managed", (secret) => void (secret.OwningService = "rds"));

  it("primary-region is a case-sensitive prefix match on PrimaryRegion", () => {
    expect(filtered(driver, "primary-region", ["eu-"])).toEqual(["replicated"]);
    expect(filtered(driver, "primary-region", ["EU"])).toEqual([]);
  });

  it("owning-service is a case-sensitive prefix match on OwningService", () => {
    expect(filtered(driver, "owning-service", ["rd"])).toEqual(["managed"]);
    expect(filtered(driver, "owning-service", ["RDS"])).toEqual([]);
  });
});
