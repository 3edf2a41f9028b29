// The values of a ListSecrets request as bits: a set of values is a few 32-bit
// words, so that what a secret meets is gathered, and each filter decided,
// with a handful of bit operations whatever the number of values. The values
// of one filter (at most 10) share one word, so a filter is decided by one
// word: it passes when a plain value is met or a negated one is not.

/** A value's number: its word times 32, plus its bit. */
export type ValueId = number;

/** A set of values: one bit per value. */
export type ValueSet = Int32Array;

export const wordOf = (value: ValueId) => value >>> 5;
export const bitOf = (value: ValueId) => 1 << (value & 31);

export function addValue(set: ValueSet, value: ValueId): void {
  set[value >>> 5]! |= 1 << (value & 31);
}

/** Adds every value of `other` to `set`. */
export function addAll(set: ValueSet, other: ValueSet): void {
  for (let i = 0; i < set.length; i++) set[i]! |= other[i]!;
}

/**
 * Numbers the values of each filter (`sizes[f]` of them) so that those of one
 * filter share a word: the ids of each filter's values, and the number of words.
 */
export function numberValues(sizes: readonly number[]): { ids: ValueId[][]; words: number } {
  let word = 0;
  let bit = 0;
  const ids = sizes.map((size) => {
    if (size > 32) throw new RangeError(`${size} values in one filter: the API model allows 10`);
    if (bit + size > 32) {
      word++;
      bit = 0;
    }
    const filterIds = Array.from({ length: size }, (_, i) => word * 32 + bit + i);
    bit += size;
    return filterIds;
  });
  return { ids, words: word + 1 };
}
