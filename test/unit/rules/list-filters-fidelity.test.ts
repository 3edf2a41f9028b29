// The core's ListSecrets matcher (words found in place, values compiled into
// trees of characters) answers exactly what a plain reading of the rules
// answers (list-filters-reference.ts), on random secrets and random filters.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { Filter, Secret } from "../../../src/index.ts";
import { compileFilters, FILTER_KEYS } from "../../../src/core/rules/list-filters.ts";
import { lowerWords, splitWords } from "../../../src/core/rules/list-words.ts";
import { referenceMatches, referenceSplitWords } from "./list-filters-reference.ts";

/** Few distinct characters, so that words share prefixes; every rule's edge is among them. */
const STORED_UNITS = [
  "a", "b", "z", "A", "B", "Z", "0", "1", " ", "\t", "\u00a0", "\u2028", "\ufeff",
  "/", "-", "_", "+", "=", ".", "@", ":",
  "i", "k", "\u00e9", "\u00df", "\u03a3", "\u03c3", "\ud801\udc00", "\ud800",
  // Upper-case letters whose lower case is ASCII: İ is "i" and a combining dot, the Kelvin sign is "k".
  "\u0130", "\u212a",
];
/** What a filter value may hold (FilterValueStringType's pattern). */
const FILTER_UNITS = ["a", "b", "z", "i", "k", "A", "B", "Z", "I", "K", "0", "1", " ", "/", "-", "_", "+", "=", ".", "@", ":", "!"];

const stored = (maxLength: number) => fc.string({ unit: fc.constantFrom(...STORED_UNITS), maxLength });
const filterText = fc.string({ unit: fc.constantFrom(...FILTER_UNITS), maxLength: 12 });

const secretArbitrary = fc.record(
  {
    Name: stored(12),
    Description: stored(16),
    Tags: fc.array(fc.record({ Key: stored(6), Value: stored(8) }), { maxLength: 3 }),
    PrimaryRegion: fc.constantFrom("us-east-1", "eu-west-1", "us-"),
    OwningService: fc.constantFrom("rds", "rds-cluster", "ecs"),
  },
  { requiredKeys: ["Name"] },
) as unknown as fc.Arbitrary<Secret>;

const filtersArbitrary: fc.Arbitrary<Filter[]> = fc.array(
  fc.record({
    Key: fc.constantFrom(...FILTER_KEYS),
    Values: fc.array(fc.oneof(filterText, filterText.map((text) => `!${text}`)), { minLength: 1, maxLength: 4 }),
  }),
  { maxLength: 4 },
);

describe("the words ListSecrets searches, found in one pass", () => {
  test.prop([stored(24)], { numRuns: 1000 })("are the pieces the rule's regular expression gives", (text) => {
    expect(splitWords(text)).toEqual(referenceSplitWords(text));
  });

  test.prop([stored(24)])("are lower-cased one word at a time", (text) => {
    expect(lowerWords(text)).toEqual(referenceSplitWords(text).map((word) => word.toLowerCase()));
  });
});

describe("ListSecrets filters", () => {
  test.prop([filtersArbitrary, fc.array(secretArbitrary, { maxLength: 8 })], { numRuns: 600 })(
    "keep exactly the secrets that a plain reading of the rules keeps",
    (filters, secrets) => {
      const matches = compileFilters(filters);
      // One compiled predicate serves a whole scan, as in a listing.
      expect(secrets.map(matches)).toEqual(secrets.map((secret) => referenceMatches(filters, secret)));
    },
  );

  // Short prefixes over few letters, so that many of them start the secrets' names and tags.
  const short = fc.string({ unit: fc.constantFrom("a", "b", "A"), maxLength: 3 });
  const shortSecret = fc.record({ Name: short, Tags: fc.array(fc.record({ Key: short, Value: short }), { maxLength: 2 }) });
  test.prop([
    fc.constantFrom("name", "tag-key", "tag-value"),
    fc.array(fc.array(fc.oneof(short, short, short, short.map((text) => `!${text}`)), { minLength: 9, maxLength: 10 }), {
      minLength: 1,
      maxLength: 3,
    }),
    fc.array(shortSecret as unknown as fc.Arbitrary<Secret>, { minLength: 1, maxLength: 6 }),
  ])("with many values of one key (the prefixes in a tree) keep what the plain reading keeps", (Key, valueLists, secrets) => {
    const filters: Filter[] = valueLists.map((Values) => ({ Key, Values }));
    const matches = compileFilters(filters);
    expect(secrets.map(matches)).toEqual(secrets.map((secret) => referenceMatches(filters, secret)));
  });

  // Words from a small vocabulary, so that values of several words meet secrets' attributes often,
  // and whole or in part in different attributes.
  const vocabulary = fc.constantFrom("ab", "abc", "b", "ba", "Ab", "c", "zz", "a");
  const sentence = (maxLength: number) => fc.array(vocabulary, { minLength: 1, maxLength }).map((words) => words.join(" "));
  const wordySecret = fc.record(
    { Name: vocabulary, Description: sentence(4), Tags: fc.array(fc.record({ Key: sentence(2), Value: sentence(3) }), { maxLength: 2 }) },
    { requiredKeys: ["Name", "Tags"] },
  );
  test.prop([
    fc.array(
      fc.record({
        Key: fc.constantFrom("description", "all"),
        Values: fc.array(fc.oneof(sentence(3), sentence(3).map((text) => `!${text}`)), { minLength: 1, maxLength: 10 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    fc.array(wordySecret as unknown as fc.Arbitrary<Secret>, { minLength: 1, maxLength: 8 }),
  ], { numRuns: 400 })("with values of several words keep what the plain reading keeps", (filters, secrets) => {
    const matches = compileFilters(filters);
    expect(secrets.map(matches)).toEqual(secrets.map((secret) => referenceMatches(filters, secret)));
  });

  test.prop([fc.array(fc.oneof(filterText, fc.constantFrom("a", "ab", "b a", "A1", "zz")), { minLength: 1, maxLength: 10 }), secretArbitrary])(
    "`all` values made of the words of a secret's own attributes find it as the plain reading does",
    (values, secret) => {
      const own = [secret.Name, secret.Description ?? "", ...(secret.Tags ?? []).map((tag) => tag.Value)];
      const filters: Filter[] = [{ Key: "all", Values: [...values, ...own.map((text) => text.replace(/[^a-zA-Z0-9 :_@/+=.\-!]/g, ""))] }];
      expect(compileFilters(filters)(secret)).toBe(referenceMatches(filters, secret));
    },
  );

  it("the same words met in a tag of one secret and in the next one's description are decided for each attribute", () => {
    // Five values of two words: what a set of words meets is remembered (list-term-outcomes.ts).
    const filters: Filter[] = [
      { Key: "description", Values: ["ab c", "x1 y1", "x2 y2", "x3 y3", "x4 y4"] },
      { Key: "all", Values: ["ab", "x1"] },
    ];
    const secrets = [
      { Name: "b", Description: "x1 y1", Tags: [{ Key: "ab c", Value: "v" }] },
      { Name: "a", Description: "ab c" },
    ] as unknown as Secret[];
    expect(secrets.map(compileFilters(filters))).toEqual([true, true]);
    expect(secrets.map((secret) => referenceMatches(filters, secret))).toEqual([true, true]);
  });
});
