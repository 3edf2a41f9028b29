// RestoreSecret
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_RestoreSecret.html
import { failure, success, type Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import type { State } from "../model/state.ts";
import { findChangeableSecret } from "../rules/replication-guard.ts";
import { writeSecret } from "../rules/write-secret.ts";
import { violationsError } from "../validate/constraints.ts";
import { secretIdViolations } from "../validate/common.ts";
import { isAwsError } from "../validate/secret-value.ts";

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
  const invalid = violationsError(secretIdViolations(request.SecretId));
  if (invalid) return failure(state, invalid);

  // 2. Decide. Deviation: a secret not scheduled for deletion is answered with
  // success and left as it is (docs/semantics/deletion.md#restoring-a-secret-that-is-not-scheduled-for-deletion).
  const secret = findChangeableSecret(state, context, request.SecretId);
  if (isAwsError(secret)) return failure(state, secret);
  const response = { ARN: secret.ARN, Name: secret.Name };
  if (secret.DeletedDate === undefined && secret.DeletionDate === undefined) return success(state, response);

  // 3-4. Apply and return.
  const written = writeSecret(state, context.region, secret.Name, context.now, (draft) => {
    delete draft.DeletedDate;
    delete draft.DeletionDate;
  });
  if (isAwsError(written)) return failure(state, written);
  return success(written, response);
}
