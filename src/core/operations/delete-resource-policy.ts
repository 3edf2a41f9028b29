// DeleteResourcePolicy
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteResourcePolicy.html
import { failure, success, type Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import type { State } from "../model/state.ts";
import { findWritableSecret } from "../rules/replication-guard.ts";
import { writeSecret } from "../rules/write-secret.ts";
import { violationsError } from "../validate/constraints.ts";
import { secretIdViolations } from "../validate/common.ts";
import { isAwsError } from "../validate/secret-value.ts";

export interface DeleteResourcePolicyRequest {
  readonly SecretId: string;
}

export interface DeleteResourcePolicyResponse {
  readonly ARN: string;
  readonly Name: string;
}

export function deleteResourcePolicy(
  state: State,
  request: DeleteResourcePolicyRequest,
  context: Context,
): Result<DeleteResourcePolicyResponse> {
  // 1. Validate.
  const invalid = violationsError(secretIdViolations(request.SecretId));
  if (invalid) return failure(state, invalid);

  // 2. Decide: refused on a secret scheduled for deletion
  // (docs/semantics/tags-and-policies.md#resource-policies); a secret
  // without a policy is left as it is (Deviation: success, as AWS is not known to fail).
  const secret = findWritableSecret(state, context, request.SecretId);
  if (isAwsError(secret)) return failure(state, secret);
  const response = { ARN: secret.ARN, Name: secret.Name };
  if (secret.ResourcePolicy === undefined) return success(state, response);

  // 3-4. Apply and return.
  const written = writeSecret(state, context.region, secret.Name, context.now, (draft) => {
    delete draft.ResourcePolicy;
    draft.LastChangedDate = context.now;
  });
  if (isAwsError(written)) return failure(state, written);
  return success(written, response);
}
