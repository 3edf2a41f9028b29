// ListSecrets filters (docs/semantics/listing.md#filters; AWS doc: Filter). Filters are ANDed; the
// values of one filter are ORed; a value starting with "!" is negated.
import type { Secret } from "../model/secret.ts";
import { lowerWords, wordsMatch } from "./list-words.ts";

/** The keys of the API model's FilterNameStringType. */
export const FILTER_KEYS = [
  "description",
  "name",
  "tag-key",
  "tag-value",
  "primary-region",
  "owning-service",
  "all",
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface Filter {
  readonly Key?: string;
  readonly Values?: readonly string[];
}

export type SecretPredicate = (secret: Secret) => boolean;

/** Lower-cased words of the attributes the word filters search, computed once per stored secret. */
interface SecretWords {
  readonly name: readonly string[];
  readonly description: readonly string[] | undefined;
  readonly tags: readonly (readonly string[])[];
}

const wordsCache = new WeakMap<Secret, SecretWords>();

function wordsOf(secret: Secret): SecretWords {
  let words = wordsCache.get(secret);
  if (words === undefined) {
    const tags = secret.Tags ?? [];
    words = {
      name: lowerWords(secret.Name),
      description: secret.Description === undefined ? undefined : lowerWords(secret.Description),
      tags: [...tags.map((tag) => lowerWords(tag.Key)), ...tags.map((tag) => lowerWords(tag.Value))],
    };
    wordsCache.set(secret, words);
  }
  return words;
}

function startsWith(value: string | undefined, prefix: string): boolean {
  return value !== undefined && value.startsWith(prefix);
}

/** Whether one (not negated) filter value matches a secret. */
function valueMatcher(key: FilterKey, text: string): SecretPredicate {
  switch (key) {
    // AWS doc: "Prefix match, case-sensitive"; observed: no word splitting for names.
    case "name":
      return (secret) => secret.Name.startsWith(text);
    case "tag-key":
      return (secret) => (secret.Tags ?? []).some((tag) => tag.Key.startsWith(text));
    case "tag-value":
      return (secret) => (secret.Tags ?? []).some((tag) => tag.Value.startsWith(text));
    case "primary-region":
      return (secret) => startsWith(secret.PrimaryRegion, text);
    case "owning-service":
      return (secret) => startsWith(secret.OwningService, text);
    // Observed: a word prefix match, not case-sensitive ("a" finds "an secret").
    case "description": {
      const search = lowerWords(text);
      return (secret) => {
        const description = wordsOf(secret).description;
        return description !== undefined && wordsMatch(search, description);
      };
    }
    // AWS doc: name, description, tag keys and tag values; each search word within one attribute.
    case "all": {
      const search = lowerWords(text);
      return (secret) => {
        const words = wordsOf(secret);
        return (
          wordsMatch(search, words.name) ||
          (words.description !== undefined && wordsMatch(search, words.description)) ||
          words.tags.some((tag) => wordsMatch(search, tag))
        );
      };
    }
  }
}

function filterMatcher(key: FilterKey, values: readonly string[]): SecretPredicate {
  const matchers = values.map((value): SecretPredicate => {
    if (!value.startsWith("!")) return valueMatcher(key, value);
    // Deviation: "!x" keeps the secrets that "x" would not keep, those without the attribute too.
    const positive = valueMatcher(key, value.slice(1));
    return (secret) => !positive(secret);
  });
  return (secret) => matchers.some((matches) => matches(secret));
}

/** One predicate for validated filters (every Key one of FILTER_KEYS, Values present). */
export function compileFilters(filters: readonly Filter[]): SecretPredicate {
  const matchers = filters.map((filter) => filterMatcher(filter.Key as FilterKey, filter.Values ?? []));
  return (secret) => matchers.every((matches) => matches(secret));
}
