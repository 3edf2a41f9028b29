// The ids of versions removed by pruning, kept so that an id is never reused and a
// read of it answers "was deleted"
// (docs/semantics/versions-and-labels.md#pruning-of-deprecated-versions).
// A busy secret prunes one version per write for ever, so the ids form a hash trie:
// a leaf holds at most LEAF_SIZE ids and becomes a branch of 64 nodes when it grows
// past that. A prune copies one leaf and the branches above it, a lookup reads one
// leaf, however many versions the secret has lost.
// Plain JSON, and arrays only (V8 copies an array fast, frozen or not; an object keyed
// by ids would get a hidden class of its own): a leaf is a flat list of hash, id,
// hash, id, …; a branch a list of 64 nodes.
import type { VersionId } from "../model/ids.ts";
import { idHash } from "./id-hash.ts";

export type PrunedLeaf = readonly (number | string)[];
export type PrunedBranch = readonly PrunedNode[];
export type PrunedNode = PrunedLeaf | PrunedBranch;

const BITS = 6;
export const FANOUT = 1 << BITS;
/** 30-bit hashes give five levels of six bits; a leaf at the last level grows instead. */
const MAX_DEPTH = 4;
const LEAF_SIZE = 16;

export const NO_PRUNED_IDS: PrunedLeaf = Object.freeze([]);

/** A branch's first child is a node (a list); a leaf's first member is a hash. */
export function isBranch(node: PrunedNode): node is PrunedBranch {
  return node.length > 0 && Array.isArray(node[0]);
}

const branchIndex = (hash: number, depth: number) => (hash >>> (BITS * depth)) & (FANOUT - 1);

export function isPruned(root: PrunedNode, id: string, hash = idHash(id)): boolean {
  let node = root;
  for (let depth = 0; isBranch(node); depth++) node = node[branchIndex(hash, depth)]!;
  for (let i = 0; i < node.length; i += 2) {
    if (node[i] === hash && node[i + 1] === id) return true;
  }
  return false;
}

/** Every pruned id, in no particular order, with where it is filed. */
export function* prunedEntries(root: PrunedNode): Generator<{ readonly id: VersionId; readonly hash: number; readonly path: readonly number[] }> {
  function* walk(node: PrunedNode, path: number[]): Generator<{ id: VersionId; hash: number; path: readonly number[] }> {
    if (isBranch(node)) {
      for (let i = 0; i < node.length; i++) yield* walk(node[i]!, [...path, i]);
      return;
    }
    for (let i = 0; i < node.length; i += 2) yield { hash: node[i] as number, id: node[i + 1] as VersionId, path };
  }
  yield* walk(root, []);
}

/** The trie with `id` added; shares every untouched node. */
export function withPruned(root: PrunedNode, id: string, hash = idHash(id)): PrunedNode {
  return addIn(root, id, hash, 0);
}

function addIn(node: PrunedNode, id: string, hash: number, depth: number): PrunedNode {
  if (isBranch(node)) {
    const index = branchIndex(hash, depth);
    const copy = [...node];
    copy[index] = addIn(node[index]!, id, hash, depth + 1);
    return Object.freeze(copy);
  }
  const leaf = [...node, hash, id];
  if (depth === MAX_DEPTH || leaf.length <= 2 * LEAF_SIZE) return Object.freeze(leaf);
  const children: (number | string)[][] = Array.from({ length: FANOUT }, () => []);
  for (let i = 0; i < leaf.length; i += 2) children[branchIndex(leaf[i] as number, depth)]!.push(leaf[i]!, leaf[i + 1]!);
  return Object.freeze(children.map((child) => Object.freeze(child)));
}
