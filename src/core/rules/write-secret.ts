// Applying a change to one secret: one immer recipe, then the quotas that a
// write may break. A write that breaks a quota is dropped whole and the error
// returned with the untouched state (docs/semantics/versions-and-labels.md#label-quota,
// docs/semantics/versions-and-labels.md#version-quota).
import { produce, type Draft } from "immer";
import type { AwsError } from "../errors/codes.ts";
import { tooManyLabels, tooManyVersions } from "../errors/errors.ts";
import type { Context } from "../model/context.ts";
import { getOwn } from "../model/dict.ts";
import type { Secret } from "../model/secret.ts";
import { emptySecretTable, tableGet, tableSet } from "../model/secret-table.ts";
import type { State } from "../model/state.ts";
import { sealVersions } from "./own-versions.ts";
import { MAX_LABELS, MAX_VERSIONS, pruneVersions, versionsToPrune } from "./prune-versions.ts";
import { syncReplicas } from "./replication.ts";

type TableDraft = Parameters<typeof tableSet>[0];

function regionTable(state: Draft<State>, region: string): TableDraft {
  if (!Object.hasOwn(state.regions, region)) {
    state.regions[region] = { secrets: emptySecretTable() } as Draft<State>["regions"][string];
  }
  return state.regions[region]!.secrets as unknown as TableDraft;
}

/** Store a new secret in the context's region. */
export function insertSecret(state: State, context: Context, secret: Secret): State {
  return produce(state, (draft) => {
    tableSet(regionTable(draft, context.region), secret);
  });
}

/** Change one secret with a recipe; prune versions; check the label and version quotas. */
export function writeSecret(
  state: State,
  region: string,
  name: string,
  now: number,
  recipe: (secret: Draft<Secret>) => void,
): State | AwsError {
  const before = lookupIn(state, region, name);
  let versionCount = 0;
  const next = produce(state, (draft) => {
    const table = regionTable(draft, region);
    const secret = tableGet(table as never, name) as Draft<Secret>;
    recipe(secret);
    const prune = versionsToPrune(secret, now);
    if (prune.ids.length > 0) pruneVersions(secret, prune.ids);
    versionCount = prune.count - prune.ids.length;
    sealVersions(secret);
  });
  if (next === state) return state;
  const written = lookupIn(next, region, name);
  // A quota only refuses a write that makes things worse.
  if (grewPast(written.labels, before.labels, MAX_LABELS)) return tooManyLabels();
  // (Versions are counted once, in the recipe; the ones before only when the quota is passed.)
  if (versionCount > MAX_VERSIONS && versionCount > Object.keys(before.versions).length) return tooManyVersions();
  // A primary's replicas are rewritten from it (docs/semantics/replication.md#what-a-replica-shares).
  return syncReplicas(state, next, region, name);
}

function lookupIn(state: State, region: string, name: string): Secret {
  const secret = tableGet(getOwn(state.regions, region)!.secrets, name);
  if (secret === undefined) throw new Error(`writeSecret: no secret ${name} in ${region}`);
  return secret;
}

function grewPast(after: object, before: object, limit: number): boolean {
  const count = Object.keys(after).length;
  return count > limit && count > Object.keys(before).length;
}
