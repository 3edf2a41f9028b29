// A secret's versions, laid out so that writing one version is cheap: a list in
// creation order, with beside it each version's id and the hash of that id
// (id-hash.ts), so that finding a version compares small integers, and the ids
// pruned so far (pruned-ids.ts).
// A version removed leaves null in its place, so that no other version moves and the
// state file's journal records one change; the holes are squeezed out once they
// outnumber the versions.
// Why not an object keyed by VersionId, as before: immer then copied every version
// on each write, and V8 gives each such object a hidden class of its own, which makes
// every copy slow. Arrays are copied fast, frozen or not.
import type { VersionId } from "../model/ids.ts";
import type { SecretVersion } from "../model/secret-version.ts";
import { idHash } from "./id-hash.ts";
import { isPruned, NO_PRUNED_IDS, prunedEntries, type PrunedNode } from "./pruned-ids.ts";

export interface Versions {
  /** Oldest first; null where a version was removed. */
  readonly list: readonly (SecretVersion | null)[];
  /** The VersionId each place of `list` is filed under. */
  readonly ids: readonly VersionId[];
  /** idHash of each of `ids`. */
  readonly hashes: readonly number[];
  /** How many versions `list` holds. */
  readonly count: number;
  readonly pruned: PrunedNode;
}

export const NO_VERSIONS: Versions = Object.freeze({
  list: Object.freeze([]),
  ids: Object.freeze([]),
  hashes: Object.freeze([]),
  count: 0,
  pruned: NO_PRUNED_IDS,
});

/** Where the version with this id is in `list`, newest first (the versions read most), or -1. */
export function placeOf(versions: Places, id: string, hash?: number): number {
  const { list, ids, hashes } = versions;
  // The newest two (AWSCURRENT and AWSPREVIOUS, most of the time) are compared as they are.
  const last = ids.length - 1;
  if (hash === undefined && last >= 0) {
    if (ids[last] === id && list[last] !== null) return last;
    if (last >= 1 && ids[last - 1] === id && list[last - 1] !== null) return last - 1;
  }
  const wanted = hash ?? idHash(id);
  for (let i = last; i >= 0; i--) {
    if (hashes[i] === wanted && ids[i] === id && list[i] !== null) return i;
  }
  return -1;
}

export type Places = Pick<Versions, "list" | "ids" | "hashes">;

/** What an id is to a secret, from one hash of it: one of its versions, an id pruned, or unknown. */
export function idState(versions: Versions, id: string): SecretVersion | "pruned" | undefined {
  const hash = idHash(id);
  const place = placeOf(versions, id, hash);
  if (place >= 0) return versions.list[place]!;
  return isPruned(versions.pruned, id, hash) ? "pruned" : undefined;
}

/** The version with this id, if the secret has it. */
export function versionById(versions: Versions, id: string): SecretVersion | undefined {
  const place = placeOf(versions, id);
  return place < 0 ? undefined : versions.list[place]!;
}

export function hasVersion(versions: Versions, id: string): boolean {
  return placeOf(versions, id) >= 0;
}

export function wasPruned(versions: Versions, id: string): boolean {
  return isPruned(versions.pruned, id);
}

/** Whether an id was ever used by the secret: one of its versions, or pruned. */
export function isUsedId(versions: Versions, id: string): boolean {
  const hash = idHash(id);
  return placeOf(versions, id, hash) >= 0 || isPruned(versions.pruned, id, hash);
}

/** Every version, oldest first. */
export function* versionsInOrder(versions: Versions): Generator<SecretVersion> {
  for (const version of versions.list) if (version !== null) yield version;
}

/** The ids of the versions, oldest first. */
export function versionIds(versions: Versions): VersionId[] {
  const ids: VersionId[] = [];
  for (const version of versions.list) if (version !== null) ids.push(version.VersionId);
  return ids;
}

/** The ids of the versions pruned so far, in no particular order. */
export function prunedIds(versions: Versions): VersionId[] {
  return [...prunedEntries(versions.pruned)].map((entry) => entry.id);
}
