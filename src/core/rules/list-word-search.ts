// The word filters of ListSecrets (`description`, `all`; rules in
// list-words.ts), for every value of a request at once. A value matches an
// attribute when each of its decisive words starts some word of that
// attribute. The decisive words of all values ("terms") go in one tree of
// characters, and each word of the attribute (list-secret-words.ts) is walked
// down the tree once, at most its length. A value of one term is met as soon
// as its term is; for values of several terms, the set of terms met decides
// (list-term-outcomes.ts, counted once per distinct set).
import type { Secret } from "../model/secret.ts";
import { secretWords, type SecretWords } from "./list-secret-words.ts";
import { valuesMet } from "./list-term-outcomes.ts";
import { addAll, addValue, type ValueId, type ValueSet } from "./list-value-set.ts";

interface TermNode {
  /** The first child's character and node (most nodes have one child), then the others, if any. */
  code: number;
  child: TermNode | undefined;
  others: Map<number, TermNode> | undefined;
  /**
   * The values of one term that end here or on the way here: `all` values, and
   * `description` values. A word meets all of them at once, at the last node it reaches.
   */
  alone: ValueSet | undefined;
  aloneInDescription: ValueSet | undefined;
  /** The number of the term that ends here, if values of several terms hold it; else -1. */
  term: number;
}

export interface WordValue {
  readonly value: ValueId;
  /** Its decisive words (`decisiveWords`); a value without words matches nothing. */
  readonly terms: readonly string[];
  /** An `all` value searches every attribute; a `description` value only the description. */
  readonly everywhere: boolean;
}

export interface WordSearch {
  /** Adds to `found` the values that the words of the secret's description meet (both kinds of values). */
  readonly description: (secret: Secret, found: ValueSet) => void;
  /** Adds to `found` the `all` values that the words of its name, a tag key or a tag value meet. */
  readonly others: (secret: Secret, found: ValueSet) => void;
}

const newNode = (): TermNode => ({
  code: -1,
  child: undefined,
  others: undefined,
  alone: undefined,
  aloneInDescription: undefined,
  term: -1,
});

function childOf(node: TermNode, code: number): TermNode | undefined {
  return node.code === code ? node.child : node.others?.get(code);
}

function termNode(root: TermNode, term: string): TermNode {
  let node = root;
  for (let c = 0; c < term.length; c++) {
    const code = term.charCodeAt(c);
    let child = childOf(node, code);
    if (child === undefined) {
      child = newNode();
      if (node.child === undefined) {
        node.code = code;
        node.child = child;
      } else {
        (node.others ??= new Map()).set(code, child);
      }
    }
    node = child;
  }
  return node;
}

/** Gives each node the values of one term that end on the way to it too. */
function withAncestors(node: TermNode, alone: ValueSet | undefined, aloneInDescription: ValueSet | undefined): void {
  node.alone = union(alone, node.alone);
  node.aloneInDescription = union(aloneInDescription, node.aloneInDescription);
  if (node.child !== undefined) withAncestors(node.child, node.alone, node.aloneInDescription);
  for (const child of node.others?.values() ?? []) withAncestors(child, node.alone, node.aloneInDescription);
}

function union(a: ValueSet | undefined, b: ValueSet | undefined): ValueSet | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  const both = a.slice();
  addAll(both, b);
  return both;
}

/** Each word meets at most one term of a value: an attribute with fewer words than this meets none. */
function fewestTerms(values: readonly WordValue[]): number {
  return Math.min(...values.map((value) => value.terms.length).filter((count) => count > 0));
}

/** The search for `values`, whose ids fit in sets of `setSize` words (list-value-set.ts). */
export function wordSearch(values: readonly WordValue[], setSize: number): WordSearch {
  const root = newNode();
  const everywhere: ValueId[][] = [];
  const descriptionOnly: ValueId[][] = [];
  const need = new Int32Array(setSize * 32);
  for (const value of values) {
    need[value.value] = value.terms.length;
    for (const term of value.terms) {
      const node = termNode(root, term);
      if (value.terms.length === 1) {
        if (value.everywhere) addValue((node.alone ??= new Int32Array(setSize)), value.value);
        else addValue((node.aloneInDescription ??= new Int32Array(setSize)), value.value);
        continue;
      }
      if (node.term < 0) {
        node.term = everywhere.length;
        everywhere.push([]);
        descriptionOnly.push([]);
      }
      (value.everywhere ? everywhere : descriptionOnly)[node.term]!.push(value.value);
    }
  }
  withAncestors(root, undefined, undefined);
  // Fewest terms first: the counting of a term stops at the first value that needs more
  // terms than the attribute has words.
  const byNeed = (lists: ValueId[][]) => lists.map((list) => Int32Array.from(list.sort((a, b) => need[a]! - need[b]!)));
  const several = values
    .filter((value) => value.terms.length > 1)
    .map((value) => ({ value: value.value, terms: Int32Array.from(value.terms, (term) => termNode(root, term).term), everywhere: value.everywhere }));
  const outcomes = valuesMet({ values: several, everywhere: byNeed(everywhere), descriptionOnly: byNeed(descriptionOnly), need }, setSize);
  const fewest = { description: fewestTerms(values), others: fewestTerms(values.filter((value) => value.everywhere)) };

  // The attribute being read: the terms of several-term values its words met so far, and
  // the set its values go to.
  const met = {
    terms: new Int32Array(64),
    count: 0,
    seen: new Int32Array(everywhere.length),
    attribute: 0,
    words: 0,
    description: false,
    found: new Int32Array(setSize) as ValueSet,
  };

  /** A node on the way of a word where a term of several-term values ends. */
  function meet(node: TermNode): void {
    const term = node.term;
    if (met.seen[term] === met.attribute) return;
    met.seen[term] = met.attribute;
    if (met.count === met.terms.length) {
      const grown = new Int32Array(met.count * 2);
      grown.set(met.terms);
      met.terms = grown;
    }
    met.terms[met.count++] = term;
  }

  /** Walks the lower-cased word text[start, end) down the tree. */
  function walk(text: string, start: number, end: number): void {
    let last = root;
    for (let c = start; c < end; c++) {
      const node = childOf(last, text.charCodeAt(c));
      if (node === undefined) break;
      if (node.term >= 0) meet(node);
      last = node;
    }
    if (last.alone !== undefined) addAll(met.found, last.alone);
    if (met.description && last.aloneInDescription !== undefined) addAll(met.found, last.aloneInDescription);
  }

  /** Adds to `found` the values that the words of attribute `a` of a secret meet. */
  function read({ text, ends, attributes }: SecretWords, a: number, description: boolean, found: ValueSet): void {
    const first = a === 0 ? 0 : attributes[a - 1]!;
    const last = attributes[a]!;
    if (last - first < (description ? fewest.description : fewest.others)) return;
    met.attribute++;
    met.count = 0;
    met.description = description;
    met.words = last - first;
    met.found = found;
    for (let w = first; w < last; w++) walk(text, w === 0 ? 0 : ends[w - 1]!, ends[w]!);
    if (met.count > 0) outcomes(met, found);
  }

  return {
    description: (secret, found) => read(secretWords(secret), 0, true, found),
    others: (secret, found) => {
      const words = secretWords(secret);
      for (let a = 1; a < words.attributes.length; a++) read(words, a, false, found);
    },
  };
}
