// The core's ListSecrets matcher (words found in place, values compiled into
// trees of characters) answers exactly what a plain reading of the rules
// answers (list-filters-reference.ts), on random secrets and random filters.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
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
  test.prop([stored(24)], { numRuns: 2000 })("are the pieces the rule's regular expression gives", (text) => {
    expect(splitWords(text)).toEqual(referenceSplitWords(text));
  });

  test.prop([stored(24)])("are lower-cased one word at a time", (text) => {
    expect(lowerWords(text)).toEqual(referenceSplitWords(text).map((word) => word.toLowerCase()));
  });
});

describe("ListSecrets filters", () => {
  test.prop([filtersArbitrary, fc.array(secretArbitrary, { maxLength: 8 })], { numRuns: 1000 })(
    "keep exactly the secrets that a plain reading of the rules keeps",
    (filters, secrets) => {
      const matches = compileFilters(filters);
      // One compiled predicate serves a whole scan, as in a listing.
      expect(secrets.map(matches)).toEqual(secrets.map((secret) => referenceMatches(filters, secret)));
    },
  );

  test.prop([fc.array(fc.oneof(filterText, fc.constantFrom("a", "ab", "b a", "A1", "zz")), { minLength: 1, maxLength: 10 }), secretArbitrary])(
    "`all` values made of the words of a secret's own attributes find it as the plain reading does",
    (values, secret) => {
      const own = [secret.Name, secret.Description ?? "", ...(secret.Tags ?? []).map((tag) => tag.Value)];
      const filters: Filter[] = [{ Key: "all", Values: [...values, ...own.map((text) => text.replace(/[^a-zA-Z0-9 :_@/+=.\-!]/g, ""))] }];
      expect(compileFilters(filters)(secret)).toBe(referenceMatches(filters, secret));
    },
  );
});
