// The secrets of a region sorted for ListSecrets, made once per version of the
// region's table and kept outside the state: a WeakMap memo of a pure function.
// After a small write the index of the version listed last is patched, not
// sorted again. A page is then found by binary search, not by a sort per call.
import { getOwn } from "../model/dict.ts";
import type { Secret } from "../model/secret.ts";
import type { SecretTable } from "../model/secret-table.ts";
import { buildIndex, positionOf, sortKeyOf, type SortBy, type SortedIndex } from "./list-sort.ts";

const cache = new WeakMap<SecretTable, Map<SortBy, SortedIndex>>();

/** Every secret of the table in ascending order of `by`: built once per table version. */
export function sortedIndex(table: SecretTable, by: SortBy): SortedIndex {
  let byKey = cache.get(table);
  if (byKey === undefined) {
    byKey = new Map();
    cache.set(table, byKey);
  }
  let index = byKey.get(by);
  if (index === undefined) {
    index = updatedFromLatest(table, by) ?? buildIndex(table, by);
    byKey.set(by, index);
  }
  latest = { table: new WeakRef(table), byKey };
  return index;
}

// A write changes a few leaves of the table (immer shares the rest), so the
// index of the table listed last is patched rather than sorted again.
let latest: { readonly table: WeakRef<SecretTable>; readonly byKey: Map<SortBy, SortedIndex> } | undefined;
const MAX_PATCHED = 64;

function updatedFromLatest(table: SecretTable, by: SortBy): SortedIndex | undefined {
  const previous = latest?.table.deref();
  const index = previous && latest!.byKey.get(by);
  if (index === undefined) return undefined;
  const changed = changedSecrets(previous!, table);
  if (changed === undefined) return undefined;
  const patched = index.slice();
  for (const secret of changed.removed) {
    patched.splice(positionOf(patched, sortKeyOf(secret, by)), 1);
  }
  for (const secret of changed.added) {
    const key = sortKeyOf(secret, by);
    patched.splice(positionOf(patched, key), 0, { key, secret });
  }
  return patched;
}

interface Changes {
  readonly removed: Secret[];
  readonly added: Secret[];
}

/** The secrets that differ between two versions of a table, or undefined when more than MAX_PATCHED do. */
function changedSecrets(before: SecretTable, after: SecretTable): Changes | undefined {
  const changes: Changes = { removed: [], added: [] };
  const over = () => changes.removed.length + changes.added.length > MAX_PATCHED;
  for (const outer of unionKeys(before.shards, after.shards)) {
    const middleBefore = getOwn(before.shards, outer);
    const middleAfter = getOwn(after.shards, outer);
    if (middleBefore === middleAfter) continue;
    for (const inner of unionKeys(middleBefore, middleAfter)) {
      const leafBefore = middleBefore && getOwn(middleBefore, inner);
      const leafAfter = middleAfter && getOwn(middleAfter, inner);
      if (leafBefore === leafAfter) continue;
      for (const name of unionKeys(leafBefore, leafAfter)) {
        const old = leafBefore && getOwn(leafBefore, name);
        const next = leafAfter && getOwn(leafAfter, name);
        if (old === next) continue;
        if (old !== undefined) changes.removed.push(old);
        if (next !== undefined) changes.added.push(next);
        if (over()) return undefined;
      }
    }
  }
  return changes;
}

function unionKeys(a: object | undefined, b: object | undefined): Set<string> {
  return new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
}

