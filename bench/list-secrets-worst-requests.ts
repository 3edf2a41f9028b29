// The Filters of the costliest requests the API model allows (FiltersListType:
// 10 filters; FilterValuesStringList: 10 values; FilterValueStringType: 512
// characters of `[a-zA-Z0-9 :_@/+=.-!]`, "!" first to negate) against the
// bench's catalogue: names `team-<i % 100>/service-<i>`, descriptions
// `secret number <i>`, tags team=team-<i % 100> and env=prod|dev.
// None of them matches a secret, so a call looks at every secret. Each aims at
// a part of the matcher: many words per value, many values per term, terms
// met in every attribute and deep in the names, the case-sensitive prefixes.
import type { Filter } from "../src/index.ts";

export interface WorstRequest {
  readonly name: string;
  readonly filters: readonly Filter[];
}

const MAX_VALUE = 512;

/** `word` repeated, then `last` (a word that starts no word of a secret), lengthened to fill the value. */
function repeated(word: string, last: string, room = MAX_VALUE): string {
  const words = `${word} `.repeat(Math.floor((room - last.length) / (word.length + 1)));
  return `${words}${last.padEnd(room - words.length, "z")}`;
}

/** Distinct words that each start a word of every secret (or of half of them), then one that none has. */
function wordsOfEveryAttribute(k: number, room = MAX_VALUE): string {
  const common = ["secret", "number", "team", "env", "prod", "dev", "service"];
  const words = common.map((word) => word.slice(0, 1 + ((k + word.length) % word.length)));
  words.push(..."123456789");
  const last = `zq${k}`;
  const text = `${words.join(" ")} ${last}`;
  return text.length <= room ? text : repeated("n", last, room);
}

/**
 * Ten filters of ten values on `key`: in the first nine, nine values that fail
 * and a last, negated one that passes, so that every filter is tried; in the
 * tenth, ten values that fail.
 */
function tenByTen(key: string | ((f: number) => string), failing: (k: number, room: number) => string): Filter[] {
  return Array.from({ length: 10 }, (_, f) => ({
    Key: typeof key === "string" ? key : key(f),
    Values: Array.from({ length: 10 }, (_, v) => {
      const k = f * 10 + v;
      return f < 9 && v === 9 ? `!${failing(k, MAX_VALUE - 1)}` : failing(k, MAX_VALUE);
    }),
  }));
}

const PREFIX_KEYS = ["name", "tag-value", "tag-key"];

/** Every prefix of each word. */
const prefixesOf = (...words: string[]) => words.flatMap((word) => Array.from(word, (_, i) => word.slice(0, i + 1)));

/**
 * `all` values that every secret meets, many in each attribute, the names'
 * reaching 15 characters deep, of one word (or, with `pairs`, half of them of
 * two words of the description): nine filters that pass, then a tenth of
 * negated values that every description meets, so that it fails.
 */
function metEverywhere(pairs: boolean): Filter[] {
  const secret = prefixesOf("secret");
  const number = prefixesOf("number");
  // Two words that every description holds, in 36 different ways.
  const twoWords = secret.flatMap((s) => number.map((n) => `${s} ${n}`));
  const shortWords = prefixesOf("team", "env", "prod", "dev", "service").slice(0, 30);
  const names = Array.from({ length: 60 }, (_, n) => `team-${n}/service-`);
  const passing = pairs ? names.flatMap((name, i) => (i < 45 ? [name, twoWords[i % 36]!] : [])) : [...shortWords, ...names];
  const failing = (pairs ? twoWords : [...secret, ...number]).slice(0, 10).map((words) => `!${words}`);
  return [
    ...Array.from({ length: 9 }, (_, f) => ({ Key: "all", Values: passing.slice(f * 10, f * 10 + 10) })),
    { Key: "all", Values: failing },
  ];
}

export const WORST_REQUESTS: readonly WorstRequest[] = [
  {
    name: "one `all` value of 512 characters, one word repeated (a 553-byte request)",
    filters: [{ Key: "all", Values: [repeated("n", "zzz")] }],
  },
  {
    name: "10 x 10 `all` values, one word repeated",
    filters: tenByTen("all", (k, room) => repeated("n", `zq${k}`, room)),
  },
  {
    name: "10 x 10 `all` values, a word of every attribute each",
    filters: tenByTen("all", wordsOfEveryAttribute),
  },
  {
    name: "10 x 10 one-word `all` values that every secret meets, in every attribute",
    filters: metEverywhere(false),
  },
  {
    name: "10 x 10 one- and two-word `all` values that every secret meets, in every attribute",
    filters: metEverywhere(true),
  },
  {
    name: "10 x 10 `description` values, one word repeated",
    filters: tenByTen("description", (k, room) => repeated("n", `zq${k}`, room)),
  },
  {
    name: "10 x 10 case-sensitive prefixes (name, tag-value, tag-key)",
    filters: tenByTen(
      (f) => PREFIX_KEYS[f % PREFIX_KEYS.length]!,
      (k) => `team-${k % 100}/service-${k}${"9".repeat(k % 7)}x`,
    ),
  },
  {
    name: "10 x 10 of every kind: all, description, name, tag-value, tag-key",
    filters: tenByTen(
      (f) => ["all", "description", ...PREFIX_KEYS][f % 5]!,
      (k, room) => (k % 2 === 0 ? wordsOfEveryAttribute(k, room) : repeated("se", `zq${k}`, room)),
    ),
  },
];
