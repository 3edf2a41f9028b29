// ListSecretVersionIds
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_ListSecretVersionIds.html
import { invalidNextToken } from "../errors/errors.ts";
import { failure, success, type Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import type { Secret } from "../model/secret.ts";
import type { State } from "../model/state.ts";
import { findSecret } from "../rules/find-secret.ts";
import { stagesOf } from "../rules/labels.ts";
import { decodePageToken, encodePageToken } from "../rules/page-token.ts";
import { lengthBetween, rangeBetween, violationsError } from "../validate/constraints.ts";
import { secretIdViolations } from "../validate/common.ts";
import { isAwsError } from "../validate/secret-value.ts";

export interface ListSecretVersionIdsRequest {
  readonly SecretId: string;
  readonly MaxResults?: number;
  readonly NextToken?: string;
  readonly IncludeDeprecated?: boolean;
}

export interface SecretVersionsListEntry {
  readonly VersionId: string;
  /** Omitted for a deprecated (label-less) version (observed). */
  readonly VersionStages?: string[];
  readonly LastAccessedDate?: number;
  readonly CreatedDate: number;
  readonly KmsKeyIds: string[];
}

export interface ListSecretVersionIdsResponse {
  readonly Versions: SecretVersionsListEntry[];
  readonly NextToken?: string;
  readonly ARN: string;
  readonly Name: string;
}

/** Observed: versions under the AWS managed key list this literal key id. */
const DEFAULT_KMS_KEY_ID = "DefaultEncryptionKey";
const DEFAULT_PAGE_SIZE = 100;

function entry(secret: Secret, versionId: string): SecretVersionsListEntry | undefined {
  const version = secret.versions[versionId]!;
  const stages = stagesOf(secret, versionId);
  return {
    VersionId: version.VersionId,
    ...(stages.length > 0 && { VersionStages: stages }),
    ...(version.LastAccessedDate !== undefined && { LastAccessedDate: version.LastAccessedDate }),
    CreatedDate: version.CreatedDate,
    KmsKeyIds: [version.KmsKeyId ?? DEFAULT_KMS_KEY_ID],
  };
}

export function listSecretVersionIds(
  state: State,
  request: ListSecretVersionIdsRequest,
  context: Context,
): Result<ListSecretVersionIdsResponse> {
  const invalid = violationsError([
    ...secretIdViolations(request.SecretId),
    rangeBetween("maxResults", request.MaxResults, 1, 100),
    lengthBetween("nextToken", request.NextToken, 1, 4096),
  ]);
  if (invalid) return failure(state, invalid);
  const secret = findSecret(state, context, request.SecretId);
  if (isAwsError(secret)) return failure(state, secret);

  const includeDeprecated = request.IncludeDeprecated ?? false;
  const scope = `versions\n${secret.ARN}\n${includeDeprecated}`;
  let start = 0;
  if (request.NextToken !== undefined) {
    const position = decodePageToken(scope, request.NextToken);
    if (position === undefined || !/^\d+$/.test(position)) return failure(state, invalidNextToken());
    start = Number(position);
  }
  // Versions in creation order (AWS's order is not documented: DEVIATIONS.md).
  const all = Object.keys(secret.versions)
    .map((id) => entry(secret, id)!)
    .filter((e) => includeDeprecated || e.VersionStages !== undefined);
  const size = request.MaxResults ?? DEFAULT_PAGE_SIZE;
  const page = all.slice(start, start + size);
  const end = start + page.length;
  return success(state, {
    Versions: page,
    ...(end < all.length && { NextToken: encodePageToken(scope, String(end)) }),
    ARN: secret.ARN,
    Name: secret.Name,
  });
}
