// Storing a new secret value as a version and staging it: the shared write of
// CreateSecret, UpdateSecret and PutSecretValue (docs/semantics/versions-and-labels.md#putsecretvalue-with-versionstages).
import { AWSCURRENT, type VersionId } from "../model/ids.ts";
import type { SecretValue, SecretVersion } from "../model/secret-version.ts";
import type { Timestamp } from "../model/time.ts";
import type { SecretEdit } from "../store/secret-edit.ts";
import { nextRotationDate } from "./schedule-next.ts";

export interface StoreValue {
  readonly versionId: VersionId;
  readonly value: SecretValue;
  /** The labels asked for; AWSCURRENT when absent. */
  readonly stages: readonly string[] | undefined;
  readonly now: Timestamp;
  /** The value-less stub of a rotation that the token names, if it names one. */
  readonly stub?: SecretVersion;
}

const CURRENT_ONLY = [AWSCURRENT];

export function storeValue(edit: SecretEdit, { versionId, value, stages, now, stub }: StoreValue): void {
  const labels = new Set(stages ?? CURRENT_ONLY);
  // AWS doc: "If this operation creates the first version for the secret, then
  // Secrets Manager automatically attaches the staging label AWSCURRENT to it."
  // (A secret with AWSCURRENT has a version, so its versions are not counted.)
  if (edit.labels.holder(AWSCURRENT) === undefined && edit.versions.size === 0) labels.add(AWSCURRENT);

  if (stub === undefined) edit.addVersion(versionId, value, now);
  else edit.versions.replace({ ...stub, value });
  for (const label of labels) {
    if (label !== AWSCURRENT) edit.labels.attach(label, versionId);
  }
  const secret = edit.secret;
  const rotates = labels.has(AWSCURRENT) && secret.RotationEnabled === true;
  // AWS doc (RotationRulesType): a manual new value "is considered a valid rotation".
  const nextDate = rotates ? nextRotationDate(secret.RotationRules, now) : undefined;
  if (labels.has(AWSCURRENT)) edit.labels.moveCurrentForNewValue(versionId);
  edit.metadata((draft) => {
    if (nextDate !== undefined) draft.NextRotationDate = nextDate;
    draft.LastChangedDate = now;
  });
}
