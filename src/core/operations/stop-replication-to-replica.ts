// StopReplicationToReplica
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_StopReplicationToReplica.html
import { produce, type Draft } from "immer";
import { notAReplica } from "../errors/errors.ts";
import { failure, success, type Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import type { ReplicationStatus, Secret } from "../model/secret.ts";
import { tableGet } from "../model/secret-table.ts";
import type { State } from "../model/state.ts";
import { findSecret, lookupByName } from "../rules/find-secret.ts";
import { isReplica, regionTableDraft } from "../rules/replication.ts";
import { violationsError } from "../validate/constraints.ts";
import { secretIdViolations } from "../validate/common.ts";
import { isAwsError } from "../validate/secret-value.ts";

export interface StopReplicationToReplicaRequest {
  readonly SecretId: string;
}

export interface StopReplicationToReplicaResponse {
  /** The promoted secret's ARN: the primary's with the replica's Region. */
  readonly ARN: string;
}

/**
 * AWS doc: "Removes the link between the replica secret and the primary secret and
 * promotes the replica to a primary secret in the replica Region", called in the
 * replica's Region. The promoted secret keeps its value, versions and metadata and
 * loses PrimaryRegion; the primary's ReplicationStatus loses the Region.
 */
export function stopReplicationToReplica(
  state: State,
  request: StopReplicationToReplicaRequest,
  context: Context,
): Result<StopReplicationToReplicaResponse> {
  // 1. Validate.
  const invalid = violationsError(secretIdViolations(request.SecretId));
  if (invalid) return failure(state, invalid);

  // 2. Decide.
  const replica = findSecret(state, context, request.SecretId);
  if (isAwsError(replica)) return failure(state, replica);
  if (!isReplica(replica)) return failure(state, notAReplica());
  const primaryRegion = replica.PrimaryRegion!;
  const primary = lookupByName(state, primaryRegion, replica.Name);
  const statuses = primary?.ReplicationStatus ?? [];
  const kept = statuses.filter((status) => status.Region !== context.region);

  // 3. Apply.
  const next = produce(state, (draft) => {
    const promoted = tableGet(regionTableDraft(draft, context.region) as never, replica.Name) as Draft<Secret>;
    delete promoted.PrimaryRegion;
    if (primary === undefined || kept.length === statuses.length) return;
    const source = tableGet(regionTableDraft(draft, primaryRegion) as never, replica.Name) as Draft<Secret>;
    if (kept.length > 0) source.ReplicationStatus = kept as Draft<ReplicationStatus>[];
    else {
      delete source.ReplicationStatus;
      delete source.PrimaryRegion;
    }
  });

  // 4. Return.
  return success(next, { ARN: replica.ARN });
}
