// ListSecrets and BatchGetSecretValue filters at the API model's limits (10
// filters of 10 values of 512 characters) and the edges of the word matching
// that the compiled matcher handles on its own (list-word-search.ts).
import { describe, expect, it } from "vitest";
import type { Filter } from "../../../src/index.ts";
import { driverWith, filtered, listedNames } from "./list-secrets-fixture.ts";

describe("ListSecrets filters at the API model's limits", () => {
  const driver = driverWith([
    { Name: "prod/billing", Description: "billing database password", Tags: [{ Key: "team", Value: "payments" }] },
    { Name: "prod/search", Description: "search cluster token", Tags: [{ Key: "team", Value: "discovery" }] },
    { Name: "dev/billing", Description: "billing database password", Tags: [{ Key: "team", Value: "payments" }] },
  ]);
  // Each filter: nine values of 512 characters that no secret meets, then one that decides.
  const filler = (i: number) => `zz${i} `.repeat(128).slice(0, 510) + "zz";
  const tenOf = (Key: string, deciding: string): Filter => ({
    Key,
    Values: [...Array.from({ length: 9 }, (_, i) => filler(i)), deciding],
  });
  const filters: Filter[] = [
    tenOf("name", "prod/"),
    tenOf("all", "billing"),
    tenOf("description", "data pass"),
    tenOf("tag-key", "team"),
    tenOf("tag-value", "pay"),
    tenOf("all", "!search"),
    tenOf("description", "!token"),
    tenOf("name", "!dev"),
    tenOf("all", "PAYMENTS"),
    tenOf("tag-value", "!discovery"),
  ];

  it("10 filters of 10 values list the one secret that meets every filter", () => {
    expect(listedNames(driver, { Filters: filters })).toEqual(["prod/billing"]);
  });

  it("BatchGetSecretValue with the same filters reads the same secret", () => {
    const read = driver.ok("BatchGetSecretValue", { Filters: filters });
    expect(read.SecretValues.map((entry) => entry.Name)).toEqual(["prod/billing"]);
  });
});

describe("ListSecrets word filters, edges of the matching", () => {
  const driver = driverWith([
    { Name: "one", Description: "abcd" },
    { Name: "two", Description: "foo", Tags: [{ Key: "bar", Value: "baz" }] },
    { Name: "three", Description: "foo bar" },
    { Name: "four", Description: "\u0130stanbul office" },
    { Name: "five", Description: "\u212Aelvin scale" },
  ]);

  it('a search whose words start one another ("a ab abc") finds a word that starts with the longest', () => {
    expect(filtered(driver, "description", ["a ab abc"])).toEqual(["one"]);
    expect(filtered(driver, "all", ["abc ab a abcd"])).toEqual(["one"]);
  });

  it("a word repeated counts once", () => {
    expect(filtered(driver, "description", ["ab ab ab ab"])).toEqual(["one"]);
  });

  it("`all` needs every word of the search in one attribute: foo in the description and bar in a tag key are not enough", () => {
    expect(filtered(driver, "all", ["foo bar"])).toEqual(["three"]);
  });

  it("a search of more words than an attribute holds finds none in it", () => {
    expect(filtered(driver, "description", ["foo bar x"])).toEqual([]);
  });

  it("words are lower-cased whole, as String.prototype.toLowerCase does: İ is i and a combining dot, the Kelvin sign is k", () => {
    expect(filtered(driver, "description", ["i"])).toEqual(["four"]);
    expect(filtered(driver, "description", ["ist"])).toEqual([]);
    expect(filtered(driver, "all", ["kelvin"])).toEqual(["five"]);
  });

  it("after UpdateSecret, the new description's words find the secret and the old ones no longer do", () => {
    const updated = driverWith([{ Name: "app", Description: "old words" }]);
    expect(filtered(updated, "description", ["old"])).toEqual(["app"]);
    updated.ok("UpdateSecret", { SecretId: "app", Description: "new text" });
    expect(filtered(updated, "description", ["old"])).toEqual([]);
    expect(filtered(updated, "description", ["new"])).toEqual(["app"]);
  });
});
