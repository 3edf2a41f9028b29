// Version pruning. AWS doc (PutSecretValue): "Secrets Manager keeps 100 of the
// most recent versions, but it keeps all secret versions created in the last 24
// hours"; labelled versions are never removed. Spec 3.3.
import { isDraft, original, type Draft } from "immer";
import { getOwn } from "../model/dict.ts";
import { recordPruned } from "../model/pruned-version-ids.ts";
import type { VersionId } from "../model/ids.ts";
import type { Secret } from "../model/secret.ts";
import { DAY_MS, type Timestamp } from "../model/time.ts";

export const MAX_VERSIONS = 100;
export const MAX_LABELS = 20;

function labelled(secret: Secret): Set<string> {
  return new Set(Object.values(secret.labels));
}

/**
 * The oldest label-less versions, 24 hours old or more, whose removal brings the count to 100.
 * Works on a draft without drafting its versions: ids come from Reflect.ownKeys (Object.keys on
 * a proxy asks for every key's descriptor) and dates from the versions before the recipe.
 */
export function versionsToPrune(secret: Secret, now: Timestamp): VersionId[] {
  const ids = Reflect.ownKeys(secret.versions) as string[];
  let excess = ids.length - MAX_VERSIONS;
  if (excess <= 0) return [];
  const keep = labelled(secret);
  const before = isDraft(secret.versions) ? (original(secret.versions) as Secret["versions"]) : secret.versions;
  const pruned: VersionId[] = [];
  // Versions are kept in creation order, so the first candidates are the oldest.
  for (const id of ids) {
    if (excess === 0) break;
    // A version the recipe added was created now, so it is never a candidate.
    const version = getOwn(before, id);
    if (version !== undefined && !keep.has(id) && now - version.CreatedDate >= DAY_MS) {
      pruned.push(id as VersionId);
      excess -= 1;
    }
  }
  return pruned;
}

export function pruneVersions(secret: Draft<Secret>, ids: readonly VersionId[]): void {
  for (const id of ids) {
    delete secret.versions[id];
    recordPruned(secret.prunedVersionIds, id);
  }
}
