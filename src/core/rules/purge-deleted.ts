// The end of a recovery window: a secret scheduled for deletion is removed for
// good once its DeletionDate has come, and its name is free again.
// AWS doc (DeleteSecret): "At the end of the recovery window, Secrets Manager
// deletes the secret permanently." Spec 4.8.
import { produce } from "immer";
import { getOwn, type Dict } from "../model/dict.ts";
import type { Secret } from "../model/secret.ts";
import { tableDelete, type SecretTable } from "../model/secret-table.ts";
import type { State } from "../model/state.ts";

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

/**
 * The earliest DeletionDate in one leaf of the secret table. State is immutable
 * and immer shares untouched leaves between states, so the answer is memoised
 * per leaf object: a purge looks at each leaf's memo instead of every secret,
 * and only the leaves a write replaced are scanned again. The memo is a cache,
 * not state: it never changes an answer.
 */
const earliestDeletionByLeaf = new WeakMap<Dict<Secret>, number>();

function earliestDeletion(leaf: Dict<Secret>): number {
  let earliest = earliestDeletionByLeaf.get(leaf);
  if (earliest === undefined) {
    earliest = Infinity;
    for (const secret of Object.values(leaf)) {
      if (secret.DeletionDate !== undefined && secret.DeletionDate < earliest) earliest = secret.DeletionDate;
    }
    earliestDeletionByLeaf.set(leaf, earliest);
  }
  return earliest;
}

function dueIn(table: SecretTable, now: number): Secret[] {
  const due: Secret[] = [];
  for (const middle of Object.values(table.shards)) {
    for (const leaf of Object.values(middle)) {
      if (earliestDeletion(leaf) > now) continue;
      for (const secret of Object.values(leaf)) if (isDueForPurge(secret, now)) due.push(secret);
    }
  }
  return due;
}

/** Removes every secret whose recovery window has ended; the same state when none has. */
export function purgeDeletedSecrets(state: State, now: number): State {
  const due: [string, string][] = [];
  for (const [region, regionState] of Object.entries(state.regions)) {
    for (const secret of dueIn(regionState.secrets, now)) due.push([region, secret.Name]);
  }
  return due.length === 0 ? state : removeSecrets(state, due);
}
