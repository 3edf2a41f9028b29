// The end of a recovery window: a secret scheduled for deletion is removed for
// good once its DeletionDate has come, and its name is free again.
// AWS doc (DeleteSecret): "At the end of the recovery window, Secrets Manager
// deletes the secret permanently." docs/semantics/deletion.md#the-end-of-the-recovery-window.
import type { Secret } from "../model/secret.ts";
import type { State } from "../model/state.ts";
import { removeSecrets } from "../store/secret-writes.ts";
import { dueSearch } from "./due-in-table.ts";

/** Whether a secret's recovery window has ended at `now`. */
export function isDueForPurge(secret: Secret, now: number): boolean {
  return secret.DeletionDate !== undefined && secret.DeletionDate <= now;
}

/** The secrets of a table whose recovery window has ended at `now`. */
const duePurges = dueSearch((secret) => secret.DeletionDate ?? Infinity);

/** Removes every secret whose recovery window has ended; the same state when none has. */
export function purgeDeletedSecrets(state: State, now: number): State {
  const due: [string, string][] = [];
  for (const [region, regionState] of Object.entries(state.regions)) {
    for (const secret of duePurges(regionState.secrets, now)) due.push([region, secret.Name]);
  }
  return due.length === 0 ? state : removeSecrets(state, due);
}
