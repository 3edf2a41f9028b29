// Storing a new secret value as a version and staging it: the shared write of
// CreateSecret, UpdateSecret and PutSecretValue (docs/semantics/versions-and-labels.md#putsecretvalue-with-versionstages).
import type { Draft } from "immer";
import { getOwn } from "../model/dict.ts";
import { AWSCURRENT, type VersionId } from "../model/ids.ts";
import type { Secret } from "../model/secret.ts";
import type { SecretValue } from "../model/secret-version.ts";
import type { Timestamp } from "../model/time.ts";
import { attachLabel, moveCurrentForNewValue } from "./labels.ts";
import { heldVersions, setVersion } from "./own-versions.ts";
import { nextRotationDate } from "./schedule-next.ts";
import { newVersion } from "./versions.ts";

export interface StoreValue {
  readonly versionId: VersionId;
  readonly value: SecretValue;
  /** The labels asked for; AWSCURRENT when absent. */
  readonly stages: readonly string[] | undefined;
  readonly now: Timestamp;
}

export function storeValue(secret: Draft<Secret>, { versionId, value, stages, now }: StoreValue): void {
  const labels = new Set(stages ?? [AWSCURRENT]);
  // AWS doc: "If this operation creates the first version for the secret, then
  // Secrets Manager automatically attaches the staging label AWSCURRENT to it."
  // (A secret with AWSCURRENT has a version, so its versions are not counted.)
  if (getOwn(secret.labels, AWSCURRENT) === undefined && Reflect.ownKeys(heldVersions(secret)).length === 0) {
    labels.add(AWSCURRENT);
  }

  // Not through an immer draft of the versions: see own-versions.ts.
  const existing = getOwn(heldVersions(secret), versionId);
  setVersion(
    secret,
    existing === undefined
      ? newVersion(versionId, value, now, secret.KmsKeyId)
      : { ...existing, value }, // the value-less stub of a rotation
  );
  for (const label of labels) {
    if (label !== AWSCURRENT) attachLabel(secret, label, versionId);
  }
  if (labels.has(AWSCURRENT)) {
    moveCurrentForNewValue(secret, versionId);
    // AWS doc (RotationRulesType): a manual new value "is considered a valid rotation".
    const next = secret.RotationEnabled ? nextRotationDate(secret.RotationRules, now) : undefined;
    if (next !== undefined) secret.NextRotationDate = next;
  }
  secret.LastChangedDate = now;
}
