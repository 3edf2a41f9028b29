// Building the next Versions of a secret: the list is copied once, on the first
// change, and frozen with everything new when the edit is done.
// Used by the store's SecretEdit (secret-edit.ts) only, before any state is written.
import type { VersionId } from "../model/ids.ts";
import type { SecretVersion } from "../model/secret-version.ts";
import { idHash } from "./id-hash.ts";
import { withPruned, type PrunedNode } from "./pruned-ids.ts";
import { NO_VERSIONS, placeOf, type Places, type Versions } from "./versions.ts";

/** Holes are squeezed out of the list once there are more of them than this and than versions. */
const MIN_HOLES = 32;

export class VersionsEdit {
  private list: (SecretVersion | null)[] | undefined;
  private ids: VersionId[] | undefined;
  private hashes: number[] | undefined;
  private count: number;
  private pruned: PrunedNode;

  constructor(private readonly base: Versions) {
    this.count = base.count;
    this.pruned = base.pruned;
  }

  get size(): number {
    return this.count;
  }

  get changed(): boolean {
    return this.list !== undefined || this.pruned !== this.base.pruned;
  }

  /** The version as this edit has it. */
  get(id: string): SecretVersion | undefined {
    const versions = this.current();
    const place = placeOf(versions, id);
    return place < 0 ? undefined : versions.list[place]!;
  }

  /** Adds a version, newest of all. */
  add(version: SecretVersion): void {
    this.own();
    this.list!.push(freezeVersion(version));
    this.ids!.push(version.VersionId);
    this.hashes!.push(idHash(version.VersionId));
    this.count += 1;
  }

  /** Puts a changed version in place of the one with its id. */
  replace(version: SecretVersion): void {
    const place = placeOf(this.current(), version.VersionId);
    this.own();
    this.list![place] = freezeVersion(version);
  }

  /** Removes a version: pruned, its id stays used for ever; otherwise the id is forgotten. */
  remove(id: VersionId, pruned: boolean): void {
    const place = placeOf(this.current(), id);
    if (place >= 0) this.removeAt(place, pruned);
  }

  /** The versions as this edit has them, by place, oldest first; null where one was removed. */
  get places(): readonly (SecretVersion | null)[] {
    return this.current().list;
  }

  /** Removes the version at a place of `places`. */
  removeAt(place: number, pruned: boolean): void {
    this.own();
    const id = this.ids![place]!;
    this.list![place] = null;
    this.count -= 1;
    if (pruned) this.pruned = withPruned(this.pruned, id, this.hashes![place]);
  }

  /** Records the id of a version pruned earlier (reading a saved state). */
  addPrunedId(id: VersionId): void {
    this.pruned = withPruned(this.pruned, id);
  }

  /** The versions, frozen; the base itself when nothing changed. */
  done(): Versions {
    if (!this.changed) return this.base;
    let list = this.list ?? this.base.list;
    let ids = this.ids ?? this.base.ids;
    let hashes = this.hashes ?? this.base.hashes;
    if (list.length - this.count > Math.max(MIN_HOLES, this.count)) {
      const kept = list.flatMap((version, i) => (version === null ? [] : [i]));
      list = kept.map((i) => list[i]!);
      ids = kept.map((i) => ids[i]!);
      hashes = kept.map((i) => hashes[i]!);
    }
    return Object.freeze({
      list: Object.freeze(list),
      ids: Object.freeze(ids),
      hashes: Object.freeze(hashes),
      count: this.count,
      pruned: this.pruned,
    });
  }

  private current(): Places {
    return this.list === undefined ? this.base : { list: this.list, ids: this.ids!, hashes: this.hashes! };
  }

  /** This edit's own copy of the list (array spread: V8 copies a frozen array fast that way, not with slice). */
  private own(): void {
    if (this.list !== undefined) return;
    this.list = [...this.base.list];
    this.ids = [...this.base.ids];
    this.hashes = [...this.base.hashes];
  }
}

/** A version and its value, frozen as the state is. */
function freezeVersion(version: SecretVersion): SecretVersion {
  if (version.value !== undefined) Object.freeze(version.value);
  return Object.freeze(version);
}

/** Versions made of a list, oldest first, and the ids pruned before (reading a saved state). */
export function versionsOf(list: Iterable<SecretVersion>, prunedIds: Iterable<VersionId> = []): Versions {
  const edit = new VersionsEdit(NO_VERSIONS);
  for (const version of list) edit.add(version);
  for (const id of prunedIds) edit.addPrunedId(id);
  return edit.done();
}
