// StopReplicationToReplica
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_StopReplicationToReplica.html
import { notAReplica } from "../errors/errors.ts";
import { failure, isAwsError, success, type Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import type { State } from "../model/state.ts";
import { findSecret, lookupByName } from "../rules/find-secret.ts";
import { isReplica } from "../rules/replication.ts";
import type { MetadataRecipe } from "../store/secret-edit.ts";
import { editTables, type TableEdit } from "../store/table-writes.ts";
import { violationsError } from "../validate/constraints.ts";
import { secretIdViolation } from "../validate/common.ts";

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
  const invalid = violationsError([secretIdViolation(request.SecretId)]);
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
  const promote: MetadataRecipe = (promoted) => {
    delete promoted.PrimaryRegion;
  };
  const edits: TableEdit[] = [{ kind: "change", region: context.region, name: replica.Name, change: { metadata: promote } }];
  if (primary !== undefined && kept.length < statuses.length) {
    const metadata: MetadataRecipe = (source) => {
      if (kept.length > 0) source.ReplicationStatus = [...kept];
      else {
        delete source.ReplicationStatus;
        delete source.PrimaryRegion;
      }
    };
    edits.push({ kind: "change", region: primaryRegion, name: replica.Name, change: { metadata } });
  }
  const next = editTables(state, edits);

  // 4. Return.
  return success(next, { ARN: replica.ARN });
}
