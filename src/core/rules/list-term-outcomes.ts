// Which values of a request an attribute meets, from the terms its words met
// (list-word-search.ts): a value of several terms is met when all of them are.
// Within one request the answer depends on the set of terms met alone, and
// attributes of different secrets often meet the same set ("secret", "prod"),
// so it is kept for each set met: the counting runs once per distinct set, not
// once per secret. At most MEMO_LIMIT sets are kept, so a request's memory is
// bounded. A request with few such values checks each of them instead: that is
// cheaper than finding the set in the memo.
import { addAll, addValue, type ValueId, type ValueSet } from "./list-value-set.ts";

/** The values of several terms, and for each term, those that hold it, fewest terms first. */
export interface Postings {
  readonly values: readonly SeveralTerms[];
  readonly everywhere: readonly Int32Array[];
  readonly descriptionOnly: readonly Int32Array[];
  /** How many terms each value holds, by ValueId. */
  readonly need: Int32Array;
}

export interface SeveralTerms {
  readonly value: ValueId;
  readonly terms: Int32Array;
  /** An `all` value: met in any attribute, not only in a description. */
  readonly everywhere: boolean;
}

/** The terms an attribute met: `terms[0, count)`, each marked `seen[term] === attribute`. */
export interface MetTerms {
  readonly terms: Int32Array;
  readonly count: number;
  readonly seen: Int32Array;
  readonly attribute: number;
  /** The number of words of the attribute. */
  readonly words: number;
  /** A description: `description` values count too. */
  readonly description: boolean;
}

interface Outcome {
  readonly description: boolean;
  readonly terms: Int32Array;
  /** Undefined when no value is met. */
  readonly values: ValueSet | undefined;
}

const MEMO_LIMIT = 10_000;
const CHECKED_ONE_BY_ONE = 4;
const NONE: readonly Outcome[] = [];

/** An order-free hash of a set of term numbers. */
function hashOf(met: MetTerms): number {
  let hash = met.count * 2 + (met.description ? 1 : 0);
  for (let i = 0; i < met.count; i++) {
    const term = met.terms[i]!;
    hash = (hash + (Math.imul(term ^ (term >>> 15), 0x2c1b3c6d) ^ 0x297a2d39)) | 0;
  }
  return hash;
}

function sameSet(outcome: Outcome, met: MetTerms): boolean {
  if (outcome.description !== met.description || outcome.terms.length !== met.count) return false;
  for (const term of outcome.terms) if (met.seen[term] !== met.attribute) return false;
  return true;
}

/** Adds to `found` the values met by a set of terms. */
export type ValuesMet = (met: MetTerms, found: ValueSet) => void;

function checkedOneByOne(several: readonly SeveralTerms[]): ValuesMet {
  return (met, found) => {
    for (const { value, terms, everywhere } of several) {
      if ((!everywhere && !met.description) || terms.length > met.words) continue;
      let all = true;
      for (let i = 0; i < terms.length && all; i++) all = met.seen[terms[i]!] === met.attribute;
      if (all) addValue(found, value);
    }
  };
}

/** The values met by a set of terms, as sets of `setSize` words (list-value-set.ts). */
export function valuesMet(postings: Postings, setSize: number): ValuesMet {
  if (postings.values.length <= CHECKED_ONE_BY_ONE) return checkedOneByOne(postings.values);
  const { need } = postings;
  const memo = new Map<number, Outcome[]>();
  let kept = 0;
  const countedFor = new Int32Array(need.length);
  const counts = new Int32Array(need.length);
  let round = 0;
  let values: ValueSet | undefined;

  function count(list: Int32Array, wordCount: number): void {
    for (let i = 0; i < list.length; i++) {
      const value: ValueId = list[i]!;
      // Each word meets at most one term of a value (its terms are decisive).
      if (need[value]! > wordCount) return;
      if (countedFor[value] !== round) {
        countedFor[value] = round;
        counts[value] = 0;
      }
      if (++counts[value]! === need[value]) addValue((values ??= new Int32Array(setSize)), value);
    }
  }

  function countAll(met: MetTerms): ValueSet | undefined {
    round++;
    values = undefined;
    for (let i = 0; i < met.count; i++) {
      const term = met.terms[i]!;
      count(postings.everywhere[term]!, met.words);
      if (met.description) count(postings.descriptionOnly[term]!, met.words);
    }
    return values;
  }

  function known(met: MetTerms): ValueSet | undefined {
    const hash = hashOf(met);
    const outcomes = memo.get(hash);
    for (const outcome of outcomes ?? NONE) if (sameSet(outcome, met)) return outcome.values;
    const values = countAll(met);
    if (kept < MEMO_LIMIT) {
      kept++;
      const outcome = { description: met.description, terms: met.terms.slice(0, met.count), values };
      if (outcomes === undefined) memo.set(hash, [outcome]);
      else outcomes.push(outcome);
    }
    return values;
  }

  return (met, found) => {
    const values = known(met);
    if (values !== undefined) addAll(found, values);
  };
}
