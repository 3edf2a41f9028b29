// The case-sensitive prefix filters of ListSecrets (name, tag-key, tag-value,
// primary-region, owning-service; AWS doc Filter: "Prefix match,
// case-sensitive"). The values of a request are put in one tree of characters
// per attribute, so that a secret's attribute is read once, whatever the
// number of values: the cost is at most the attribute's length.
import { addValue, type ValueId, type ValueSet } from "./list-value-set.ts";

interface PrefixNode {
  readonly children: Map<number, PrefixNode>;
  /** The values that are exactly the characters on the way to this node. */
  readonly values: ValueId[];
}

/** Adds to `met` every value that `text` starts with. */
export type PrefixSearch = (text: string, met: ValueSet) => void;

/** The search for the values `prefixes[i]`, each numbered `values[i]`. */
export function prefixSearch(prefixes: readonly string[], values: readonly ValueId[]): PrefixSearch {
  const root: PrefixNode = { children: new Map(), values: [] };
  prefixes.forEach((prefix, i) => {
    let node = root;
    for (let c = 0; c < prefix.length; c++) {
      const code = prefix.charCodeAt(c);
      let child = node.children.get(code);
      if (child === undefined) {
        child = { children: new Map(), values: [] };
        node.children.set(code, child);
      }
      node = child;
    }
    node.values.push(values[i]!);
  });
  return (text, met) => {
    let node: PrefixNode | undefined = root;
    for (let c = 0; ; c++) {
      for (const value of node.values) addValue(met, value);
      if (c === text.length) return;
      node = node.children.get(text.charCodeAt(c));
      if (node === undefined) return;
    }
  };
}
