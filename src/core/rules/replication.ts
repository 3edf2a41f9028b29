// Multi-Region secrets: a replica is the primary's copy, under the same name, in
// another Region of the same account. Replication here is synchronous: after every
// write to a primary its replicas are rewritten from it (docs/semantics/replication.md; AWS User Guide
// "Replicate AWS Secrets Manager secrets across Regions").
import { produce, type Draft } from "immer";
import { regionOfArn, withRegion } from "../model/arn.ts";
import { dictOf, getOwn } from "../model/dict.ts";
import type { SecretArn } from "../model/ids.ts";
import type { ReplicationStatus, Secret } from "../model/secret.ts";
import { emptySecretTable, tableGet, tableSet } from "../model/secret-table.ts";
import type { State } from "../model/state.ts";
import { lookupByName } from "./find-secret.ts";

/** AWS CLI examples show this key for a replica that names none. */
export const DEFAULT_REPLICA_KEY = "alias/aws/secretsmanager";

type TableDraft = Parameters<typeof tableSet>[0];

export function regionTableDraft(state: Draft<State>, region: string): TableDraft {
  if (!Object.hasOwn(state.regions, region)) {
    state.regions[region] = { secrets: emptySecretTable() } as Draft<State>["regions"][string];
  }
  return state.regions[region]!.secrets as unknown as TableDraft;
}

/** The Region in a secret's ARN. */
export function regionOf(secret: Secret): string {
  return regionOfArn(secret.ARN);
}

export function isReplica(secret: Secret): boolean {
  return secret.PrimaryRegion !== undefined && secret.PrimaryRegion !== regionOf(secret);
}

export function replicaRegions(secret: Secret): string[] {
  return (secret.ReplicationStatus ?? []).map((status) => status.Region);
}

/** AWS doc: "The ARN is the same as the original primary secret except the Region is changed." */
export function replicaArn(primary: Secret, region: string): SecretArn {
  return withRegion(primary.ARN, region);
}

/** The replica's own key: absent (aws/secretsmanager) unless the status names another. */
function replicaKey(status: ReplicationStatus): string | undefined {
  return status.KmsKeyId === undefined || status.KmsKeyId === DEFAULT_REPLICA_KEY ? undefined : status.KmsKeyId;
}

/**
 * The replica of `primary` described by `status`. Shared: value, versions, labels,
 * description, tags, policy, rotation settings, dates of creation and change. The
 * replica's own: ARN, key, LastAccessedDate (secret and versions). A rotation in progress stays
 * on the primary (AWS doc: rotation happens in the primary Region).
 */
export function replicaOf(primary: Secret, status: ReplicationStatus, previous?: Secret): Secret {
  const { ReplicationStatus: _status, rotation: _rotation, LastAccessedDate: _accessed, KmsKeyId: _key, ...shared } = primary;
  const key = replicaKey(status);
  const versions = dictOf(
    Object.values(primary.versions).map((version) => {
      const { KmsKeyId: _k, LastAccessedDate: _a, ...rest } = version;
      const accessed = previous && getOwn(previous.versions, version.VersionId)?.LastAccessedDate;
      return [
        version.VersionId,
        { ...rest, ...(key !== undefined && { KmsKeyId: key }), ...(accessed !== undefined && { LastAccessedDate: accessed }) },
      ] as const;
    }),
  );
  return {
    ...shared,
    ARN: replicaArn(primary, status.Region),
    PrimaryRegion: regionOf(primary),
    ...(key !== undefined && { KmsKeyId: key }),
    ...(previous?.LastAccessedDate !== undefined && { LastAccessedDate: previous.LastAccessedDate }),
    versions,
  };
}

/** The replica that `primary` keeps in `region`, if that Region holds one of it. */
export function replicaIn(state: State, primary: Secret, region: string): Secret | undefined {
  const found = lookupByName(state, region, primary.Name);
  return found !== undefined && found.PrimaryRegion === regionOf(primary) && isReplica(found) ? found : undefined;
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
  const statuses = secret.ReplicationStatus ?? [];
  if (statuses.length === 0) return after;
  return produce(after, (draft) => {
    for (const status of statuses) {
      const previous = status.Status === "InSync" ? replicaIn(after, secret, status.Region) : undefined;
      if (previous === undefined) continue;
      tableSet(regionTableDraft(draft, status.Region), replicaOf(secret, status, previous));
    }
  });
}

/** ReplicationStatusType.LastAccessedDate: "the date that the secret was last accessed in the Region". */
function noteReplicaAccess(state: State, replica: Secret): State {
  const primaryRegion = replica.PrimaryRegion!;
  const primary = lookupByName(state, primaryRegion, replica.Name);
  const index = primary?.ReplicationStatus?.findIndex((status) => status.Region === regionOf(replica)) ?? -1;
  if (primary === undefined || index < 0) return state;
  if (primary.ReplicationStatus![index]!.LastAccessedDate === replica.LastAccessedDate) return state;
  return produce(state, (draft) => {
    const target = tableGet(regionTableDraft(draft, primaryRegion) as never, replica.Name) as Draft<Secret>;
    const status = target.ReplicationStatus![index]!;
    if (replica.LastAccessedDate === undefined) delete status.LastAccessedDate;
    else status.LastAccessedDate = replica.LastAccessedDate;
  });
}
