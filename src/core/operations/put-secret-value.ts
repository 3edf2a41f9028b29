// PutSecretValue
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_PutSecretValue.html
import { missingClientRequestToken, missingValue } from "../errors/errors.ts";
import { failure, success, type Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import type { VersionId } from "../model/ids.ts";
import type { State } from "../model/state.ts";
import { findWritableSecret } from "../rules/replication-guard.ts";
import { writeValue } from "../rules/write-value.ts";
import { lengthBetween, matches, violationsError } from "../validate/constraints.ts";
import { secretIdViolations, tokenViolations, versionStagesViolations } from "../validate/common.ts";
import { isAwsError, requestedValue, valueViolations } from "../validate/secret-value.ts";

export interface PutSecretValueRequest {
  readonly SecretId: string;
  readonly ClientRequestToken?: string;
  readonly SecretString?: string;
  /** Base64 text. */
  readonly SecretBinary?: string;
  readonly VersionStages?: readonly string[];
  readonly RotationToken?: string;
}

export interface PutSecretValueResponse {
  readonly ARN: string;
  readonly Name: string;
  readonly VersionId: string;
  readonly VersionStages: string[];
}

export function putSecretValue(state: State, request: PutSecretValueRequest, context: Context): Result<PutSecretValueResponse> {
  // 1. Validate.
  const invalid = violationsError([
    ...secretIdViolations(request.SecretId),
    ...tokenViolations(request.ClientRequestToken),
    ...valueViolations(request),
    ...versionStagesViolations(request.VersionStages),
    lengthBetween("rotationToken", request.RotationToken, 36, 256, { sensitive: true }),
    matches("rotationToken", request.RotationToken, /^[a-zA-Z0-9\-]+$/, true),
  ]);
  if (invalid) return failure(state, invalid);
  // Observed: a request without a token is refused before the secret is looked up
  // (recorded for a SecretId that did not exist).
  if (request.ClientRequestToken === undefined) return failure(state, missingClientRequestToken());
  // Deviation: the value members too, a check of the request alone like the token's
  // (DEVIATIONS.md, "PutSecretValue without a value").
  const value = requestedValue(request);
  if (isAwsError(value)) return failure(state, value);
  if (value === undefined) return failure(state, missingValue());
  const secret = findWritableSecret(state, context, request.SecretId);
  if (isAwsError(secret)) return failure(state, secret);

  // 2-3. Decide and apply.
  const token = request.ClientRequestToken as VersionId;
  const written = writeValue(state, context, secret, token, value, request.VersionStages);
  if (isAwsError(written)) return failure(state, written);

  // 4. Return.
  return success(written.state, {
    ARN: secret.ARN,
    Name: secret.Name,
    VersionId: written.versionId,
    VersionStages: written.stages,
  });
}
