// ListSecrets filters (docs/semantics/listing.md#filters; AWS doc: Filter). Filters are ANDed; the
// values of one filter are ORed; a value starting with "!" is negated.
// A request is compiled once: its values are numbered (list-value-set.ts) and
// put in searches that read each attribute of a secret once, whatever the
// number and length of the values (list-prefix-search.ts, list-word-search.ts).
// The cost of a secret is thus bounded by its own size, not by the request's.
import type { Secret, Tag } from "../model/secret.ts";
import { prefixSearch, type PrefixSearch } from "./list-prefix-search.ts";
import { bitOf, numberValues, wordOf, type ValueId, type ValueSet } from "./list-value-set.ts";
import { wordSearch, type WordSearch, type WordValue } from "./list-word-search.ts";
import { decisiveWords, lowerWords } from "./list-words.ts";

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

type PrefixKey = Exclude<FilterKey, "description" | "all">;

/** The cheaper filters are tried first: a secret that fails one is not looked at further. */
const COST_ORDER: readonly FilterKey[] = ["name", "primary-region", "owning-service", "tag-key", "tag-value", "description", "all"];
const NO_TAGS: readonly Tag[] = [];
const keyBit = (key: FilterKey) => 1 << FILTER_KEYS.indexOf(key);
const DESCRIPTION = keyBit("description");

/** A filter, decided by one word of the set of values a secret meets. */
interface CompiledFilter {
  readonly key: FilterKey;
  /** The key's bit, 1 << its place in FILTER_KEYS. */
  readonly keyBit: number;
  readonly word: number;
  /** The bits of its plain values, and of its negated values. */
  readonly plain: number;
  readonly negated: number;
}

/** One value of a filter: its id, its text without the "!". */
interface CompiledValue {
  readonly key: FilterKey;
  readonly id: ValueId;
  readonly text: string;
}

function prefixSearches(values: readonly CompiledValue[]): Map<FilterKey, PrefixSearch> {
  const searches = new Map<FilterKey, PrefixSearch>();
  for (const key of ["name", "tag-key", "tag-value", "primary-region", "owning-service"] satisfies PrefixKey[]) {
    const ofKey = values.filter((value) => value.key === key);
    // AWS doc: "Prefix match, case-sensitive"; observed: no word splitting for these keys.
    if (ofKey.length > 0) searches.set(key, prefixSearch(ofKey.map((value) => value.text), ofKey.map((value) => value.id)));
  }
  return searches;
}

function wordSearchOf(values: readonly CompiledValue[], words: number): WordSearch | undefined {
  const wordValues: WordValue[] = values
    .filter((value) => value.key === "description" || value.key === "all")
    // Observed: a word prefix match, not case-sensitive ("a" finds "an secret");
    // AWS doc: `all` searches name, description, tag keys and tag values.
    .map((value) => ({ value: value.id, terms: decisiveWords(lowerWords(value.text)), everywhere: value.key === "all" }));
  return wordValues.length > 0 ? wordSearch(wordValues, words) : undefined;
}

/** One predicate for validated filters (every Key one of FILTER_KEYS, 1 to 10 Values). */
export function compileFilters(filters: readonly Filter[]): SecretPredicate {
  const numbered = numberValues(filters.map((filter) => filter.Values?.length ?? 0));
  const values: CompiledValue[] = [];
  const compiled: CompiledFilter[] = filters.map((filter, f) => {
    const key = filter.Key as FilterKey;
    const ids = numbered.ids[f]!;
    let plain = 0;
    let negated = 0;
    (filter.Values ?? []).forEach((raw, i) => {
      // "!x" keeps the secrets that "x" would not keep (deviation: those without the attribute too).
      const isNegated = raw.startsWith("!");
      if (isNegated) negated |= bitOf(ids[i]!);
      else plain |= bitOf(ids[i]!);
      values.push({ key, id: ids[i]!, text: isNegated ? raw.slice(1) : raw });
    });
    return { key, keyBit: keyBit(key), word: ids.length > 0 ? wordOf(ids[0]!) : 0, plain, negated };
  });
  compiled.sort((a, b) => COST_ORDER.indexOf(a.key) - COST_ORDER.indexOf(b.key));
  const prefixes = prefixSearches(values);
  const searchOf = compiled.map((filter) => prefixes.get(filter.key));
  const words = wordSearchOf(values, numbered.words);

  // The values the secret being looked at meets, each attribute read at most once.
  const met: ValueSet = new Int32Array(numbered.words);
  let read = 0; // the bits of the keys whose attributes were read
  function readDescription(secret: Secret): void {
    if ((read & DESCRIPTION) !== 0) return;
    read |= DESCRIPTION;
    words!.description(secret, met);
  }
  function readAttribute(key: FilterKey, bit: number, search: PrefixSearch | undefined, secret: Secret): void {
    if (bit === DESCRIPTION) return readDescription(secret);
    if ((read & bit) !== 0) return;
    read |= bit;
    switch (key) {
      case "name":
        return search!(secret.Name, met);
      case "primary-region":
        return secret.PrimaryRegion === undefined ? undefined : search!(secret.PrimaryRegion, met);
      case "owning-service":
        return secret.OwningService === undefined ? undefined : search!(secret.OwningService, met);
      case "tag-key":
        for (const tag of secret.Tags ?? NO_TAGS) search!(tag.Key, met);
        return;
      case "tag-value":
        for (const tag of secret.Tags ?? NO_TAGS) search!(tag.Value, met);
        return;
      case "all":
        words!.others(secret, met);
        return readDescription(secret);
    }
  }

  return (secret) => {
    for (let i = 0; i < met.length; i++) met[i] = 0;
    read = 0;
    for (let f = 0; f < compiled.length; f++) {
      const filter = compiled[f]!;
      readAttribute(filter.key, filter.keyBit, searchOf[f], secret);
      const found = met[filter.word]!;
      if ((found & filter.plain) === 0 && (~found & filter.negated) === 0) return false;
    }
    return true;
  };
}
