// BatchGetSecretValue
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_BatchGetSecretValue.html
import type { AwsError } from "../errors/codes.ts";
import { idsOrFilters, invalidNextToken, maxResultsWithoutFilters } from "../errors/errors.ts";
import { failure, isAwsError, success, type Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import type { Secret } from "../model/secret.ts";
import type { State } from "../model/state.ts";
import { findActiveSecret } from "../rules/find-secret.ts";
import { stagesOf } from "../store/labels.ts";
import type { Filter } from "../rules/list-filters.ts";
import { listPage } from "../rules/list-page.ts";
import { recordReads, type Read } from "../rules/read-access.ts";
import { lengthBetween, rangeBetween, violationsError } from "../validate/constraints.ts";
import { filterError, filterViolations, secretIdListViolations } from "../validate/list-requests.ts";
import { selectVersion } from "./get-secret-value.ts";

export interface BatchGetSecretValueRequest {
  readonly SecretIdList?: readonly string[];
  readonly Filters?: readonly Filter[];
  /** Only with Filters. */
  readonly MaxResults?: number;
  readonly NextToken?: string;
}

/** As GetSecretValue answers, for the AWSCURRENT version. */
export interface SecretValueEntry {
  readonly ARN: string;
  readonly Name: string;
  readonly VersionId: string;
  readonly SecretString?: string;
  /** Base64 text. */
  readonly SecretBinary?: string;
  readonly VersionStages: string[];
  readonly CreatedDate: number;
}

/** AWS doc (APIErrorType): a secret that could not be read, without failing the call. */
export interface SecretError {
  readonly SecretId: string;
  readonly ErrorCode: string;
  readonly Message: string;
}

export interface BatchGetSecretValueResponse {
  readonly SecretValues: SecretValueEntry[];
  /** Observed in AWS's example: `[]` when every secret was read. */
  readonly Errors: SecretError[];
  readonly NextToken?: string;
}

/** Deviation: AWS doc gives no default for MaxResults; the maximum, 20, as for SecretIdList. */
export const BATCH_DEFAULT_PAGE_SIZE = 20;

type Outcome = { readonly read: Read } | { readonly error: SecretError };

function readCurrent(secret: Secret, secretId: string): Outcome {
  // AWS doc: the values returned are those of AWSCURRENT (no VersionId or VersionStage to choose).
  const version = selectVersion(secret, undefined, undefined);
  return isAwsError(version) ? { error: secretError(secretId, version) } : { read: { secret, version } };
}

function secretError(secretId: string, error: AwsError): SecretError {
  return { SecretId: secretId, ErrorCode: error.code, Message: error.message };
}

function valueEntry({ secret, version }: Read): SecretValueEntry {
  const value = version.value!;
  return {
    ARN: secret.ARN,
    Name: secret.Name,
    VersionId: version.VersionId,
    ...(value.kind === "string" ? { SecretString: value.SecretString } : { SecretBinary: value.SecretBinary }),
    VersionStages: stagesOf(secret, version.VersionId),
    CreatedDate: version.CreatedDate,
  };
}

export function batchGetSecretValue(
  state: State,
  request: BatchGetSecretValueRequest,
  context: Context,
): Result<BatchGetSecretValueResponse> {
  // 1. Validate.
  const invalid = violationsError([
    ...secretIdListViolations(request.SecretIdList),
    ...filterViolations(request.Filters),
    rangeBetween("maxResults", request.MaxResults, 1, 20),
    lengthBetween("nextToken", request.NextToken, 1, 4096),
  ]);
  if (invalid) return failure(state, invalid);
  // AWS doc: "You must include Filters or SecretIdList, but not both."
  if ((request.SecretIdList === undefined) === (request.Filters === undefined)) return failure(state, idsOrFilters());
  // AWS doc (MaxResults): "To use this parameter, you must also use the Filters parameter."
  if (request.MaxResults !== undefined && request.Filters === undefined) {
    return failure(state, maxResultsWithoutFilters());
  }
  const badFilter = filterError(request.Filters);
  if (badFilter) return failure(state, badFilter);

  // 2. Decide: which secrets, and what each answers.
  let outcomes: Outcome[];
  let nextToken: string | undefined;
  if (request.SecretIdList !== undefined) {
    // Deviation: a list of at most 20 ids is answered in one page; no token was issued for it.
    if (request.NextToken !== undefined) return failure(state, invalidNextToken());
    outcomes = request.SecretIdList.map((secretId) => {
      const secret = findActiveSecret(state, context, secretId);
      return isAwsError(secret) ? { error: secretError(secretId, secret) } : readCurrent(secret, secretId);
    });
  } else {
    const page = listPage(
      state,
      context,
      "BatchGetSecretValue",
      { filters: request.Filters ?? [], sortBy: "created-date", sortOrder: "asc", includePlannedDeletion: false },
      request.NextToken,
      request.MaxResults ?? BATCH_DEFAULT_PAGE_SIZE,
    );
    if (isAwsError(page)) return failure(state, page);
    // Deviation: a listed secret without an AWSCURRENT value is reported under its name.
    outcomes = page.secrets.map((secret) => readCurrent(secret, secret.Name));
    nextToken = page.nextToken;
  }
  const reads = outcomes.flatMap((outcome) => ("read" in outcome ? [outcome.read] : []));

  // 3. Apply: LastAccessedDate, as GetSecretValue records it.
  const next = recordReads(state, context.region, reads, context.now);

  // 4. Return.
  return success(next, {
    SecretValues: reads.map(valueEntry),
    Errors: outcomes.flatMap((outcome) => ("error" in outcome ? [outcome.error] : [])),
    ...(nextToken !== undefined && { NextToken: nextToken }),
  });
}
