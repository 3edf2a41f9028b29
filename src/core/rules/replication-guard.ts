// Replicas are read-only: every write must be made to the primary, in its Region
// (AWS User Guide: "A replica secret can't be updated independently from its
// primary secret"; docs/semantics/replication.md#replicas-are-read-only).
import type { AwsError } from "../errors/codes.ts";
import { markedForDeletion, primaryHasReplicas, replicaReadOnly } from "../errors/errors.ts";
import type { Context } from "../model/context.ts";
import type { Secret } from "../model/secret.ts";
import type { State } from "../model/state.ts";
import { findSecret } from "./find-secret.ts";
import { isReplica, replicaRegions } from "./replication.ts";

/** The secret a write may change, whatever its deletion state: never a replica. */
export function findChangeableSecret(state: State, context: Context, secretId: string): Secret | AwsError {
  const found = findSecret(state, context, secretId);
  if ("code" in found) return found;
  return isReplica(found) ? replicaReadOnly() : found;
}

/**
 * As findChangeableSecret, refusing a secret scheduled for deletion
 * (docs/semantics/deletion.md#the-marked-for-deletion-refusal).
 */
export function findWritableSecret(state: State, context: Context, secretId: string): Secret | AwsError {
  const found = findChangeableSecret(state, context, secretId);
  if ("code" in found) return found;
  return found.DeletedDate === undefined ? found : markedForDeletion();
}

/**
 * DeleteSecret: a replica goes only through RemoveRegionsFromReplication, and a
 * primary only once it has no replicas (AWS doc DeleteSecret;
 * docs/semantics/replication.md#deleting-a-primary-with-replicas).
 */
export function replicationDeleteRefusal(secret: Secret): AwsError | undefined {
  if (isReplica(secret)) return replicaReadOnly();
  const regions = replicaRegions(secret);
  return regions.length > 0 ? primaryHasReplicas(secret.ARN, [...regions].sort()) : undefined;
}
