// Starting a rotation: the value-less AWSPENDING version keyed by the token,
// made before any step runs, and the steps recorded as data. Shared by
// RotateSecret and by rotations that come due (tick): docs/semantics/rotation.md#the-awspending-version.
import type { Draft } from "immer";
import type { AwsError } from "../errors/codes.ts";
import { rotationInProgress, tokenInUse, versionDeleted } from "../errors/errors.ts";
import { getOwn, hasOwn } from "../model/dict.ts";
import { wasPruned } from "../model/pruned-version-ids.ts";
import { AWSCURRENT, AWSPENDING, type VersionId } from "../model/ids.ts";
import { ROTATION_STEPS } from "../model/rotation.ts";
import type { Secret } from "../model/secret.ts";
import type { Timestamp } from "../model/time.ts";
import { attachLabel, holderOf } from "./labels.ts";
import { newVersion } from "./versions.ts";

/** Why a rotation with this token cannot start now, if it cannot. */
export function rotationBlocked(secret: Secret, token: VersionId): AwsError | undefined {
  if (wasPruned(secret.prunedVersionIds, token)) return versionDeleted(token);
  const pending = holderOf(secret, AWSPENDING);
  // AWS doc (RotateSecret): AWSPENDING on a version other than AWSCURRENT's means
  // "a previous rotation request is still in progress"; the same token retries it.
  if (pending !== undefined && pending !== holderOf(secret, AWSCURRENT) && pending !== token) {
    return rotationInProgress();
  }
  // A token that names a finished version cannot become a new one.
  if (hasOwn(secret.versions, token) && pending !== token) return tokenInUse(token, secret.ARN);
  return undefined;
}

export interface StartRotation {
  readonly token: VersionId;
  readonly lambdaArn: string;
  /** "test": RotateImmediately=false, testSecret only, on a copy of the current value. */
  readonly kind: "rotate" | "test";
  readonly now: Timestamp;
}

export function startRotation(secret: Draft<Secret>, { token, lambdaArn, kind, now }: StartRotation): void {
  if (!hasOwn(secret.versions, token)) {
    // Observed (moto, AWS-verified): the test version holds the current value.
    const current = holderOf(secret as Secret, AWSCURRENT);
    const copy = kind === "test" && current !== undefined ? getOwn(secret.versions, current)?.value : undefined;
    secret.versions[token] = newVersion(token, copy, now, secret.KmsKeyId);
  }
  attachLabel(secret, AWSPENDING, token);
  secret.rotation = {
    ClientRequestToken: token,
    RotationLambdaARN: lambdaArn,
    steps: kind === "test" ? ["testSecret"] : [...ROTATION_STEPS],
    kind,
  };
}
