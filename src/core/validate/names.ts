// Secret names and SecretIds (docs/semantics/identifiers.md#secret-names,
// docs/semantics/identifiers.md#invalid-names).
import type { SecretName } from "../model/ids.ts";

/** AWS doc: "ASCII letters, numbers, or the following characters: /_+=.@-". */
const NAME_CHARACTERS = /^[A-Za-z0-9/_+=.@-]+$/;
/** A SecretId that is a name may also hold "!": service-managed secrets (rds!cluster-…) do. */
const SECRET_ID_NAME_CHARACTERS = /^[A-Za-z0-9/_+=.@!-]+$/;

export function isValidSecretName(name: string): name is SecretName {
  return NAME_CHARACTERS.test(name);
}

export function isArn(secretId: string): boolean {
  return secretId.startsWith("arn:");
}

/** Whether a SecretId passes AWS's "Invalid name" check (ARNs are checked by lookup instead). */
export function isValidSecretId(secretId: string): boolean {
  return isArn(secretId) || SECRET_ID_NAME_CHARACTERS.test(secretId);
}
