// What changed in one account between two of its states, as history events. The core's states
// are immutable and share every part a change did not touch, so the walk compares references
// and descends only where they differ: a write to one secret among 100,000 visits a few dozen.
import { getOwn, versionIds, versionsInOrder, wasPruned, type Dict, type Secret, type SecretTable, type State } from "../../core/index.ts";
import type { HistoryChange } from "./history-events.ts";

/** An event before the recorder numbers it. */
export type Change = { readonly at: number; readonly arn: string } & HistoryChange;

/** The changes from `before` (undefined: nothing seen yet) to `after`, observed at `at`. */
export function stateChanges(before: State | undefined, after: State, at: number): Change[] {
  const changes: Change[] = [];
  if (before === after) return changes;
  const regionsBefore = before?.regions ?? {};
  for (const region of keysOf(regionsBefore, after.regions)) {
    const old = getOwn(regionsBefore, region)?.secrets;
    const next = getOwn(after.regions, region)?.secrets;
    if (old === next) continue;
    changedSecrets(old, next, (a, b) => secretChanges(a, b, at, changes));
  }
  return changes;
}

/** Calls `visit` with each secret that differs between two tables, by name. */
function changedSecrets(a: SecretTable | undefined, b: SecretTable | undefined, visit: (a?: Secret, b?: Secret) => void): void {
  const shardsA = a?.shards ?? {};
  const shardsB = b?.shards ?? {};
  for (const outer of keysOf(shardsA, shardsB)) {
    const middleA = getOwn(shardsA, outer) ?? {};
    const middleB = getOwn(shardsB, outer) ?? {};
    if (middleA === middleB) continue;
    for (const inner of keysOf(middleA, middleB)) {
      const leafA = getOwn(middleA, inner) ?? {};
      const leafB = getOwn(middleB, inner) ?? {};
      if (leafA === leafB) continue;
      for (const name of keysOf(leafA, leafB)) {
        const secretA = getOwn(leafA, name);
        const secretB = getOwn(leafB, name);
        if (secretA !== secretB) visit(secretA, secretB);
      }
    }
  }
}

function secretChanges(old: Secret | undefined, next: Secret | undefined, at: number, out: Change[]): void {
  // A name used again after a purge is another secret: a new ARN.
  if (old !== undefined && (next === undefined || next.ARN !== old.ARN)) {
    gone(old, at, out);
    if (next !== undefined) appeared(next, at, out);
    return;
  }
  if (next === undefined) return;
  if (old === undefined) {
    appeared(next, at, out);
    return;
  }
  const arn = next.ARN;
  // The versions are shared when a write did not touch them.
  const versionsBefore = old.versions === next.versions ? undefined : new Set<string>(versionIds(old.versions));
  const versionsAfter = new Set<string>();
  if (versionsBefore !== undefined) {
    for (const version of versionsInOrder(next.versions)) {
      versionsAfter.add(version.VersionId);
      if (!versionsBefore.has(version.VersionId)) out.push({ at: version.CreatedDate, arn, kind: "version-added", versionId: version.VersionId });
    }
  }
  labelChanges(old.labels, next.labels, arn, at, out);
  for (const versionId of versionsBefore ?? []) {
    if (versionsAfter.has(versionId)) continue;
    const pruned = wasPruned(next.versions, versionId);
    out.push({ at, arn, kind: pruned ? "version-pruned" : "version-removed", versionId });
  }
  if (old.DeletedDate === undefined && next.DeletedDate !== undefined) out.push(deleted(next));
  if (old.DeletedDate !== undefined && next.DeletedDate === undefined) out.push({ at, arn, kind: "restored" });
  if (old.rotation === undefined && next.rotation !== undefined) out.push(rotationStarted(next, at));
  if (old.rotation !== undefined && next.rotation === undefined) {
    out.push({ at, arn, kind: "rotation-ended", rotated: next.LastRotatedDate !== old.LastRotatedDate });
  }
}

/** A secret seen for the first time: created now, or brought in with a whole state (PUT /_emulator/state). */
function appeared(secret: Secret, at: number, out: Change[]): void {
  const arn = secret.ARN;
  out.push({ at: secret.CreatedDate, arn, kind: "created" });
  for (const version of versionsInOrder(secret.versions)) {
    out.push({ at: version.CreatedDate, arn, kind: "version-added", versionId: version.VersionId });
  }
  labelChanges({}, secret.labels, arn, at, out);
  if (secret.DeletedDate !== undefined) out.push(deleted(secret));
  if (secret.rotation !== undefined) out.push(rotationStarted(secret, at));
}

function gone(secret: Secret, at: number, out: Change[]): void {
  const held = { labels: { ...secret.labels }, versionIds: versionIds(secret.versions) };
  // AWS doc (DeleteSecret): the secret is deleted for good at the end of the recovery window.
  const { DeletionDate } = secret;
  if (DeletionDate !== undefined && DeletionDate <= at) out.push({ at: DeletionDate, arn: secret.ARN, kind: "purged", ...held });
  else out.push({ at, arn: secret.ARN, kind: "removed", ...held });
}

function labelChanges(old: Dict<string>, next: Dict<string>, arn: string, at: number, out: Change[]): void {
  for (const label of keysOf(old, next).sort(byLabel)) {
    const previous = getOwn(old, label);
    const versionId = getOwn(next, label);
    if (previous === versionId) continue;
    out.push({
      at,
      arn,
      kind: "label",
      label,
      ...(versionId === undefined ? {} : { versionId }),
      ...(previous === undefined ? {} : { previous }),
    });
  }
}

function deleted(secret: Secret): Change {
  const { DeletedDate, DeletionDate } = secret;
  return { at: DeletedDate ?? 0, arn: secret.ARN, kind: "deleted", ...(DeletionDate === undefined ? {} : { deletionDate: DeletionDate }) };
}

function rotationStarted(secret: Secret, at: number): Change {
  const rotation = secret.rotation!;
  return { at, arn: secret.ARN, kind: "rotation-started", versionId: rotation.ClientRequestToken, mode: rotation.kind };
}

const AWS_LABELS = ["AWSCURRENT", "AWSPREVIOUS", "AWSPENDING"];

/** The moves of one change in one order: AWS's labels first, then the others by name. */
function byLabel(a: string, b: string): number {
  const rank = (label: string) => (AWS_LABELS.includes(label) ? AWS_LABELS.indexOf(label) : AWS_LABELS.length);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The keys of two dicts, each once, in the order met. */
function keysOf(a: Dict<unknown>, b: Dict<unknown>): string[] {
  const keys = Object.keys(a);
  for (const key of Object.keys(b)) if (!Object.hasOwn(a, key)) keys.push(key);
  return keys;
}
