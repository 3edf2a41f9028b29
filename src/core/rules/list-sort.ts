// Sort keys of ListSecrets (AWS doc: SortBy, SortOrder) and the binary search
// that finds where a page starts in secrets sorted by them.
import type { Secret } from "../model/secret.ts";
import { tableSecrets, type SecretTable } from "../model/secret-table.ts";

/** The API reference's SortByType; AWS doc: "If not specified, secrets are listed by CreatedDate." */
export const SORT_KEYS = ["created-date", "last-accessed-date", "last-changed-date", "name"] as const;
export type SortBy = (typeof SORT_KEYS)[number];

/**
 * Where a secret sits in a sort: its sort value, then its name (names are unique
 * in a region, so the order is total). Deviation: a secret never accessed sorts
 * before every accessed one (value null).
 */
export type SortKey = readonly [value: number | string | null, name: string];

export function sortKeyOf(secret: Secret, by: SortBy): SortKey {
  switch (by) {
    case "created-date":
      return [secret.CreatedDate, secret.Name];
    case "last-accessed-date":
      return [secret.LastAccessedDate ?? null, secret.Name];
    case "last-changed-date":
      return [secret.LastChangedDate, secret.Name];
    case "name":
      return [secret.Name, secret.Name];
  }
}

function compareValues(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** Ascending order; names compare by UTF-16 code units (case-sensitive). */
export function compareKeys(a: SortKey, b: SortKey): number {
  return compareValues(a[0], b[0]) || compareValues(a[1], b[1]);
}

export interface IndexEntry {
  readonly key: SortKey;
  readonly secret: Secret;
}

export type SortedIndex = readonly IndexEntry[];

/** Every secret of the table in ascending order of `by`, sorted from scratch. */
export function buildIndex(table: SecretTable, by: SortBy): SortedIndex {
  const entries: IndexEntry[] = [];
  for (const secret of tableSecrets(table)) entries.push({ key: sortKeyOf(secret, by), secret });
  return entries.sort((a, b) => compareKeys(a.key, b.key));
}

/** The number of entries whose key is at most `key`: the position just after it. */
export function positionAfter(index: SortedIndex, key: SortKey): number {
  let low = 0;
  let high = index.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareKeys(index[middle]!.key, key) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The number of entries whose key is below `key`: the position of it, or where it would be. */
export function positionOf(index: SortedIndex, key: SortKey): number {
  let low = 0;
  let high = index.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareKeys(index[middle]!.key, key) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
