// Reaching into a secret's versions through an immer draft, to break a state on purpose
// in the tests of the checks that must notice (the core itself writes versions only
// through its store, src/core/store/).
import type { Draft } from "immer";
import type { Secret, SecretVersion } from "../../src/index.ts";
import { idHash } from "../../src/core/store/id-hash.ts";
import { withPruned } from "../../src/core/store/pruned-ids.ts";
import { placeOf } from "../../src/core/store/versions.ts";

/** The draft of the version with this id. */
export function versionDraft(secret: Draft<Secret>, id: string): Draft<SecretVersion> {
  const place = placeOf(secret.versions, id);
  if (place < 0) throw new Error(`no version ${id}`);
  return secret.versions.list[place]!;
}

/** Records an id as pruned, whatever the versions hold. */
export function markPruned(secret: Draft<Secret>, id: string): void {
  secret.versions.pruned = withPruned(secret.versions.pruned, id) as never;
}

/** Files a version after the others, without pruning or any check. */
export function fileVersion(secret: Draft<Secret>, version: SecretVersion): void {
  secret.versions.list.push(version as Draft<SecretVersion>);
  secret.versions.ids.push(version.VersionId);
  secret.versions.hashes.push(idHash(version.VersionId));
  secret.versions.count += 1;
}
