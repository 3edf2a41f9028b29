// The writes operations and rules ask for, each one immer recipe over the state
// (table-writes.ts) that applies a change already decided (secret-edit.ts).
import type { Secret } from "../model/secret.ts";
import type { State } from "../model/state.ts";
import { syncReplicas } from "./replicas.ts";
import type { SecretChange } from "./secret-edit.ts";
import { editTables } from "./table-writes.ts";

/** Writes a change to the secret `name` of `region`, then its replicas. */
export function writeSecret(state: State, region: string, name: string, change: SecretChange): State {
  const next = editTables(state, [{ kind: "change", region, name, change }]);
  return syncReplicas(state, next, region, name);
}

/** Stores a new secret in `region`, with a first change (its first version) if any. */
export function insertSecret(state: State, region: string, secret: Secret, change?: SecretChange): State {
  const put = { kind: "put", region, secret } as const;
  return editTables(state, change === undefined ? [put] : [put, { kind: "change", region, name: secret.Name, change }]);
}

/** Removes secrets for good, by region and name; the same state when none of them exists. */
export function removeSecrets(state: State, targets: readonly (readonly [region: string, name: string])[]): State {
  return editTables(state, targets.map(([region, name]) => ({ kind: "remove", region, name })));
}
