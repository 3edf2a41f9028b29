// The word matching of ListSecrets' `description` and `all` filters (docs/semantics/listing.md#word-splitting).
// AWS doc (Filter): `all` "breaks the filter value string into words and then
// searches all attributes for matches"; observed: `description` does the same.
// The splitting rules are those verified against AWS in moto's tests
// (test_with_all_filter, test_with_all_filter_special_characters).
// Words are found as bounds in the text, without a regular expression, so that
// a search can read a secret's words without copying them.

/** The characters that separate words, when only one kind of them occurs. */
const SEPARATORS = ["/", "-", "_", "+", "=", ".", "@"] as const;
/** Whether an ASCII code is a separator (a table: this is read for every character of a search). */
const IS_SEPARATOR = new Uint8Array(0x80);
for (const separator of SEPARATORS) IS_SEPARATOR[separator.charCodeAt(0)] = 1;

const isLower = (code: number) => code >= 0x61 && code <= 0x7a;

/** What String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator). */
function isTrimmed(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Where the words of a text are: word i is text.slice(starts[i], ends[i]). Meant to be reused. */
export interface WordBounds {
  starts: Int32Array;
  ends: Int32Array;
  count: number;
}

export function wordBounds(): WordBounds {
  return { starts: new Int32Array(64), ends: new Int32Array(64), count: 0 };
}

function grown(array: Int32Array): Int32Array {
  const copy = new Int32Array(array.length * 2);
  copy.set(array);
  return copy;
}

/** Adds text[start, end) trimmed, unless nothing is left of it. */
function pushTrimmed(bounds: WordBounds, text: string, start: number, end: number): void {
  while (start < end && isTrimmed(text.charCodeAt(start))) start++;
  while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
  if (start === end) return;
  if (bounds.count === bounds.starts.length) {
    bounds.starts = grown(bounds.starts);
    bounds.ends = grown(bounds.ends);
  }
  bounds.starts[bounds.count] = start;
  bounds.ends[bounds.count] = end;
  bounds.count++;
}

/**
 * Fills `bounds` with the words of a stored value or of a filter value:
 * 1. a lone separator has no words ("+" finds nothing);
 * 2. a text with two kinds of separators is one word ("prod-AppBeta/x");
 * 3. otherwise split on its one kind of separator, then each part on case
 *    changes. Observed: a new word starts at a character that is not a-z
 *    followed by a-z ("MyTest" → My, Test): the pieces that
 *    `part.split(/([^a-z][a-z]+)/)` gives, trimmed, without the empty ones.
 * One pass: the parts before a second kind of separator are the same either way.
 */
export function findWords(text: string, bounds: WordBounds): WordBounds {
  bounds.count = 0;
  let separator = -1;
  let part = 0; // where the current part starts
  let piece = 0; // where the current piece starts
  let match = -1; // where the current [^a-z][a-z]+ match starts, or -1
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isLower(code)) {
      // A-z after a character of the same part that is not: a match starts at that character.
      if (match < 0 && i > part && !isLower(text.charCodeAt(i - 1))) {
        pushTrimmed(bounds, text, piece, i - 1);
        match = piece = i - 1;
      }
      continue;
    }
    if (match >= 0) {
      pushTrimmed(bounds, text, match, i);
      piece = i;
      match = -1;
    }
    if (code >= 0x80 || IS_SEPARATOR[code] === 0) continue;
    if (separator >= 0 && code !== separator) {
      bounds.starts[0] = 0;
      bounds.ends[0] = text.length;
      bounds.count = 1;
      return bounds;
    }
    separator = code;
    pushTrimmed(bounds, text, piece, i);
    part = piece = i + 1;
  }
  pushTrimmed(bounds, text, piece, text.length);
  return bounds;
}

const scratch = wordBounds();

export function splitWords(text: string): string[] {
  const { starts, ends, count } = findWords(text, scratch);
  return Array.from({ length: count }, (_, i) => text.slice(starts[i], ends[i]));
}

/** Lower-cased words: both sides of the comparison are case-insensitive (each word lower-cased alone). */
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

/**
 * The words of a search that decide `wordsMatch`: distinct, and none a prefix
 * of another (a word that starts some value word is implied by a longer search
 * word that starts it). In sorted order, a word that starts another starts the
 * word just after it.
 */
export function decisiveWords(searchWords: readonly string[]): string[] {
  const sorted = [...new Set(searchWords)].sort();
  return sorted.filter((word, i) => i === sorted.length - 1 || !sorted[i + 1]!.startsWith(word));
}
