// The case-sensitive prefix filters of ListSecrets (name, tag-key, tag-value,
// primary-region, owning-service; AWS doc Filter: "Prefix match,
// case-sensitive"). A few values are compared one by one (a native
// comparison each); more go in one tree of characters per attribute, so that
// the attribute is read once, at most its length, whatever their number.
import { addValue, type ValueId, type ValueSet } from "./list-value-set.ts";

/** Up to this many values, comparing each costs less than walking a tree. */
const COMPARED_ONE_BY_ONE = 8;

interface PrefixNode {
  /** The first child's character and node (most nodes have one child), then the others, if any. */
  code: number;
  child: PrefixNode | undefined;
  others: Map<number, PrefixNode> | undefined;
  /** The values that are exactly the characters on the way to this node. */
  readonly values: ValueId[];
}

/** Adds to `met` every value that `text` starts with. */
export type PrefixSearch = (text: string, met: ValueSet) => void;

const newNode = (): PrefixNode => ({ code: -1, child: undefined, others: undefined, values: [] });

function childOf(node: PrefixNode, code: number): PrefixNode | undefined {
  return node.code === code ? node.child : node.others?.get(code);
}

function treeOf(prefixes: readonly string[], values: readonly ValueId[]): PrefixNode {
  const root = newNode();
  prefixes.forEach((prefix, i) => {
    let node = root;
    for (let c = 0; c < prefix.length; c++) {
      const code = prefix.charCodeAt(c);
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
    node.values.push(values[i]!);
  });
  return root;
}

/** The search for the values `prefixes[i]`, each numbered `values[i]`. */
export function prefixSearch(prefixes: readonly string[], values: readonly ValueId[]): PrefixSearch {
  if (prefixes.length <= COMPARED_ONE_BY_ONE) {
    return (text, met) => {
      for (let i = 0; i < prefixes.length; i++) if (text.startsWith(prefixes[i]!)) addValue(met, values[i]!);
    };
  }
  const root = treeOf(prefixes, values);
  return (text, met) => {
    let node: PrefixNode | undefined = root;
    for (let c = 0; ; c++) {
      for (const value of node.values) addValue(met, value);
      if (c === text.length) return;
      node = childOf(node, text.charCodeAt(c));
      if (node === undefined) return;
    }
  };
}
