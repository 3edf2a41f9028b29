// RemoveRegionsFromReplication
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_RemoveRegionsFromReplication.html
import { failure, isAwsError, success, type Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import type { ReplicationStatus } from "../model/secret.ts";
import type { State } from "../model/state.ts";
import { REGION_PATTERN } from "../rules/replication-add.ts";
import { findWritableSecret } from "../rules/replication-guard.ts";
import { replicaIn } from "../rules/replication.ts";
import type { MetadataRecipe } from "../store/secret-edit.ts";
import { editTables, type TableEdit } from "../store/table-writes.ts";
import { lengthBetween, listMembers, required, violationsError } from "../validate/constraints.ts";
import { secretIdViolation } from "../validate/common.ts";

export interface RemoveRegionsFromReplicationRequest {
  readonly SecretId: string;
  readonly RemoveReplicaRegions: readonly string[];
}

export interface RemoveRegionsFromReplicationResponse {
  readonly ARN: string;
  /** The replicas left. */
  readonly ReplicationStatus: readonly ReplicationStatus[];
}

/**
 * AWS doc: "deletes the secret replicas from the Regions you specify" — at once.
 * A Region that holds no replica is ignored (docs/semantics/replication.md#removing-replicas). Deviation: once no
 * replica is left, PrimaryRegion and ReplicationStatus go too.
 */
export function removeRegionsFromReplication(
  state: State,
  request: RemoveRegionsFromReplicationRequest,
  context: Context,
): Result<RemoveRegionsFromReplicationResponse> {
  // 1. Validate.
  const regions = request.RemoveReplicaRegions;
  const invalid = violationsError([
    secretIdViolation(request.SecretId),
    required("removeReplicaRegions", regions),
    lengthBetween("removeReplicaRegions", regions, 1, undefined),
    // RegionType of the API model.
    listMembers("removeReplicaRegions", regions, { min: 1, max: 128, pattern: REGION_PATTERN }),
  ]);
  if (invalid) return failure(state, invalid);

  // 2. Decide.
  const secret = findWritableSecret(state, context, request.SecretId);
  if (isAwsError(secret)) return failure(state, secret);
  const statuses = secret.ReplicationStatus ?? [];
  const kept = statuses.filter((status) => !regions.includes(status.Region));
  if (kept.length === statuses.length) return success(state, { ARN: secret.ARN, ReplicationStatus: kept });
  const replicas = statuses
    .filter((status) => regions.includes(status.Region))
    .flatMap((status) => (replicaIn(state, secret, status.Region) ? [status.Region] : []));

  // 3. Apply.
  const metadata: MetadataRecipe = (primary) => {
    if (kept.length > 0) primary.ReplicationStatus = [...kept];
    else {
      delete primary.ReplicationStatus;
      delete primary.PrimaryRegion;
    }
  };
  const next = editTables(state, [
    ...replicas.map((region): TableEdit => ({ kind: "remove", region, name: secret.Name })),
    { kind: "change", region: context.region, name: secret.Name, change: { metadata } },
  ]);

  // 4. Return.
  return success(next, { ARN: secret.ARN, ReplicationStatus: kept });
}
