// RemoveRegionsFromReplication
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_RemoveRegionsFromReplication.html
import { produce, type Draft } from "immer";
import { failure, success, type Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import type { ReplicationStatus, Secret } from "../model/secret.ts";
import { tableDelete, tableGet } from "../model/secret-table.ts";
import type { State } from "../model/state.ts";
import { REGION_PATTERN } from "../rules/replication-add.ts";
import { findWritableSecret } from "../rules/replication-guard.ts";
import { regionTableDraft, replicaIn } from "../rules/replication.ts";
import { lengthBetween, listMembers, required, violationsError } from "../validate/constraints.ts";
import { secretIdViolations } from "../validate/common.ts";
import { isAwsError } from "../validate/secret-value.ts";

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
    ...secretIdViolations(request.SecretId),
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
  const next = produce(state, (draft) => {
    for (const region of replicas) tableDelete(regionTableDraft(draft, region), secret.Name);
    const primary = tableGet(regionTableDraft(draft, context.region) as never, secret.Name) as Draft<Secret>;
    if (kept.length > 0) primary.ReplicationStatus = kept as Draft<ReplicationStatus>[];
    else {
      delete primary.ReplicationStatus;
      delete primary.PrimaryRegion;
    }
  });

  // 4. Return.
  return success(next, { ARN: secret.ARN, ReplicationStatus: kept });
}
