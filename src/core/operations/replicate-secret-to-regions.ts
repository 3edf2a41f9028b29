// ReplicateSecretToRegions
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_ReplicateSecretToRegions.html
import { failure, isAwsError, success, type Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import type { ReplicationStatus } from "../model/secret.ts";
import type { State } from "../model/state.ts";
import { addReplicas, replicaRegionsRefusal, replicaRegionViolations, type ReplicaRegion } from "../rules/replication-add.ts";
import { findWritableSecret } from "../rules/replication-guard.ts";
import { required, violationsError } from "../validate/constraints.ts";
import { secretIdViolation } from "../validate/common.ts";

export interface ReplicateSecretToRegionsRequest {
  readonly SecretId: string;
  readonly AddReplicaRegions: readonly ReplicaRegion[];
  readonly ForceOverwriteReplicaSecret?: boolean;
}

export interface ReplicateSecretToRegionsResponse {
  /** The primary's ARN. */
  readonly ARN: string;
  readonly ReplicationStatus: readonly ReplicationStatus[];
}

export function replicateSecretToRegions(
  state: State,
  request: ReplicateSecretToRegionsRequest,
  context: Context,
): Result<ReplicateSecretToRegionsResponse> {
  // 1. Validate.
  const invalid = violationsError([
    secretIdViolation(request.SecretId),
    required("addReplicaRegions", request.AddReplicaRegions),
    ...replicaRegionViolations("addReplicaRegions", request.AddReplicaRegions),
  ]);
  if (invalid) return failure(state, invalid);

  // 2. Decide.
  const secret = findWritableSecret(state, context, request.SecretId);
  if (isAwsError(secret)) return failure(state, secret);
  const refusal = replicaRegionsRefusal(secret.ReplicationStatus, context.region, request.AddReplicaRegions);
  if (refusal) return failure(state, refusal);

  // 3. Apply.
  const force = request.ForceOverwriteReplicaSecret === true;
  const added = addReplicas(state, context.region, secret.Name, request.AddReplicaRegions, force);

  // 4. Return.
  return success(added.state, { ARN: secret.ARN, ReplicationStatus: added.statuses });
}
