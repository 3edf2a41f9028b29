// Starting a rotation: the value-less AWSPENDING version keyed by the token,
// made before any step runs, and the steps recorded as data. Shared by
// RotateSecret and by rotations that come due (tick): docs/semantics/rotation.md#the-awspending-version.
import type { AwsError } from "../errors/codes.ts";
import { rotationInProgress, tokenInUse, versionDeleted } from "../errors/errors.ts";
import { AWSCURRENT, AWSPENDING, type VersionId } from "../model/ids.ts";
import { ROTATION_STEPS } from "../model/rotation.ts";
import type { Secret } from "../model/secret.ts";
import type { Timestamp } from "../model/time.ts";
import { holderOf } from "../store/labels.ts";
import type { SecretEdit } from "../store/secret-edit.ts";
import { hasVersion, versionById, wasPruned } from "../store/versions.ts";

/** Why a rotation with this token cannot start now, if it cannot. */
export function rotationBlocked(secret: Secret, token: VersionId): AwsError | undefined {
  if (wasPruned(secret.versions, token)) return versionDeleted(token);
  const pending = holderOf(secret, AWSPENDING);
  // AWS doc (RotateSecret): AWSPENDING on a version other than AWSCURRENT's means
  // "a previous rotation request is still in progress"; the same token retries it.
  if (pending !== undefined && pending !== holderOf(secret, AWSCURRENT) && pending !== token) {
    return rotationInProgress();
  }
  // A token that names a finished version cannot become a new one.
  if (hasVersion(secret.versions, token) && pending !== token) return tokenInUse(token, secret.ARN);
  return undefined;
}

export interface StartRotation {
  readonly token: VersionId;
  readonly lambdaArn: string;
  /** "test": RotateImmediately=false, testSecret only, on a copy of the current value. */
  readonly kind: "rotate" | "test";
  readonly now: Timestamp;
}

export function startRotation(edit: SecretEdit, { token, lambdaArn, kind, now }: StartRotation): void {
  if (edit.versions.get(token) === undefined) {
    // Observed (moto, AWS-verified): the test version holds the current value.
    const current = edit.labels.holder(AWSCURRENT);
    const copy = kind === "test" && current !== undefined ? versionById(edit.secret.versions, current)?.value : undefined;
    edit.addVersion(token, copy, now);
  }
  edit.labels.attach(AWSPENDING, token);
  edit.metadata((draft) => {
    draft.rotation = {
      ClientRequestToken: token,
      RotationLambdaARN: lambdaArn,
      steps: kind === "test" ? ["testSecret"] : [...ROTATION_STEPS],
      kind,
    };
  });
}
