// Scheduled rotations that are due: rotation on, its window opened, none running
// (spec 4.11). A replica is rotated through its primary only (spec 4.17).
// Which secrets are due is found without looking at every secret on every tick:
// the earliest due date is memoised per group of the secret table (see below).
import type { Dict } from "../model/dict.ts";
import { SCHEDULED_ROTATION_ATTEMPTS } from "../model/rotation.ts";
import type { Secret } from "../model/secret.ts";
import { tableSecrets, type SecretTable } from "../model/secret-table.ts";
import type { Timestamp } from "../model/time.ts";
import { isReplica } from "./replication.ts";

/**
 * When the scheduled rotation of a secret, as it stands, becomes due: its
 * NextRotationDate, or Infinity when no rotation of it will start on a schedule
 * (rotation off, deleted, running, out of attempts, or a replica).
 */
export function rotationDueDate(secret: Secret): number {
  if (
    secret.RotationEnabled !== true ||
    secret.RotationLambdaARN === undefined ||
    secret.NextRotationDate === undefined ||
    secret.DeletedDate !== undefined ||
    secret.rotation !== undefined ||
    !attemptsLeft(secret) ||
    isReplica(secret)
  ) {
    return Infinity;
  }
  return secret.NextRotationDate;
}

/** Rotation is on, its next window has opened, and no rotation of it is running. */
export function isRotationDue(secret: Secret, now: Timestamp): boolean {
  return rotationDueDate(secret) <= now;
}

/** Whether the rotation due on NextRotationDate has failed fewer times than are tried. */
function attemptsLeft(secret: Secret): boolean {
  const failures = secret.rotationFailures;
  if (failures === undefined || failures.NextRotationDate !== secret.NextRotationDate) return true;
  return failures.count < SCHEDULED_ROTATION_ATTEMPTS;
}

/**
 * The earliest due date in each group of the secret table: a leaf, a middle dict
 * of leaves, and the table's shards. State is immutable and immer shares the
 * groups a write did not touch, so the answer is memoised per group object: a
 * tick with nothing due reads one memo per region, and after a write only the
 * groups on the written secret's path are scanned again. The memo is a cache,
 * not state: it never changes an answer (purge-deleted.ts does the same for
 * DeletionDate).
 */
const earliestByGroup = new WeakMap<object, number>();

function memoised<T extends object>(group: T, compute: (group: T) => number): number {
  let earliest = earliestByGroup.get(group);
  if (earliest === undefined) {
    earliest = compute(group);
    earliestByGroup.set(group, earliest);
  }
  return earliest;
}

/** The smallest of `dateOf` over `items`; NaN dates are never due, as in isRotationDue. */
function earliestOf<T>(items: readonly T[], dateOf: (item: T) => number): number {
  let earliest = Infinity;
  for (const item of items) {
    const date = dateOf(item);
    if (date < earliest) earliest = date;
  }
  return earliest;
}

const leafDue = (leaf: Dict<Secret>): number => memoised(leaf, () => earliestOf(Object.values(leaf), rotationDueDate));

const middleDue = (middle: Dict<Dict<Secret>>): number => memoised(middle, () => earliestOf(Object.values(middle), leafDue));

const shardsDue = (shards: SecretTable["shards"]): number => memoised(shards, () => earliestOf(Object.values(shards), middleDue));

/** The secrets of a table whose scheduled rotation is due at `now`, in the table's order. */
export function dueRotations(table: SecretTable, now: Timestamp): Secret[] {
  const due: Secret[] = [];
  if (shardsDue(table.shards) > now) return due;
  for (const middle of Object.values(table.shards)) {
    if (middleDue(middle) > now) continue;
    for (const leaf of Object.values(middle)) {
      if (leafDue(leaf) > now) continue;
      for (const secret of Object.values(leaf)) if (isRotationDue(secret, now)) due.push(secret);
    }
  }
  return due;
}

/** The same answer by asking every secret: what dueRotations is checked against. */
export function dueRotationsByScan(table: SecretTable, now: Timestamp): Secret[] {
  const due: Secret[] = [];
  for (const secret of tableSecrets(table)) if (isRotationDue(secret, now)) due.push(secret);
  return due;
}
