// GetSecretValue
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_GetSecretValue.html
import type { AwsError } from "../errors/codes.ts";
import { stageNotOnVersion, valueNotFoundForStage, valueNotFoundForVersion, versionDeleted } from "../errors/errors.ts";
import { failure, success, type Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import { getOwn } from "../model/dict.ts";
import { wasPruned } from "../model/pruned-version-ids.ts";
import { AWSCURRENT, type VersionId } from "../model/ids.ts";
import type { Secret } from "../model/secret.ts";
import type { SecretVersion } from "../model/secret-version.ts";
import type { State } from "../model/state.ts";
import { startOfUtcDay } from "../model/time.ts";
import { findActiveSecret } from "../rules/find-secret.ts";
import { holderOf, stagesOf } from "../rules/labels.ts";
import { writeSecret } from "../rules/write-secret.ts";
import { violationsError } from "../validate/constraints.ts";
import { secretIdViolations, stageViolations, versionIdViolations } from "../validate/common.ts";
import { isAwsError } from "../validate/secret-value.ts";

export interface GetSecretValueRequest {
  readonly SecretId: string;
  readonly VersionId?: string;
  readonly VersionStage?: string;
}

export interface GetSecretValueResponse {
  readonly ARN: string;
  readonly Name: string;
  readonly VersionId: string;
  readonly SecretString?: string;
  /** Base64 text. */
  readonly SecretBinary?: string;
  /**
   * Omitted for a deprecated (label-less) version, as ListSecretVersionIds does
   * (docs/semantics/versions-and-labels.md#deprecated-versions).
   */
  readonly VersionStages?: string[];
  readonly CreatedDate: number;
}

/** The version a request selects (docs/semantics/values.md#choosing-the-version). */
export function selectVersion(secret: Secret, versionId: string | undefined, stage: string | undefined): SecretVersion | AwsError {
  if (versionId !== undefined) {
    if (wasPruned(secret.prunedVersionIds, versionId)) return versionDeleted(versionId);
    const version = getOwn(secret.versions, versionId);
    if (version === undefined) return valueNotFoundForVersion(versionId);
    // Observed: a stage that is not on the version, even one on no version at all.
    if (stage !== undefined && holderOf(secret, stage) !== versionId) return stageNotOnVersion();
    if (version.value === undefined) return valueNotFoundForVersion(versionId);
    return version;
  }
  const label = stage ?? AWSCURRENT;
  const holder = holderOf(secret, label);
  const version = holder && getOwn(secret.versions, holder);
  // A label on the value-less rotation stub answers as a missing value
  // (docs/semantics/values.md#a-version-without-a-value).
  if (version?.value === undefined) return valueNotFoundForStage(label);
  return version;
}

export function getSecretValue(state: State, request: GetSecretValueRequest, context: Context): Result<GetSecretValueResponse> {
  const invalid = violationsError([
    ...secretIdViolations(request.SecretId),
    ...versionIdViolations("versionId", request.VersionId),
    ...stageViolations("versionStage", request.VersionStage),
  ]);
  if (invalid) return failure(state, invalid);
  const secret = findActiveSecret(state, context, request.SecretId);
  if (isAwsError(secret)) return failure(state, secret);
  const version = selectVersion(secret, request.VersionId, request.VersionStage);
  if (isAwsError(version)) return failure(state, version);

  // LastAccessedDate, on the secret and on the version, to the day (docs/semantics/values.md#lastaccesseddate).
  const today = startOfUtcDay(context.now);
  let next = state;
  if (secret.LastAccessedDate !== today || version.LastAccessedDate !== today) {
    const written = writeSecret(state, context.region, secret.Name, context.now, (draft) => {
      draft.LastAccessedDate = today;
      draft.versions[version.VersionId]!.LastAccessedDate = today;
    });
    if (isAwsError(written)) return failure(state, written);
    next = written;
  }

  const value = version.value!;
  const stages = stagesOf(secret, version.VersionId);
  return success(next, {
    ARN: secret.ARN,
    Name: secret.Name,
    VersionId: version.VersionId,
    ...(value.kind === "string" ? { SecretString: value.SecretString } : { SecretBinary: value.SecretBinary }),
    ...(stages.length > 0 && { VersionStages: stages }),
    CreatedDate: version.CreatedDate,
  });
}
