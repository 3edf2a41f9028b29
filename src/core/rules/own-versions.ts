// A secret's versions inside a write, without immer's copy of the versions object.
// Ids are 32-64 characters, so V8 keeps a secret's versions in dictionary mode, and
// immer's copy of such an object (`{ ...base }`) costs several times a loop over its
// keys. A write that adds or removes versions therefore puts a fresh plain object,
// copied key by key, in the draft, changes it only through setVersion and
// deleteVersion, and freezes it before the recipe ends (sealVersions), so that
// immer's finalize has nothing left to do there.
//
// The ids of such an object, in creation order, are kept beside it (a WeakMap, outside
// the state), so that neither this write nor the next one enumerates the versions.
import { current, freeze, isDraft, type Draft } from "immer";
import type { VersionId } from "../model/ids.ts";
import type { Secret } from "../model/secret.ts";
import type { SecretVersion } from "../model/secret-version.ts";

type Versions = Secret["versions"];
type OwnVersions = Record<string, SecretVersion>;

/**
 * Versions object → its ids in creation order. Frozen objects never change, so an entry
 * stays true; the object of a write in progress has its array kept in step by
 * setVersion and deleteVersion.
 */
const idsByVersions = new WeakMap<Versions, string[]>();

/** The versions the draft holds now, as they are: the frozen original, this write's own object, or a draft. */
export function heldVersions(secret: Draft<Secret>): Versions {
  // A descriptor, unlike `secret.versions`, does not make immer create a draft of the versions.
  return Object.getOwnPropertyDescriptor(secret, "versions")!.value as Versions;
}

/** A frozen original or a draft; not the object this write made. */
function isShared(versions: Versions): boolean {
  return isDraft(versions) || Object.isFrozen(versions);
}

/** The ids of frozen versions, in creation order. */
function frozenIds(versions: Versions): readonly string[] {
  let ids = idsByVersions.get(versions);
  if (ids === undefined) idsByVersions.set(versions, (ids = Object.keys(versions)));
  return ids;
}

/** The ids the secret has now, in creation order. */
export function versionIdsNow(secret: Draft<Secret>): readonly string[] {
  const held = heldVersions(secret);
  // Reflect.ownKeys: Object.keys on a proxy asks for every key's descriptor.
  if (isDraft(held)) return Reflect.ownKeys(held) as string[];
  return isShared(held) ? frozenIds(held) : (idsByVersions.get(held) ?? Object.keys(held));
}

/** The secret's versions as a plain object this write owns, with its ids. */
function ownVersions(secret: Draft<Secret>): { versions: OwnVersions; ids: string[] } {
  const held = heldVersions(secret);
  const known = isShared(held) ? undefined : idsByVersions.get(held);
  if (known !== undefined) return { versions: held as OwnVersions, ids: known };
  // Rare: an earlier step of the write drafted the versions; take their current content, frozen.
  const source: Versions = isDraft(held) ? freeze(current(held), true) : freeze(held, true);
  const ids = frozenIds(source).slice();
  const versions = dictionaryModeObject() as OwnVersions;
  for (let i = 0; i < ids.length; i++) versions[ids[i]!] = source[ids[i]!]!;
  idsByVersions.set(versions, ids);
  (secret as { versions: unknown }).versions = versions;
  return { versions, ids };
}

/** Add a version, or replace the one with its id (in place in the creation order). */
export function setVersion(secret: Draft<Secret>, version: SecretVersion): void {
  const { versions, ids } = ownVersions(secret);
  if (!Object.hasOwn(versions, version.VersionId)) ids.push(version.VersionId);
  // Deeply frozen, as immer would leave a new object.
  versions[version.VersionId] = freeze(version, true);
}

export function deleteVersion(secret: Draft<Secret>, versionId: VersionId): void {
  const { versions, ids } = ownVersions(secret);
  if (!Object.hasOwn(versions, versionId)) return;
  delete versions[versionId];
  ids.splice(ids.indexOf(versionId), 1);
}

/** At the end of a write: freeze the object this write made, if any (its entries already are). */
export function sealVersions(secret: Draft<Secret>): void {
  const held = heldVersions(secret);
  if (!isShared(held) && idsByVersions.has(held)) Object.freeze(held);
}

/**
 * An empty plain object that V8 already keeps as a hash table: ids are unique strings, so
 * filling a fresh `{}` would first build a chain of hidden classes, one per id.
 */
function dictionaryModeObject(): object {
  const object: { a?: number; b?: number } = { a: 0, b: 0 };
  delete object.a; // deleting a property other than the last switches V8 to dictionary mode
  delete object.b;
  return object;
}
