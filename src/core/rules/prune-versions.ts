// Version pruning. AWS doc (PutSecretValue): "Secrets Manager keeps 100 of the
// most recent versions, but it keeps all secret versions created in the last 24
// hours"; labelled versions are never removed. docs/semantics/versions-and-labels.md#pruning-of-deprecated-versions.
import { isDraft, original, type Draft } from "immer";
import { getOwn } from "../model/dict.ts";
import { recordPruned } from "../model/pruned-version-ids.ts";
import type { VersionId } from "../model/ids.ts";
import type { Secret } from "../model/secret.ts";
import { DAY_MS, type Timestamp } from "../model/time.ts";
import { deleteVersion, heldVersions, versionIdsNow } from "./own-versions.ts";

export const MAX_VERSIONS = 100;
export const MAX_LABELS = 20;

export interface PrunePlan {
  /** How many versions the secret has before pruning. */
  readonly count: number;
  /** The oldest label-less versions, 24 hours old or more, whose removal brings the count to 100. */
  readonly ids: readonly VersionId[];
}

/**
 * What to prune from a secret being written, read without drafting its versions (ids and
 * count from own-versions.ts; dates from the versions before the recipe if they are a draft).
 */
export function versionsToPrune(secret: Draft<Secret>, now: Timestamp): PrunePlan {
  const ids = versionIdsNow(secret);
  let excess = ids.length - MAX_VERSIONS;
  if (excess <= 0) return { count: ids.length, ids: [] };
  const held = heldVersions(secret);
  const dated = isDraft(held) ? (original(held) as Secret["versions"]) : held;
  const keep = new Set<string>(Object.values(secret.labels));
  const pruned: VersionId[] = [];
  // Versions are kept in creation order, so the first candidates are the oldest.
  for (const id of ids) {
    if (excess === 0) break;
    // A version the recipe added was created now (and is absent from a draft's original),
    // so it is never a candidate.
    const version = getOwn(dated, id);
    if (version !== undefined && !keep.has(id) && now - version.CreatedDate >= DAY_MS) {
      pruned.push(id as VersionId);
      excess -= 1;
    }
  }
  return { count: ids.length, ids: pruned };
}

export function pruneVersions(secret: Draft<Secret>, ids: readonly VersionId[]): void {
  for (const id of ids) {
    deleteVersion(secret, id);
    recordPruned(secret.prunedVersionIds, id);
  }
}
