// ValidateResourcePolicy
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_ValidateResourcePolicy.html
import { malformedPolicy } from "../errors/errors.ts";
import { failure, isAwsError, success, type Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import type { State } from "../model/state.ts";
import { findActiveSecret } from "../rules/find-secret.ts";
import { parsePolicy, policySyntaxProblems } from "../rules/policy-document.ts";
import { isPublicPolicy } from "../rules/policy-public.ts";
import { lengthBetween, violationsError } from "../validate/constraints.ts";
import { resourcePolicyViolations } from "./put-resource-policy.ts";

export interface ValidateResourcePolicyRequest {
  readonly SecretId?: string;
  readonly ResourcePolicy: string;
}

export interface ValidationErrorsEntry {
  readonly CheckName: string;
  readonly ErrorMessage: string;
}

export interface ValidateResourcePolicyResponse {
  readonly PolicyValidationPassed: boolean;
  readonly ValidationErrors: ValidationErrorsEntry[];
}

/** Deviation: AWS's check names and texts are not public; these are the library's own. */
export const SYNTAX_CHECK = "SYNTAX_CHECK";
export const BROAD_ACCESS_CHECK = "BROAD_ACCESS_CHECK";
const BROAD_ACCESS_MESSAGE = "The policy grants broad access to the secret: it allows a wildcard principal without a condition.";

/**
 * AWS doc: checks that the policy does not allow broad access, that its syntax
 * is correct, and that it does not lock out the caller (not modelled: there are
 * no callers here). Text that is not a JSON object is answered with
 * MalformedPolicyDocumentException; a document that breaks the grammar or grants
 * broad access fails validation with one entry per problem.
 */
export function validateResourcePolicy(
  state: State,
  request: ValidateResourcePolicyRequest,
  context: Context,
): Result<ValidateResourcePolicyResponse> {
  // 1. Validate.
  const invalid = violationsError([
    lengthBetween("secretId", request.SecretId, 1, 2048),
    ...resourcePolicyViolations(request.ResourcePolicy),
  ]);
  if (invalid) return failure(state, invalid);

  // 2. Decide.
  if (request.SecretId !== undefined) {
    const secret = findActiveSecret(state, context, request.SecretId);
    if (isAwsError(secret)) return failure(state, secret);
  }
  const document = parsePolicy(request.ResourcePolicy);
  if (document === undefined) return failure(state, malformedPolicy());
  const problems = policySyntaxProblems(document);
  const errors: ValidationErrorsEntry[] =
    problems.length > 0
      ? problems.map((ErrorMessage) => ({ CheckName: SYNTAX_CHECK, ErrorMessage }))
      : isPublicPolicy(document)
        ? [{ CheckName: BROAD_ACCESS_CHECK, ErrorMessage: BROAD_ACCESS_MESSAGE }]
        : [];

  // 3-4. Nothing to apply.
  return success(state, { PolicyValidationPassed: errors.length === 0, ValidationErrors: errors });
}
