// DescribeSecret
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DescribeSecret.html
import { failure, success, type Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import type { ReplicationStatus } from "../model/secret.ts";
import type { State } from "../model/state.ts";
import { findSecret } from "../rules/find-secret.ts";
import { secretMetadata, versionsToStages, type SecretMetadata } from "../rules/secret-metadata.ts";
import { violationsError } from "../validate/constraints.ts";
import { secretIdViolations } from "../validate/common.ts";
import { isAwsError } from "../validate/secret-value.ts";

export interface DescribeSecretRequest {
  readonly SecretId: string;
}

export interface DescribeSecretResponse extends SecretMetadata {
  readonly VersionIdsToStages?: Record<string, string[]>;
  readonly ReplicationStatus?: readonly ReplicationStatus[];
}

/** Works on a secret scheduled for deletion too: it shows DeletedDate (docs/semantics/values.md#describesecret). */
export function describeSecret(state: State, request: DescribeSecretRequest, context: Context): Result<DescribeSecretResponse> {
  const invalid = violationsError(secretIdViolations(request.SecretId));
  if (invalid) return failure(state, invalid);
  const secret = findSecret(state, context, request.SecretId);
  if (isAwsError(secret)) return failure(state, secret);
  const stages = versionsToStages(secret);
  return success(state, {
    ...secretMetadata(secret),
    ...(stages && { VersionIdsToStages: stages }),
    ...(secret.ReplicationStatus && { ReplicationStatus: secret.ReplicationStatus }),
  });
}
