// DeleteSecret
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteSecret.html
import type { AwsError } from "../errors/codes.ts";
import { forceWithRecoveryWindow, markedForDeletion, recoveryWindowRange } from "../errors/errors.ts";
import { failure, success, type Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import type { SecretName } from "../model/ids.ts";
import type { Secret } from "../model/secret.ts";
import { secretArn, type State } from "../model/state.ts";
import { DAY_MS } from "../model/time.ts";
import { findSecret } from "../rules/find-secret.ts";
import { removeSecrets } from "../rules/purge-deleted.ts";
import { replicationDeleteRefusal } from "../rules/replication-guard.ts";
import { writeSecret } from "../rules/write-secret.ts";
import { violationsError } from "../validate/constraints.ts";
import { secretIdViolations } from "../validate/common.ts";
import { isArn } from "../validate/names.ts";
import { isAwsError } from "../validate/secret-value.ts";

export interface DeleteSecretRequest {
  readonly SecretId: string;
  readonly RecoveryWindowInDays?: number;
  readonly ForceDeleteWithoutRecovery?: boolean;
}

export interface DeleteSecretResponse {
  readonly ARN: string;
  readonly Name: string;
  readonly DeletionDate: number;
}

/** AWS doc: "The number of days from 7 to 30"; "by default … a 30 day recovery window". */
export const MIN_RECOVERY_WINDOW_DAYS = 7;
export const MAX_RECOVERY_WINDOW_DAYS = 30;
export const DEFAULT_RECOVERY_WINDOW_DAYS = 30;

/**
 * Why a secret cannot be deleted, if it cannot. AWS doc: "You can't delete a
 * primary secret that is replicated to other Regions." The replication rules
 * add their check here.
 */
export function deleteRefusal(secret: Secret): AwsError | undefined {
  return replicationDeleteRefusal(secret);
}

/**
 * AWS doc: forcibly deleting "an already deleted or nonexistent secret" does not
 * return ResourceNotFoundException. The answer names the SecretId; an ARN is
 * made up with this call's suffix (Deviation: AWS's made-up ARN is not public).
 */
function nonexistentAnswer(state: State, context: Context, secretId: string): DeleteSecretResponse {
  const marker = ":secret:";
  if (isArn(secretId) && secretId.includes(marker)) {
    const resource = secretId.slice(secretId.indexOf(marker) + marker.length);
    const name = /-[A-Za-z0-9]{6}$/.test(resource) ? resource.slice(0, -7) : resource;
    return { ARN: secretId, Name: name, DeletionDate: context.now };
  }
  const arn = secretArn(state, context.region, secretId as SecretName, context.arnSuffix);
  return { ARN: arn, Name: secretId, DeletionDate: context.now };
}

export function deleteSecret(state: State, request: DeleteSecretRequest, context: Context): Result<DeleteSecretResponse> {
  // 1. Validate. Observed: a window outside 7..30 (0 included) is refused even
  // with ForceDeleteWithoutRecovery, before the two are refused together
  // (docs/semantics/deletion.md#recovery-window-and-force-deletion-together).
  const invalid = violationsError(secretIdViolations(request.SecretId));
  if (invalid) return failure(state, invalid);
  const window = request.RecoveryWindowInDays;
  if (window !== undefined && !(window >= MIN_RECOVERY_WINDOW_DAYS && window <= MAX_RECOVERY_WINDOW_DAYS)) {
    return failure(state, recoveryWindowRange());
  }
  const force = request.ForceDeleteWithoutRecovery === true;
  if (force && window !== undefined) return failure(state, forceWithRecoveryWindow());

  // 2. Decide.
  const secret = findSecret(state, context, request.SecretId);
  if (isAwsError(secret)) {
    if (force && secret.code === "ResourceNotFoundException") {
      return success(state, nonexistentAnswer(state, context, request.SecretId));
    }
    return failure(state, secret);
  }
  const refusal = deleteRefusal(secret);
  if (refusal) return failure(state, refusal);
  if (!force && secret.DeletedDate !== undefined) return failure(state, markedForDeletion());

  // 3-4. Apply and return.
  if (force) {
    // Removed at once; on AWS the name may stay taken for a few seconds (docs/semantics/deletion.md#force-deletion).
    const next = removeSecrets(state, [[context.region, secret.Name]]);
    return success(next, { ARN: secret.ARN, Name: secret.Name, DeletionDate: context.now });
  }
  const deletionDate = context.now + (window ?? DEFAULT_RECOVERY_WINDOW_DAYS) * DAY_MS;
  // Deviation: LastChangedDate is kept, so that RestoreSecret gives back the secret as it was.
  const written = writeSecret(state, context.region, secret.Name, context.now, (draft) => {
    draft.DeletedDate = context.now;
    draft.DeletionDate = deletionDate;
  });
  if (isAwsError(written)) return failure(state, written);
  return success(written, { ARN: secret.ARN, Name: secret.Name, DeletionDate: deletionDate });
}
