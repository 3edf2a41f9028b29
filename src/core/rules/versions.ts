// Answering a ClientRequestToken that names a version.
// AWS doc (PutSecretValue, ClientRequestToken): a token that matches no version
// makes a new one; the same token with the same value does nothing; the same
// token with a different value is an error.
import type { AwsError } from "../errors/codes.ts";
import { tokenInUse, versionDeleted } from "../errors/errors.ts";
import type { Secret } from "../model/secret.ts";
import { sameValue, type SecretValue, type SecretVersion } from "../model/secret-version.ts";
import { idState } from "../store/versions.ts";

/** What a token means for a secret: a new version, a retry of an existing one, or an error. */
export type TokenMeaning =
  | { readonly kind: "new" }
  | { readonly kind: "retry"; readonly version: SecretVersion }
  | { readonly kind: "fill-stub"; readonly version: SecretVersion };

export function tokenMeaning(secret: Secret, token: string, value: SecretValue): TokenMeaning | AwsError {
  const version = idState(secret.versions, token);
  if (version === "pruned") return versionDeleted(token);
  if (version === undefined) return { kind: "new" };
  // 1. The value-less AWSPENDING stub of a rotation receives the value (docs/semantics/rotation.md#the-rotation-steps).
  if (version.value === undefined) return { kind: "fill-stub", version };
  // 2. The same token with the same value: an idempotent retry that changes nothing.
  if (sameValue(version.value, value)) return { kind: "retry", version };
  // 3. The same token with another value.
  return tokenInUse(token, secret.ARN);
}
