// The ids of versions removed by pruning, kept so that an id is never reused
// and a read of it answers "was deleted"
// (docs/semantics/versions-and-labels.md#pruning-of-deprecated-versions). A busy secret prunes one
// version per write for ever, so the ids are spread over hashed buckets: a
// prune copies one small bucket, and a lookup reads one bucket, however many
// versions the secret has lost.
import type { VersionId } from "./ids.ts";

/** Bucket number → ids, in the order they were pruned. */
export type PrunedVersionIds = { readonly [bucket: string]: readonly VersionId[] };

const BUCKETS = 64;

function bucketOf(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return String((h >>> 0) % BUCKETS);
}

export function wasPruned(pruned: PrunedVersionIds, id: string): boolean {
  const bucket = bucketOf(id);
  return Object.hasOwn(pruned, bucket) && pruned[bucket]!.includes(id as VersionId);
}

/** Records an id through an immer draft. */
export function recordPruned(pruned: { [bucket: string]: VersionId[] }, id: VersionId): void {
  const bucket = bucketOf(id);
  // A new frozen array, not a push through a draft: immer would then visit every id of
  // the bucket to freeze it. The descriptor reads the array without drafting it.
  const ids = Object.getOwnPropertyDescriptor(pruned, bucket)?.value as readonly VersionId[] | undefined;
  pruned[bucket] = Object.freeze([...(ids ?? []), id]) as VersionId[];
}

export function allPruned(pruned: PrunedVersionIds): VersionId[] {
  return Object.values(pruned).flat();
}
