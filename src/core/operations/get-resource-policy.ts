// GetResourcePolicy
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_GetResourcePolicy.html
import { failure, success, type Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import type { State } from "../model/state.ts";
import { findActiveSecret } from "../rules/find-secret.ts";
import { violationsError } from "../validate/constraints.ts";
import { secretIdViolations } from "../validate/common.ts";
import { isAwsError } from "../validate/secret-value.ts";

export interface GetResourcePolicyRequest {
  readonly SecretId: string;
}

export interface GetResourcePolicyResponse {
  readonly ARN: string;
  readonly Name: string;
  /** Absent when no policy is attached (docs/semantics/tags-and-policies.md#resource-policies). */
  readonly ResourcePolicy?: string;
}

/** Refused on a secret scheduled for deletion (docs/semantics/deletion.md#the-marked-for-deletion-refusal). */
export function getResourcePolicy(
  state: State,
  request: GetResourcePolicyRequest,
  context: Context,
): Result<GetResourcePolicyResponse> {
  const invalid = violationsError(secretIdViolations(request.SecretId));
  if (invalid) return failure(state, invalid);
  const secret = findActiveSecret(state, context, request.SecretId);
  if (isAwsError(secret)) return failure(state, secret);
  return success(state, {
    ARN: secret.ARN,
    Name: secret.Name,
    ...(secret.ResourcePolicy !== undefined && { ResourcePolicy: secret.ResourcePolicy }),
  });
}
