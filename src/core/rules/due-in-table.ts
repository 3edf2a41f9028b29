// Finding the secrets whose date has come (a recovery window ended, a rotation
// due) without looking at every secret each time. State is immutable and immer
// shares the groups of the secret table that a write did not touch, so the
// earliest date of each group (a leaf, a middle dict of leaves, the shards) is
// memoised per group object: a search with nothing due reads one memo per
// table, and after a write only the groups on the written secret's path are
// scanned again. The memo is a cache outside the state: it never changes an answer.
import type { Dict } from "../model/dict.ts";
import type { Secret } from "../model/secret.ts";
import type { SecretTable } from "../model/secret-table.ts";
import type { Timestamp } from "../model/time.ts";

/** The secrets of a table whose date is at or before `now`, in the table's order. */
export type DueSearch = (table: SecretTable, now: Timestamp) => Secret[];

/** A search for the secrets whose `dateOf` (Infinity for never) has come. */
export function dueSearch(dateOf: (secret: Secret) => number): DueSearch {
  const earliestByGroup = new WeakMap<object, number>();
  const memoised = <T extends object>(group: T, compute: (group: T) => number): number => {
    let earliest = earliestByGroup.get(group);
    if (earliest === undefined) {
      earliest = compute(group);
      earliestByGroup.set(group, earliest);
    }
    return earliest;
  };
  const earliestOf = <T>(items: readonly T[], date: (item: T) => number): number => {
    let earliest = Infinity;
    for (const item of items) {
      const value = date(item);
      if (value < earliest) earliest = value;
    }
    return earliest;
  };
  const leafDue = (leaf: Dict<Secret>) => memoised(leaf, () => earliestOf(Object.values(leaf), dateOf));
  const middleDue = (middle: Dict<Dict<Secret>>) => memoised(middle, () => earliestOf(Object.values(middle), leafDue));
  const shardsDue = (shards: SecretTable["shards"]) => memoised(shards, () => earliestOf(Object.values(shards), middleDue));

  return (table, now) => {
    const due: Secret[] = [];
    if (shardsDue(table.shards) > now) return due;
    for (const middle of Object.values(table.shards)) {
      if (middleDue(middle) > now) continue;
      for (const leaf of Object.values(middle)) {
        if (leafDue(leaf) > now) continue;
        for (const secret of Object.values(leaf)) if (dateOf(secret) <= now) due.push(secret);
      }
    }
    return due;
  };
}
