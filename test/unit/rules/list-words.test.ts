import { describe, expect, it } from "vitest";
import { lowerWords, splitWords, wordsMatch } from "../../../src/core/rules/list-words.ts";

describe("the words ListSecrets searches", () => {
  it("splits camel case at each upper-case letter followed by lower case: MyTest is My and Test", () => {
    expect(splitWords("MyTest")).toEqual(["My", "Test"]);
    expect(splitWords("SecretOne")).toEqual(["Secret", "One"]);
  });

  it("keeps a run of capitals with the lower-case word that follows: COMPANYthings is COMPAN and Ythings", () => {
    expect(splitWords("COMPANYthings")).toEqual(["COMPAN", "Ythings"]);
    expect(splitWords("COMPANY")).toEqual(["COMPANY"]);
  });

  it("splits on one kind of separator, then on case: prod/AppBeta/x1 is prod, App, Beta, x1", () => {
    expect(splitWords("prod/AppBeta/x1")).toEqual(["prod", "App", "Beta", "x1"]);
    expect(splitWords("prod_AppBeta_x1")).toEqual(["prod", "App", "Beta", "x1"]);
    expect(splitWords("prod@AppBeta@x1")).toEqual(["prod", "App", "Beta", "x1"]);
  });

  it("does not split a value with two kinds of separators", () => {
    expect(splitWords("prod-AppBeta/x1")).toEqual(["prod-AppBeta/x1"]);
  });

  it("finds no word in a lone separator", () => {
    expect(splitWords("+")).toEqual([]);
    expect(splitWords("/")).toEqual([]);
  });

  it("splits on spaces", () => {
    expect(splitWords("one and two")).toEqual(["one", "and", "two"]);
    expect(splitWords("a secret")).toEqual(["a", "secret"]);
  });
});

describe("word prefix matching", () => {
  const matches = (search: string, value: string) => wordsMatch(lowerWords(search), lowerWords(value));

  it('"a" matches "a secret", "an secret", "asecret" but not "thesecret"', () => {
    expect(["a secret", "an secret", "asecret", "thesecret"].filter((d) => matches("a", d))).toEqual([
      "a secret",
      "an secret",
      "asecret",
    ]);
  });

  it('"a secret" matches "a secret" and "an secret" but not "asecret"', () => {
    expect(["a secret", "an secret", "asecret", "thesecret"].filter((d) => matches("a secret", d))).toEqual([
      "a secret",
      "an secret",
    ]);
  });

  it("is not case-sensitive", () => {
    expect(matches("SECRET", "my secret")).toBe(true);
    expect(matches("secret", "SecretOne")).toBe(true);
  });

  it('"ret" does not match SecretOne, "sec" does: only word prefixes count', () => {
    expect(matches("ret", "SecretOne")).toBe(false);
    expect(matches("sec", "SecretOne")).toBe(true);
  });

  it("a search without words matches nothing", () => {
    expect(matches("+", "a+b")).toBe(false);
    expect(matches("", "anything")).toBe(false);
  });
});
