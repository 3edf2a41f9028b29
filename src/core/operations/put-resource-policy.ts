// PutResourcePolicy
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_PutResourcePolicy.html
import { malformedPolicy, publicPolicy } from "../errors/errors.ts";
import { failure, success, type Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import type { State } from "../model/state.ts";
import { findWritableSecret } from "../rules/replication-guard.ts";
import { parsePolicy, policySyntaxProblems } from "../rules/policy-document.ts";
import { isPublicPolicy } from "../rules/policy-public.ts";
import { writeSecret } from "../rules/write-secret.ts";
import { lengthBetween, required, violationsError } from "../validate/constraints.ts";
import { secretIdViolations } from "../validate/common.ts";
import { isAwsError } from "../validate/secret-value.ts";

export interface PutResourcePolicyRequest {
  readonly SecretId: string;
  readonly ResourcePolicy: string;
  readonly BlockPublicPolicy?: boolean;
}

export interface PutResourcePolicyResponse {
  readonly ARN: string;
  readonly Name: string;
}

/** The API model's constraint on ResourcePolicy (AWS doc quotas: 20,480 characters). */
export function resourcePolicyViolations(policy: string | undefined) {
  return [required("resourcePolicy", policy), lengthBetween("resourcePolicy", policy, 1, 20480)];
}

export function putResourcePolicy(
  state: State,
  request: PutResourcePolicyRequest,
  context: Context,
): Result<PutResourcePolicyResponse> {
  // 1. Validate.
  const invalid = violationsError([...secretIdViolations(request.SecretId), ...resourcePolicyViolations(request.ResourcePolicy)]);
  if (invalid) return failure(state, invalid);

  // 2. Decide. Deviation: refused on a secret scheduled for deletion with the
  // generic text (docs/semantics/deletion.md#the-marked-for-deletion-refusal: modelled, text UNSURE).
  const secret = findWritableSecret(state, context, request.SecretId);
  if (isAwsError(secret)) return failure(state, secret);
  const document = parsePolicy(request.ResourcePolicy);
  if (document === undefined || policySyntaxProblems(document).length > 0) return failure(state, malformedPolicy());
  // AWS doc BlockPublicPolicy: "By default, public policies aren't blocked."
  if (request.BlockPublicPolicy === true && isPublicPolicy(document)) return failure(state, publicPolicy());
  const response = { ARN: secret.ARN, Name: secret.Name };
  if (secret.ResourcePolicy === request.ResourcePolicy) return success(state, response);

  // 3-4. Apply and return. The text is kept as sent.
  const written = writeSecret(state, context.region, secret.Name, context.now, (draft) => {
    draft.ResourcePolicy = request.ResourcePolicy;
    draft.LastChangedDate = context.now;
  });
  if (isAwsError(written)) return failure(state, written);
  return success(written, response);
}
