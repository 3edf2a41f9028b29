// CancelRotateSecret
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_CancelRotateSecret.html
import { noRotationLambda } from "../errors/errors.ts";
import { failure, isAwsError, success, type Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import { AWSCURRENT, AWSPENDING } from "../model/ids.ts";
import type { State } from "../model/state.ts";
import { findWritableSecret } from "../rules/replication-guard.ts";
import { holderOf } from "../store/labels.ts";
import { metadataChange } from "../store/secret-edit.ts";
import { writeSecret } from "../store/secret-writes.ts";
import { violationsError } from "../validate/constraints.ts";
import { secretIdViolation } from "../validate/common.ts";

export interface CancelRotateSecretRequest {
  readonly SecretId: string;
}

export interface CancelRotateSecretResponse {
  readonly ARN: string;
  readonly Name: string;
  /** The version of the rotation in progress, if one is: AWSPENDING away from AWSCURRENT. */
  readonly VersionId?: string;
}

/**
 * Turns automatic rotation off and cancels a rotation in progress. Labels stay as
 * they are (AWS doc: "You might need to remove the staging label AWSPENDING from the
 * partially created version"); RotationRules and RotationLambdaARN stay visible.
 * AWS doc (DescribeSecret): NextRotationDate and LastRotatedDate are null once
 * "rotation has been disabled".
 */
export function cancelRotateSecret(
  state: State,
  request: CancelRotateSecretRequest,
  context: Context,
): Result<CancelRotateSecretResponse> {
  // 1. Validate.
  const invalid = violationsError([secretIdViolation(request.SecretId)]);
  if (invalid) return failure(state, invalid);
  const secret = findWritableSecret(state, context, request.SecretId);
  if (isAwsError(secret)) return failure(state, secret);

  // 2. Decide. Deviation: never configured answers as RotateSecret does without a Lambda.
  if (secret.RotationLambdaARN === undefined) return failure(state, noRotationLambda());
  const pending = holderOf(secret, AWSPENDING);
  const partial = pending !== undefined && pending !== holderOf(secret, AWSCURRENT) ? pending : undefined;
  const response = { ARN: secret.ARN, Name: secret.Name, ...(partial && { VersionId: partial }) };
  const changes =
    secret.RotationEnabled !== false ||
    secret.NextRotationDate !== undefined ||
    secret.LastRotatedDate !== undefined ||
    secret.rotation !== undefined;
  if (!changes) return success(state, response);

  // 3. Apply.
  const next = writeSecret(
    state,
    context.region,
    secret.Name,
    metadataChange(secret, context.now, (draft) => {
      draft.RotationEnabled = false;
      delete draft.NextRotationDate;
      delete draft.LastRotatedDate;
      delete draft.rotation;
      draft.LastChangedDate = context.now;
    }),
  );

  // 4. Return.
  return success(next, response);
}
