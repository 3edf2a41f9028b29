// GetSecretValue
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_GetSecretValue.html
import type { AwsError } from "../errors/codes.ts";
import { stageNotOnVersion, valueNotFoundForStage, valueNotFoundForVersion, versionDeleted } from "../errors/errors.ts";
import { failure, isAwsError, success, type Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import { AWSCURRENT, type VersionId } from "../model/ids.ts";
import type { Secret } from "../model/secret.ts";
import type { SecretVersion } from "../model/secret-version.ts";
import type { State } from "../model/state.ts";
import { findActiveSecret } from "../rules/find-secret.ts";
import { recordRead } from "../rules/read-access.ts";
import { holderOf, stagesOf } from "../store/labels.ts";
import { idState, versionById } from "../store/versions.ts";
import { violationsError } from "../validate/constraints.ts";
import { secretIdViolation, stageViolation, versionIdViolation } from "../validate/common.ts";

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
    const version = idState(secret.versions, versionId);
    if (version === "pruned") return versionDeleted(versionId);
    if (version === undefined) return valueNotFoundForVersion(versionId);
    // Observed: a stage that is not on the version, even one on no version at all.
    if (stage !== undefined && holderOf(secret, stage) !== versionId) return stageNotOnVersion();
    if (version.value === undefined) return valueNotFoundForVersion(versionId);
    return version;
  }
  const label = stage ?? AWSCURRENT;
  const holder = holderOf(secret, label);
  const version = holder && versionById(secret.versions, holder);
  // A label on the value-less rotation stub answers as a missing value
  // (docs/semantics/values.md#a-version-without-a-value).
  if (version?.value === undefined) return valueNotFoundForStage(label);
  return version;
}

export function getSecretValue(state: State, request: GetSecretValueRequest, context: Context): Result<GetSecretValueResponse> {
  // Checked member by member: a valid request makes no list of violations.
  const id = secretIdViolation(request.SecretId);
  const versionId = versionIdViolation("versionId", request.VersionId);
  const stage = stageViolation("versionStage", request.VersionStage);
  if (id !== undefined || versionId !== undefined || stage !== undefined) return failure(state, violationsError([id, versionId, stage])!);
  const secret = findActiveSecret(state, context, request.SecretId);
  if (isAwsError(secret)) return failure(state, secret);
  const version = selectVersion(secret, request.VersionId, request.VersionStage);
  if (isAwsError(version)) return failure(state, version);

  const next = recordRead(state, context.region, secret, version, context.now);

  return success(next, answer(secret, version, stagesOf(secret, version.VersionId)));
}

/** The answer, made in one go: no object is made but the answer. */
function answer(secret: Secret, version: SecretVersion, stages: string[]): GetSecretValueResponse {
  const { ARN, Name } = secret;
  const { VersionId, CreatedDate } = version;
  const value = version.value!;
  if (value.kind === "string") {
    const { SecretString } = value;
    return stages.length > 0
      ? { ARN, Name, VersionId, SecretString, VersionStages: stages, CreatedDate }
      : { ARN, Name, VersionId, SecretString, CreatedDate };
  }
  const { SecretBinary } = value;
  return stages.length > 0
    ? { ARN, Name, VersionId, SecretBinary, VersionStages: stages, CreatedDate }
    : { ARN, Name, VersionId, SecretBinary, CreatedDate };
}
