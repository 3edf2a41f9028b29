// Staging labels: each on at most one version; AWSCURRENT moves, never vanishes;
// AWSPREVIOUS follows AWSCURRENT: docs/semantics/versions-and-labels.md#automatic-moves-of-awscurrent.
import type { Draft } from "immer";
import { getOwn } from "../model/dict.ts";
import { AWSCURRENT, AWSPENDING, AWSPREVIOUS, type StagingLabel, type VersionId } from "../model/ids.ts";
import type { Secret } from "../model/secret.ts";

export function holderOf(secret: Secret, label: string): VersionId | undefined {
  return getOwn(secret.labels, label);
}

/** The labels on one version, in the order they were attached. */
export function stagesOf(secret: Secret, versionId: string): StagingLabel[] {
  const stages: StagingLabel[] = [];
  for (const label in secret.labels) {
    if (secret.labels[label] === versionId) stages.push(label as StagingLabel);
  }
  return stages;
}

/** Every version that carries at least one label, with its labels (DescribeSecret's VersionIdsToStages). */
export function labelledVersions(secret: Secret): Record<string, StagingLabel[]> {
  const byVersion: Record<string, StagingLabel[]> = {};
  for (const versionId in secret.versions) {
    const stages = stagesOf(secret, versionId);
    if (stages.length > 0) byVersion[versionId] = stages;
  }
  return byVersion;
}

type SecretDraft = Draft<Secret>;

/** Attach a label to a version, taking it off whichever version had it. */
export function attachLabel(secret: SecretDraft, label: string, versionId: VersionId): void {
  // Delete first so that a moved label counts as newly attached in stagesOf's order.
  delete secret.labels[label];
  secret.labels[label] = versionId;
}

export function detachLabel(secret: SecretDraft, label: string): void {
  delete secret.labels[label];
}

/**
 * Move AWSCURRENT to a version. The old holder gets AWSPREVIOUS, taken from
 * whichever version had it, so the new holder loses AWSPREVIOUS. Every other
 * label stays where it is (observed with UpdateSecretVersionStage).
 */
export function moveCurrent(secret: SecretDraft, versionId: VersionId): void {
  const old = getOwn(secret.labels, AWSCURRENT);
  if (old === versionId) return;
  // AWSPREVIOUS leaves its holder even when no version had AWSCURRENT
  // (docs/semantics/versions-and-labels.md#automatic-moves-of-awscurrent).
  if (old === undefined) detachLabel(secret, AWSPREVIOUS);
  else attachLabel(secret, AWSPREVIOUS, old);
  attachLabel(secret, AWSCURRENT, versionId);
}

/**
 * A value write (PutSecretValue, UpdateSecret) that moves AWSCURRENT also takes
 * AWSPENDING off the version that has it, unless that is the version written:
 * off the old current version (observed), and off the stub of an abandoned
 * rotation, which ends the "rotation isn't complete" state
 * (docs/semantics/versions-and-labels.md#a-new-value-takes-awspending-off-the-old-current-version).
 */
export function moveCurrentForNewValue(secret: SecretDraft, versionId: VersionId): void {
  const old = getOwn(secret.labels, AWSCURRENT);
  const pending = getOwn(secret.labels, AWSPENDING);
  if (old !== versionId && pending !== undefined && pending !== versionId) detachLabel(secret, AWSPENDING);
  moveCurrent(secret, versionId);
}
