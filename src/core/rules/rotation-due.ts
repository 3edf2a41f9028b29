// Scheduled rotations that are due: rotation on, its window opened, none running
// (docs/semantics/rotation.md#scheduled-rotations). A replica is rotated through its primary only.
// Which secrets are due is found without looking at every secret on every tick
// (due-in-table.ts).
import { SCHEDULED_ROTATION_ATTEMPTS } from "../model/rotation.ts";
import type { Secret } from "../model/secret.ts";
import { tableSecrets, type SecretTable } from "../model/secret-table.ts";
import type { Timestamp } from "../model/time.ts";
import { dueSearch, type DueSearch } from "./due-in-table.ts";
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

/** The secrets of a table whose scheduled rotation is due at `now`, in the table's order. */
export const dueRotations: DueSearch = dueSearch(rotationDueDate);

/** The same answer by asking every secret: what dueRotations is checked against. */
export function dueRotationsByScan(table: SecretTable, now: Timestamp): Secret[] {
  const due: Secret[] = [];
  for (const secret of tableSecrets(table)) if (isRotationDue(secret, now)) due.push(secret);
  return due;
}
