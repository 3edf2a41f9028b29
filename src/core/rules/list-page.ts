// One page of a secret listing (ListSecrets, BatchGetSecretValue with Filters).
// The NextToken carries the sort key of the last secret returned, bound by its
// check to the listing's region, filters and order; the next page starts just
// after that key, found by binary search in the sorted index.
import type { AwsError } from "../errors/codes.ts";
import { invalidNextToken } from "../errors/errors.ts";
import type { Context } from "../model/context.ts";
import { getOwn } from "../model/dict.ts";
import type { Secret } from "../model/secret.ts";
import type { State } from "../model/state.ts";
import { compileFilters, type Filter } from "./list-filters.ts";
import { sortedIndex } from "./list-index.ts";
import { positionAfter, positionOf, sortKeyOf, type SortBy, type SortKey, type SortedIndex } from "./list-sort.ts";
import { decodePageToken, encodePageToken } from "./page-token.ts";
import { isDueForPurge } from "./purge-deleted.ts";

export type SortOrder = "asc" | "desc";

export interface ListQuery {
  /** Validated: every Key a filter key, Values present. */
  readonly filters: readonly Filter[];
  readonly sortBy: SortBy;
  readonly sortOrder: SortOrder;
  readonly includePlannedDeletion: boolean;
}

export interface ListPage {
  readonly secrets: readonly Secret[];
  readonly nextToken?: string;
}

function scopeOf(listing: string, region: string, query: ListQuery): string {
  const filters = query.filters.map((filter) => [filter.Key, filter.Values]);
  return `${listing}\n${region}\n${JSON.stringify([filters, query.sortBy, query.sortOrder, query.includePlannedDeletion])}`;
}

/** The sort key a token's position holds, if it has the shape that `by` gives. */
function parseKey(position: string, by: SortBy): SortKey | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(position);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[1] !== "string") return undefined;
  const value: unknown = parsed[0];
  const fits =
    by === "name"
      ? typeof value === "string"
      : typeof value === "number" || (by === "last-accessed-date" && value === null);
  return fits ? [value as SortKey[0], parsed[1] as string] : undefined;
}

function startOf(index: SortedIndex, order: SortOrder, after: SortKey | undefined): number {
  if (order === "asc") return after === undefined ? 0 : positionAfter(index, after);
  return (after === undefined ? index.length : positionOf(index, after)) - 1;
}

/**
 * The page of `size` secrets that a request asks for. `listing` names the
 * operation, so that a token of one listing is refused by another.
 */
export function listPage(
  state: State,
  context: Context,
  listing: string,
  query: ListQuery,
  nextToken: string | undefined,
  size: number,
): ListPage | AwsError {
  const scope = scopeOf(listing, context.region, query);
  let after: SortKey | undefined;
  if (nextToken !== undefined) {
    const position = decodePageToken(scope, nextToken);
    after = position === undefined ? undefined : parseKey(position, query.sortBy);
    if (after === undefined) return invalidNextToken();
  }
  const region = getOwn(state.regions, context.region);
  if (region === undefined) return { secrets: [] };

  const index = sortedIndex(region.secrets, query.sortBy);
  const matches = compileFilters(query.filters);
  // AWS doc: "By default, secrets scheduled for deletion aren't included."
  const keep = (secret: Secret) =>
    (query.includePlannedDeletion || secret.DeletedDate === undefined) &&
    !isDueForPurge(secret, context.now) &&
    matches(secret);
  const step = query.sortOrder === "asc" ? 1 : -1;

  const secrets: Secret[] = [];
  let i = startOf(index, query.sortOrder, after);
  for (; i >= 0 && i < index.length && secrets.length < size; i += step) {
    const secret = index[i]!.secret;
    if (keep(secret)) secrets.push(secret);
  }
  // A NextToken only when another secret follows: look ahead for one.
  for (; i >= 0 && i < index.length; i += step) {
    if (keep(index[i]!.secret)) {
      const last = secrets[secrets.length - 1]!;
      return { secrets, nextToken: encodePageToken(scope, JSON.stringify(sortKeyOf(last, query.sortBy))) };
    }
  }
  return { secrets };
}
