// UpdateSecret
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_UpdateSecret.html
import { missingClientRequestToken } from "../errors/errors.ts";
import { failure, isAwsError, success, type Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import { AWSCURRENT, AWSPENDING, AWSPREVIOUS, type VersionId } from "../model/ids.ts";
import type { State } from "../model/state.ts";
import { findWritableSecret } from "../rules/replication-guard.ts";
import { lookupByName } from "../rules/find-secret.ts";
import { SecretEdit, type MetadataDraft } from "../store/secret-edit.ts";
import { writeSecret } from "../store/secret-writes.ts";
import { writeValue } from "../rules/write-value.ts";
import { lengthBetween, violationsError } from "../validate/constraints.ts";
import { secretIdViolation, tokenViolation } from "../validate/common.ts";
import { requestedValue, valueViolations } from "../validate/secret-value.ts";

export interface UpdateSecretRequest {
  readonly SecretId: string;
  readonly ClientRequestToken?: string;
  readonly Description?: string;
  readonly KmsKeyId?: string;
  readonly SecretString?: string;
  /** Base64 text. */
  readonly SecretBinary?: string;
  readonly Type?: string;
}

export interface UpdateSecretResponse {
  readonly ARN: string;
  readonly Name: string;
  /** Only when a new version was created. */
  readonly VersionId?: string;
}

/** AWS doc (UpdateSecret, KmsKeyId): the key also re-encrypts the versions with these labels. */
const REENCRYPTED_LABELS = [AWSCURRENT, AWSPENDING, AWSPREVIOUS] as const;

/**
 * Description and KmsKeyId: an empty string clears them
 * (docs/semantics/versions-and-labels.md#updatesecret-without-a-value).
 */
const MEMBERS = ["Description", "KmsKeyId", "Type"] as const;

function applyMembers(secret: MetadataDraft, request: UpdateSecretRequest): void {
  for (const member of MEMBERS) {
    const value = request[member];
    if (value === undefined) continue;
    if (value === "") delete secret[member];
    else secret[member] = value;
  }
}

function reencrypt(edit: SecretEdit, kmsKeyId: string): void {
  for (const label of REENCRYPTED_LABELS) {
    const holder = edit.labels.holder(label);
    const version = holder === undefined ? undefined : edit.versions.get(holder);
    if (version === undefined || (version.KmsKeyId ?? "") === kmsKeyId) continue;
    edit.changeVersion(version.VersionId, (draft) => {
      if (kmsKeyId === "") delete draft.KmsKeyId;
      else draft.KmsKeyId = kmsKeyId;
    });
  }
}

export function updateSecret(state: State, request: UpdateSecretRequest, context: Context): Result<UpdateSecretResponse> {
  // 1. Validate.
  const invalid = violationsError([
    secretIdViolation(request.SecretId),
    tokenViolation(request.ClientRequestToken),
    lengthBetween("description", request.Description, 0, 2048),
    lengthBetween("kmsKeyId", request.KmsKeyId, 0, 2048),
    lengthBetween("type", request.Type, 0, 256),
    ...valueViolations(request),
  ]);
  if (invalid) return failure(state, invalid);
  // Observed: a value without a token is refused before the secret is looked up
  // (recorded for a SecretId that did not exist).
  const givesValue = request.SecretString !== undefined || request.SecretBinary !== undefined;
  if (givesValue && request.ClientRequestToken === undefined) return failure(state, missingClientRequestToken());
  // As in PutSecretValue: both value kinds are refused before the lookup (DEVIATIONS.md).
  const value = requestedValue(request);
  if (isAwsError(value)) return failure(state, value);
  const secret = findWritableSecret(state, context, request.SecretId);
  if (isAwsError(secret)) return failure(state, secret);

  // 2. Decide: members equal to what the secret has change nothing, LastChangedDate
  // included (Deviation: UpdateSecret with nothing to change).
  const edit = new SecretEdit(secret);
  if (request.KmsKeyId !== undefined) reencrypt(edit, request.KmsKeyId);
  const changesMembers = MEMBERS.some((member) => {
    const value = request[member];
    return value !== undefined && (value === "" ? secret[member] !== undefined : secret[member] !== value);
  });

  // 3. Apply: metadata first, so that a new version takes the new KmsKeyId.
  let next = state;
  if (changesMembers || edit.versions.changed) {
    edit.metadata((draft) => {
      applyMembers(draft, request);
      draft.LastChangedDate = context.now;
    });
    next = writeSecret(state, context.region, secret.Name, edit.finishWithoutAdding(context.now));
  }
  if (value === undefined) return success(next, { ARN: secret.ARN, Name: secret.Name });

  const current = lookupByName(next, context.region, secret.Name)!;
  const written = writeValue(next, context, current, request.ClientRequestToken as VersionId, value, undefined);
  if (isAwsError(written)) return failure(state, written);

  // 4. Return.
  return success(written.state, { ARN: secret.ARN, Name: secret.Name, VersionId: written.versionId });
}
