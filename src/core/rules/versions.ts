// Creating versions and answering a ClientRequestToken that names one.
// AWS doc (PutSecretValue, ClientRequestToken): a token that matches no version
// makes a new one; the same token with the same value does nothing; the same
// token with a different value is an error.
import type { AwsError } from "../errors/codes.ts";
import { tokenInUse, versionDeleted } from "../errors/errors.ts";
import { getOwn } from "../model/dict.ts";
import { wasPruned } from "../model/pruned-version-ids.ts";
import type { VersionId } from "../model/ids.ts";
import type { Secret } from "../model/secret.ts";
import type { SecretValue, SecretVersion } from "../model/secret-version.ts";
import type { Timestamp } from "../model/time.ts";
import { sameValue } from "../validate/secret-value.ts";

export function newVersion(
  versionId: VersionId,
  value: SecretValue | undefined,
  now: Timestamp,
  kmsKeyId: string | undefined,
): SecretVersion {
  return {
    VersionId: versionId,
    CreatedDate: now,
    ...(value && { value }),
    ...(kmsKeyId !== undefined && { KmsKeyId: kmsKeyId }),
  };
}

/** What a token means for a secret: a new version, a retry of an existing one, or an error. */
export type TokenMeaning =
  | { readonly kind: "new" }
  | { readonly kind: "retry"; readonly version: SecretVersion }
  | { readonly kind: "fill-stub"; readonly version: SecretVersion };

export function tokenMeaning(secret: Secret, token: string, value: SecretValue): TokenMeaning | AwsError {
  if (wasPruned(secret.prunedVersionIds, token)) return versionDeleted(token);
  const version = getOwn(secret.versions, token);
  if (version === undefined) return { kind: "new" };
  // 1. The value-less AWSPENDING stub of a rotation receives the value (docs/semantics/rotation.md#the-rotation-steps).
  if (version.value === undefined) return { kind: "fill-stub", version };
  // 2. The same token with the same value: an idempotent retry that changes nothing.
  if (sameValue(version.value, value)) return { kind: "retry", version };
  // 3. The same token with another value.
  return tokenInUse(token, secret.ARN);
}
