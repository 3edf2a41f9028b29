// The replicas of a primary secret, rewritten from it after every write
// (docs/semantics/replication.md#what-a-replica-shares; AWS User Guide "Replicate AWS Secrets
// Manager secrets across Regions"). Shared: value, versions, labels, description, tags, policy,
// rotation settings, dates of creation and change. The replica's own: ARN, key,
// LastAccessedDate (secret and versions). A rotation in progress stays on the primary (AWS doc:
// rotation happens in the primary Region).
import type { ReplicationStatus, Secret } from "../model/secret.ts";
import type { State } from "../model/state.ts";
import { lookupByName } from "../rules/find-secret.ts";
import { DEFAULT_REPLICA_KEY, isReplica, regionOf, replicaArn, replicaIn } from "../rules/replication.ts";
import type { SecretChange } from "./secret-edit.ts";
import { editTables, type TableEdit } from "./table-writes.ts";
import { VersionsEdit } from "./versions-edit.ts";
import { versionById, versionsInOrder } from "./versions.ts";

/** The replica's own key: absent (aws/secretsmanager) unless the status names another. */
function replicaKey(status: ReplicationStatus): string | undefined {
  return status.KmsKeyId === undefined || status.KmsKeyId === DEFAULT_REPLICA_KEY ? undefined : status.KmsKeyId;
}

/** The replica of `primary` described by `status`, keeping what `previous`, the replica it replaces, has of its own. */
export function replicaOf(primary: Secret, status: ReplicationStatus, previous?: Secret): Secret {
  const { ReplicationStatus: _status, rotation: _rotation, LastAccessedDate: _accessed, KmsKeyId: _key, ...shared } = primary;
  const key = replicaKey(status);
  const versions = new VersionsEdit(primary.versions);
  for (const version of versionsInOrder(primary.versions)) {
    const { KmsKeyId: _k, LastAccessedDate: _a, ...rest } = version;
    const accessed = previous && versionById(previous.versions, version.VersionId)?.LastAccessedDate;
    if (version.KmsKeyId === key && version.LastAccessedDate === accessed) continue;
    versions.replace({ ...rest, ...(key !== undefined && { KmsKeyId: key }), ...(accessed !== undefined && { LastAccessedDate: accessed }) });
  }
  return {
    ...shared,
    ARN: replicaArn(primary, status.Region),
    PrimaryRegion: regionOf(primary),
    ...(key !== undefined && { KmsKeyId: key }),
    ...(previous?.LastAccessedDate !== undefined && { LastAccessedDate: previous.LastAccessedDate }),
    versions: versions.done(),
  };
}

/**
 * After a write to the secret `name` in `region`: a primary's replicas are rewritten
 * from it; a replica's LastAccessedDate is shown in its primary's ReplicationStatus.
 */
export function syncReplicas(before: State, after: State, region: string, name: string): State {
  if (after === before) return after;
  const secret = lookupByName(after, region, name);
  if (secret === undefined) return after;
  if (isReplica(secret)) return noteReplicaAccess(after, secret);
  const edits: TableEdit[] = [];
  for (const status of secret.ReplicationStatus ?? []) {
    const previous = status.Status === "InSync" ? replicaIn(after, secret, status.Region) : undefined;
    if (previous !== undefined) edits.push({ kind: "put", region: status.Region, secret: replicaOf(secret, status, previous) });
  }
  return editTables(after, edits);
}

/** ReplicationStatusType.LastAccessedDate: "the date that the secret was last accessed in the Region". */
export function noteReplicaAccess(state: State, replica: Secret): State {
  const primaryRegion = replica.PrimaryRegion!;
  const primary = lookupByName(state, primaryRegion, replica.Name);
  const index = primary?.ReplicationStatus?.findIndex((status) => status.Region === regionOf(replica)) ?? -1;
  if (primary === undefined || index < 0) return state;
  if (primary.ReplicationStatus![index]!.LastAccessedDate === replica.LastAccessedDate) return state;
  const change: SecretChange = {
    metadata: (target) => {
      const status = target.ReplicationStatus![index]!;
      if (replica.LastAccessedDate === undefined) delete status.LastAccessedDate;
      else status.LastAccessedDate = replica.LastAccessedDate;
    },
  };
  return editTables(state, [{ kind: "change", region: primaryRegion, name: replica.Name, change }]);
}
