// ListSecretVersionIds
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_ListSecretVersionIds.html
import { invalidNextToken } from "../errors/errors.ts";
import { failure, isAwsError, success, type Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import type { Secret } from "../model/secret.ts";
import type { SecretVersion } from "../model/secret-version.ts";
import type { State } from "../model/state.ts";
import { findSecret } from "../rules/find-secret.ts";
import { stagesOf } from "../store/labels.ts";
import { versionsInOrder } from "../store/versions.ts";
import { decodePageToken, encodePageToken } from "../rules/page-token.ts";
import { lengthBetween, rangeBetween, violationsError } from "../validate/constraints.ts";
import { secretIdViolation } from "../validate/common.ts";

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

function entry(secret: Secret, version: SecretVersion): SecretVersionsListEntry {
  const stages = stagesOf(secret, version.VersionId);
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
    secretIdViolation(request.SecretId),
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
  const all: SecretVersionsListEntry[] = [];
  for (const version of versionsInOrder(secret.versions)) {
    const listed = entry(secret, version);
    if (includeDeprecated || listed.VersionStages !== undefined) all.push(listed);
  }
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
