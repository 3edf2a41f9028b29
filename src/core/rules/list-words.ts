// The word matching of ListSecrets' `description` and `all` filters (docs/semantics/listing.md#word-splitting).
// AWS doc (Filter): `all` "breaks the filter value string into words and then
// searches all attributes for matches"; observed: `description` does the same.
// The splitting rules are those verified against AWS in moto's tests
// (test_with_all_filter, test_with_all_filter_special_characters).

/** The characters that separate words, when only one kind of them occurs. */
const SEPARATORS = ["/", "-", "_", "+", "=", ".", "@"] as const;

/** Observed: a new word starts at a character that is not a-z followed by a-z ("MyTest" → My, Test). */
const WORD_START = /([^a-z][a-z]+)/;

function splitOnCase(text: string): string[] {
  return text
    .split(WORD_START)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/**
 * The words of a stored value or of a filter value:
 * 1. a lone separator has no words ("+" finds nothing);
 * 2. a text with two kinds of separators is one word ("prod-AppBeta/x");
 * 3. otherwise split on its one kind of separator, then on case changes.
 */
export function splitWords(text: string): string[] {
  if ((SEPARATORS as readonly string[]).includes(text)) return [];
  const kinds = SEPARATORS.filter((separator) => text.includes(separator));
  if (kinds.length > 1) return [text];
  const parts = kinds.length === 1 ? text.split(kinds[0]!) : [text];
  return parts.flatMap(splitOnCase);
}

/** Lower-cased words: both sides of the comparison are case-insensitive. */
export function lowerWords(text: string): string[] {
  return splitWords(text).map((word) => word.toLowerCase());
}

/**
 * Whether every word of the search is a prefix of some word of one value:
 * "a" matches "a secret", "an secret", "asecret", not "thesecret".
 * A search without words matches nothing.
 */
export function wordsMatch(searchWords: readonly string[], valueWords: readonly string[]): boolean {
  if (searchWords.length === 0) return false;
  return searchWords.every((search) => valueWords.some((word) => word.startsWith(search)));
}
