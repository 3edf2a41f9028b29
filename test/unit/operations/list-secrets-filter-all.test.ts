// Examples verified against AWS in moto's tests (docs/semantics/listing.md#word-splitting: test_with_all_filter,
// test_with_all_filter_special_characters).
import { describe, expect, it } from "vitest";
import { driverWith, filtered } from "./list-secrets-fixture.ts";

describe("ListSecrets filter all", () => {
  const driver = driverWith([
    "SecretOne",
    { Name: "SecretTwo", Description: "DescTwo" },
    "Thirdsecret",
    { Name: "SecretFTag", Tags: [{ Key: "1", Value: "foo" }] },
    { Name: "SecretFValue", Tags: [{ Key: "foo", Value: "v" }] },
    "none",
  ]);

  it("matches a whole name", () => {
    expect(filtered(driver, "all", ["SecretOne"])).toEqual(["SecretOne"]);
  });

  it("searches tag keys and tag values", () => {
    expect(filtered(driver, "all", ["foo"])).toEqual(["SecretFTag", "SecretFValue"]);
  });

  it('"Secret", "secret" and "sec" list the names with a word starting so; "ret" lists nothing', () => {
    const expected = ["SecretOne", "SecretTwo", "SecretFTag", "SecretFValue"];
    expect(filtered(driver, "all", ["Secret"])).toEqual(expected);
    expect(filtered(driver, "all", ["secret"])).toEqual(expected);
    expect(filtered(driver, "all", ["sec"])).toEqual(expected);
    expect(filtered(driver, "all", ["ret"])).toEqual([]);
  });

  it('"SomeSecret" lists nothing', () => {
    expect(filtered(driver, "all", ["SomeSecret"])).toEqual([]);
  });

  it('"d" and "d t" list only the secret described "DescTwo"', () => {
    expect(filtered(driver, "all", ["d"])).toEqual(["SecretTwo"]);
    expect(filtered(driver, "all", ["d t"])).toEqual(["SecretTwo"]);
  });

  it('"t" lists the names and descriptions with a word starting with t', () => {
    expect(filtered(driver, "all", ["t"])).toEqual(["SecretTwo", "Thirdsecret", "SecretFTag"]);
  });
});

describe("ListSecrets filter all with separators and capitals", () => {
  const special = ["/", "_", "+", "=", ".", "@", "-"].map((c) => `prod${c}AppBeta${c}x7k2`);
  const driver = driverWith([...special, "uat/COMPANY/x7k2", "uat/COMPANYthings/x7k2"]);

  it('"AppBeta", "Beta" and "AppBeta" or "prod" list every name split on one kind of separator', () => {
    expect(filtered(driver, "all", ["AppBeta"])).toEqual(special);
    expect(filtered(driver, "all", ["Beta"])).toEqual(special);
    expect(filtered(driver, "all", ["AppBeta", "prod"])).toEqual(special);
  });

  it('"+" lists nothing', () => {
    expect(filtered(driver, "all", ["+"])).toEqual([]);
  });

  it("the last word of each name finds every name", () => {
    expect(filtered(driver, "all", ["x7k2"])).toEqual([...special, "uat/COMPANY/x7k2", "uat/COMPANYthings/x7k2"]);
  });

  it('"company" finds COMPANY; "things", "N" and "pany" find nothing; "Ythings" finds COMPANYthings', () => {
    expect(filtered(driver, "all", ["company"])).toEqual(["uat/COMPANY/x7k2"]);
    expect(filtered(driver, "all", ["things"])).toEqual([]);
    expect(filtered(driver, "all", ["N"])).toEqual([]);
    expect(filtered(driver, "all", ["pany"])).toEqual([]);
    expect(filtered(driver, "all", ["Ythings"])).toEqual(["uat/COMPANYthings/x7k2"]);
  });

  it("a name with two kinds of separators is one word, found only from its start", () => {
    const mixed = driverWith(["prod-AppBeta/x7k2"]);
    expect(filtered(mixed, "all", ["AppBeta"])).toEqual([]);
    expect(filtered(mixed, "all", ["x7k2"])).toEqual([]);
    expect(filtered(mixed, "all", ["prod"])).toEqual(["prod-AppBeta/x7k2"]);
  });
});
