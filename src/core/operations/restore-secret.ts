// RestoreSecret
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_RestoreSecret.html
import { failure, isAwsError, success, type Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import type { State } from "../model/state.ts";
import { findChangeableSecret } from "../rules/replication-guard.ts";
import { metadataChange } from "../store/secret-edit.ts";
import { writeSecret } from "../store/secret-writes.ts";
import { violationsError } from "../validate/constraints.ts";
import { secretIdViolation } from "../validate/common.ts";

export interface RestoreSecretRequest {
  readonly SecretId: string;
}

export interface RestoreSecretResponse {
  readonly ARN: string;
  readonly Name: string;
}

/**
 * AWS doc: "Cancels the scheduled deletion of a secret by removing the
 * DeletedDate time stamp." Versions, labels and metadata come back unchanged.
 */
export function restoreSecret(state: State, request: RestoreSecretRequest, context: Context): Result<RestoreSecretResponse> {
  // 1. Validate.
  const invalid = violationsError([secretIdViolation(request.SecretId)]);
  if (invalid) return failure(state, invalid);

  // 2. Decide. Deviation: a secret not scheduled for deletion is answered with
  // success and left as it is (docs/semantics/deletion.md#restoring-a-secret-that-is-not-scheduled-for-deletion).
  const secret = findChangeableSecret(state, context, request.SecretId);
  if (isAwsError(secret)) return failure(state, secret);
  const response = { ARN: secret.ARN, Name: secret.Name };
  if (secret.DeletedDate === undefined && secret.DeletionDate === undefined) return success(state, response);

  // 3-4. Apply and return.
  const written = writeSecret(
    state,
    context.region,
    secret.Name,
    metadataChange(secret, context.now, (draft) => {
      delete draft.DeletedDate;
      delete draft.DeletionDate;
    }),
  );
  return success(written, response);
}
