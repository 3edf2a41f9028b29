// The model's deletion, time and replication: a secret's recovery window, the
// clock that ends it, and at most one replica (in REPLICA) per secret.
import { fail, ok, PRIMARY, REPLICA, type Answer, type Model } from "./model.ts";

const DAY = 24 * 60 * 60 * 1000;

/**
 * DeleteSecret (docs/semantics/deletion.md#scheduling-a-deletion): a recovery window (30 days by default) schedules the deletion; forcing
 * removes the secret, even a missing one; a primary with a replica is refused
 * (AWS doc DeleteSecret). Answers the DeletionDate.
 */
export function deleteSecret(model: Model, name: string, force: boolean, window: number | undefined): Answer<number> {
  if (force && window !== undefined) return fail("InvalidParameterException");
  const secret = model.secrets.get(name);
  if (!secret) return force ? ok(model.now) : fail("ResourceNotFoundException");
  if (secret.replicated) return fail("InvalidParameterException");
  if (force) {
    model.secrets.delete(name);
    return ok(model.now);
  }
  if (secret.deletionDate !== undefined) return fail("InvalidRequestException");
  secret.deletionDate = model.now + (window ?? 30) * DAY;
  return ok(secret.deletionDate);
}

/** RestoreSecret (docs/semantics/deletion.md#restoresecret); restoring a secret not scheduled for deletion succeeds (the library's choice). */
export function restoreSecret(model: Model, name: string): Answer {
  const secret = model.secrets.get(name);
  if (!secret) return fail("ResourceNotFoundException");
  delete secret.deletionDate;
  return ok(undefined);
}

/** Time passes; at a tick, secrets whose recovery window has ended are gone. Answers their names. */
export function advance(model: Model, milliseconds: number, tick: boolean): string[] {
  model.now += milliseconds;
  if (!tick) return [];
  const ended = [...model.secrets].filter(([, s]) => s.deletionDate !== undefined && s.deletionDate <= model.now);
  for (const [name] of ended) {
    model.secrets.delete(name);
    model.purged.add(name);
  }
  return ended.map(([name]) => name);
}

/**
 * ReplicateSecretToRegions from PRIMARY: the secret's own Region is refused
 * (observed "Invalid replica region."), as is a Region it is already replicated to.
 */
export function replicate(model: Model, name: string, regions: readonly string[]): Answer {
  const secret = model.active(name);
  if (typeof secret === "string") return fail(secret);
  if (regions.some((r) => r === PRIMARY || (r === REPLICA && secret.replicated))) return fail("InvalidParameterException");
  if (regions.includes(REPLICA)) secret.replicated = true;
  return ok(undefined);
}

/** RemoveRegionsFromReplication: the replica goes at once; a Region without one is ignored
 * (docs/semantics/replication.md#removing-replicas). */
export function removeRegions(model: Model, name: string, regions: readonly string[]): Answer {
  const secret = model.active(name);
  if (typeof secret === "string") return fail(secret);
  if (regions.includes(REPLICA)) secret.replicated = false;
  return ok(undefined);
}

/**
 * A write sent to REPLICA: a replica is read-only (InvalidParameterException,
 * docs/semantics/replication.md#replicas-are-read-only); no replica there is
 * ResourceNotFoundException, but a forced DeleteSecret of a missing secret succeeds
 * (docs/semantics/deletion.md#force-deletion-of-a-secret-that-does-not-exist).
 */
export function replicaWrite(model: Model, name: string, forcedDelete: boolean): Answer {
  if (model.lookup(name, REPLICA)) return fail("InvalidParameterException");
  return forcedDelete ? ok(undefined) : fail("ResourceNotFoundException");
}
