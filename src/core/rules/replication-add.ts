// Adding replica Regions to a secret: ReplicateSecretToRegions, and CreateSecret
// with AddReplicaRegions (AWS doc ReplicateSecretToRegions; docs/semantics/replication.md#replicating-a-secret).
import { produce, type Draft } from "immer";
import type { AwsError } from "../errors/codes.ts";
import { invalidReplicaRegion } from "../errors/errors.ts";
import { messages } from "../errors/messages.ts";
import type { ReplicationStatus, Secret } from "../model/secret.ts";
import { tableGet, tableSet } from "../model/secret-table.ts";
import type { State } from "../model/state.ts";
import { lengthBetween, matches, required, type Violation } from "../validate/constraints.ts";
import { lookupByName } from "./find-secret.ts";
import { DEFAULT_REPLICA_KEY, isReplica, regionTableDraft, replicaOf, replicaRegions } from "./replication.ts";

export interface ReplicaRegion {
  readonly Region: string;
  readonly KmsKeyId?: string;
}

/** API model: RegionType is 1..128 characters matching ^([a-z]+-)+\d+$. */
export const REGION_PATTERN = /^([a-z]+-)+\d+$/;

export function replicaRegionViolations(path: string, regions: readonly ReplicaRegion[] | undefined): Violation[] {
  if (regions === undefined) return [];
  return [
    lengthBetween(path, regions, 1, undefined),
    ...regions.flatMap((replica, i) => [
      required(`${path}.${i + 1}.member.region`, replica.Region),
      lengthBetween(`${path}.${i + 1}.member.region`, replica.Region, 1, 128),
      matches(`${path}.${i + 1}.member.region`, replica.Region, REGION_PATTERN),
      lengthBetween(`${path}.${i + 1}.member.kmsKeyId`, replica.KmsKeyId, 0, 2048),
    ]),
  ];
}

/**
 * Observed: replicating to the secret's own Region is "Invalid replica region.".
 * Deviation: a Region already replicated (not Failed), or named twice, is refused the same way.
 */
export function replicaRegionsRefusal(
  current: readonly ReplicationStatus[] | undefined,
  ownRegion: string,
  regions: readonly ReplicaRegion[],
): AwsError | undefined {
  const taken = new Set((current ?? []).filter((s) => s.Status !== "Failed").map((s) => s.Region));
  const asked = new Set<string>();
  for (const { Region } of regions) {
    if (Region === ownRegion || taken.has(Region) || asked.has(Region)) return invalidReplicaRegion();
    asked.add(Region);
  }
  return undefined;
}

/**
 * The status of each new replica. A secret of the same name in the target Region
 * fails the replica unless ForceOverwriteReplicaSecret; Deviation: a replica or a
 * replicated primary there is never overwritten.
 */
function statusesFor(state: State, secret: Secret, regions: readonly ReplicaRegion[], force: boolean): ReplicationStatus[] {
  return regions.map(({ Region, KmsKeyId }) => {
    const existing = lookupByName(state, Region, secret.Name);
    const blocked = existing !== undefined && (!force || isReplica(existing) || replicaRegions(existing).length > 0);
    const base = { Region, KmsKeyId: KmsKeyId ? KmsKeyId : DEFAULT_REPLICA_KEY };
    return blocked
      ? { ...base, Status: "Failed" as const, StatusMessage: messages.replicaNameExists() }
      : { ...base, Status: "InSync" as const, StatusMessage: messages.replicationSucceeded() };
  });
}

/** Writes the replicas of the secret `name` of `region`; returns the state and its whole ReplicationStatus. */
export function addReplicas(
  state: State,
  region: string,
  name: string,
  regions: readonly ReplicaRegion[],
  force: boolean,
): { state: State; statuses: readonly ReplicationStatus[] } {
  const secret = lookupByName(state, region, name)!;
  const added = statusesFor(state, secret, regions, force);
  const retried = new Set(added.map((s) => s.Region));
  const statuses = [...(secret.ReplicationStatus ?? []).filter((s) => !retried.has(s.Region)), ...added];
  const primary: Secret = { ...secret, PrimaryRegion: region, ReplicationStatus: statuses };
  const next = produce(state, (draft) => {
    const target = tableGet(regionTableDraft(draft, region) as never, name) as Draft<Secret>;
    target.PrimaryRegion = region;
    target.ReplicationStatus = statuses as Draft<ReplicationStatus>[];
    for (const status of added) {
      if (status.Status === "InSync") tableSet(regionTableDraft(draft, status.Region), replicaOf(primary, status));
    }
  });
  return { state: next, statuses };
}
