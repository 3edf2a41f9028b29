// ListSecrets
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_ListSecrets.html
import { failure, isAwsError, success, type Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import type { Secret } from "../model/secret.ts";
import type { State } from "../model/state.ts";
import type { Filter } from "../rules/list-filters.ts";
import { SORT_KEYS, type SortBy } from "../rules/list-sort.ts";
import { listPage, type SortOrder } from "../rules/list-page.ts";
import { secretMetadata, versionsToStages, type SecretMetadata } from "../rules/secret-metadata.ts";
import { lengthBetween, oneOf, rangeBetween, violationsError } from "../validate/constraints.ts";
import { filterError, filterViolations } from "../validate/list-requests.ts";

export interface ListSecretsRequest {
  readonly IncludePlannedDeletion?: boolean;
  readonly MaxResults?: number;
  readonly NextToken?: string;
  readonly Filters?: readonly Filter[];
  readonly SortOrder?: SortOrder;
  readonly SortBy?: SortBy;
}

/** Observed: the key is SecretVersionsToStages (DescribeSecret's is VersionIdsToStages); no ReplicationStatus. */
export interface SecretListEntry extends SecretMetadata {
  readonly SecretVersionsToStages?: Record<string, string[]>;
}

export interface ListSecretsResponse {
  readonly SecretList: SecretListEntry[];
  readonly NextToken?: string;
}

/** Deviation: AWS doc gives no number ("a value that's specific to the operation"); the maximum. */
export const LIST_SECRETS_DEFAULT_PAGE_SIZE = 100;

export function listSecretsEntry(secret: Secret): SecretListEntry {
  const stages = versionsToStages(secret);
  return { ...secretMetadata(secret), ...(stages && { SecretVersionsToStages: stages }) };
}

export function listSecrets(state: State, request: ListSecretsRequest, context: Context): Result<ListSecretsResponse> {
  // 1. Validate.
  const invalid = violationsError([
    rangeBetween("maxResults", request.MaxResults, 1, 100),
    lengthBetween("nextToken", request.NextToken, 1, 4096),
    ...filterViolations(request.Filters),
    oneOf("sortOrder", request.SortOrder, ["asc", "desc"]),
    oneOf("sortBy", request.SortBy, SORT_KEYS),
  ]);
  if (invalid) return failure(state, invalid);
  const badFilter = filterError(request.Filters);
  if (badFilter) return failure(state, badFilter);

  // 2. Decide: the page (a read: nothing to apply).
  const page = listPage(
    state,
    context,
    "ListSecrets",
    {
      filters: request.Filters ?? [],
      // AWS doc: "If not specified, secrets are listed by CreatedDate"; observed: oldest first.
      sortBy: request.SortBy ?? "created-date",
      sortOrder: request.SortOrder ?? "asc",
      includePlannedDeletion: request.IncludePlannedDeletion ?? false,
    },
    request.NextToken,
    request.MaxResults ?? LIST_SECRETS_DEFAULT_PAGE_SIZE,
  );
  if (isAwsError(page)) return failure(state, page);

  // 4. Return the same state.
  return success(state, {
    SecretList: page.secrets.map(listSecretsEntry),
    ...(page.nextToken !== undefined && { NextToken: page.nextToken }),
  });
}
