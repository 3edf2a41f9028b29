import type { VersionId } from "./ids.ts";
import type { Timestamp } from "./time.ts";

/** A stored value: text, or bytes kept as base64 text so that state stays JSON-shaped. */
export type SecretValue =
  | { readonly kind: "string"; readonly SecretString: string }
  | { readonly kind: "binary"; readonly SecretBinary: string };

/**
 * One version of a secret. Its staging labels are not stored here: the secret's
 * label index is the single source of truth (see rules/labels.ts).
 */
export interface SecretVersion {
  readonly VersionId: VersionId;
  readonly CreatedDate: Timestamp;
  readonly LastAccessedDate?: Timestamp;
  /** Absent only for the AWSPENDING stub that RotateSecret creates (docs/semantics/rotation.md#the-awspending-version). */
  readonly value?: SecretValue;
  /** The KMS key in force when the version was written; absent for aws/secretsmanager. */
  readonly KmsKeyId?: string;
}
