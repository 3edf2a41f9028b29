// The end of a recovery window: a secret scheduled for deletion is removed for
// good once its DeletionDate has come, and its name is free again.
// AWS doc (DeleteSecret): "At the end of the recovery window, Secrets Manager
// deletes the secret permanently." docs/semantics/deletion.md#the-end-of-the-recovery-window.
import { produce } from "immer";
import { getOwn } from "../model/dict.ts";
import type { Secret } from "../model/secret.ts";
import { tableDelete } from "../model/secret-table.ts";
import type { State } from "../model/state.ts";
import { dueSearch } from "./due-in-table.ts";

type TableDraft = Parameters<typeof tableDelete>[0];

/** Whether a secret's recovery window has ended at `now`. */
export function isDueForPurge(secret: Secret, now: number): boolean {
  return secret.DeletionDate !== undefined && secret.DeletionDate <= now;
}

/** Removes secrets for good, by region and name; the same state when none of them exists. */
export function removeSecrets(state: State, targets: readonly (readonly [region: string, name: string])[]): State {
  const present = targets.filter(([region]) => getOwn(state.regions, region) !== undefined);
  if (present.length === 0) return state;
  return produce(state, (draft) => {
    for (const [region, name] of present) {
      tableDelete(draft.regions[region]!.secrets as unknown as TableDraft, name);
    }
  });
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
