// CreateSecret
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_CreateSecret.html
import type { AwsError } from "../errors/codes.ts";
import {
  invalidName,
  missingClientRequestToken,
  nameScheduledForDeletion,
  secretExists,
  tokenInUse,
  tooManyTags,
} from "../errors/errors.ts";
import { failure, success, type Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import { emptyDict, getOwn } from "../model/dict.ts";
import type { SecretName, VersionId } from "../model/ids.ts";
import type { ReplicationStatus, Secret, Tag } from "../model/secret.ts";
import { secretArn, type State } from "../model/state.ts";
import { lookupByName } from "../rules/find-secret.ts";
import { addReplicas, replicaRegionsRefusal, replicaRegionViolations, type ReplicaRegion } from "../rules/replication-add.ts";
import { storeValue } from "../rules/store-value.ts";
import { insertSecret, writeSecret } from "../rules/write-secret.ts";
import { lengthBetween, required, violationsError } from "../validate/constraints.ts";
import { tagViolations, tokenViolations } from "../validate/common.ts";
import { isValidSecretName } from "../validate/names.ts";
import { isAwsError, requestedValue, sameValue, valueViolations } from "../validate/secret-value.ts";
import { countedTags, MAX_TAGS, mergeTags } from "./tag-resource.ts";

export interface CreateSecretRequest {
  readonly Name: string;
  readonly ClientRequestToken?: string;
  readonly Description?: string;
  readonly KmsKeyId?: string;
  readonly SecretString?: string;
  /** Base64 text. */
  readonly SecretBinary?: string;
  readonly Tags?: readonly Tag[];
  readonly Type?: string;
  readonly AddReplicaRegions?: readonly ReplicaRegion[];
  readonly ForceOverwriteReplicaSecret?: boolean;
}

export interface CreateSecretResponse {
  readonly ARN: string;
  readonly Name: string;
  readonly VersionId?: string;
  /** Only when AddReplicaRegions was given (docs/semantics/replication.md#replicating-a-secret). */
  readonly ReplicationStatus?: readonly ReplicationStatus[];
}

export function createSecret(state: State, request: CreateSecretRequest, context: Context): Result<CreateSecretResponse> {
  // 1. Validate.
  const invalid: AwsError | undefined = violationsError([
    required("name", request.Name),
    lengthBetween("name", request.Name, 1, 512),
    ...tokenViolations(request.ClientRequestToken),
    lengthBetween("description", request.Description, 0, 2048),
    lengthBetween("kmsKeyId", request.KmsKeyId, 0, 2048),
    lengthBetween("type", request.Type, 0, 256),
    ...valueViolations(request),
    ...tagViolations("tags", request.Tags),
    ...replicaRegionViolations("addReplicaRegions", request.AddReplicaRegions),
  ]);
  if (invalid) return failure(state, invalid);
  if (!isValidSecretName(request.Name)) return failure(state, invalidName());
  const value = requestedValue(request);
  if (isAwsError(value)) return failure(state, value);
  const token = request.ClientRequestToken as VersionId | undefined;
  if (value !== undefined && token === undefined) return failure(state, missingClientRequestToken());

  // 2. Decide.
  const existing = lookupByName(state, context.region, request.Name);
  if (existing !== undefined) {
    if (existing.DeletedDate !== undefined) return failure(state, nameScheduledForDeletion());
    const version = token === undefined ? undefined : getOwn(existing.versions, token);
    if (version === undefined) return failure(state, secretExists(request.Name));
    // The same token again: a retry, answered as the first call was
    // (docs/semantics/versions-and-labels.md#client-request-tokens-and-idempotency).
    if (!sameValue(version.value, value)) return failure(state, tokenInUse(version.VersionId, existing.ARN));
    return success(state, { ARN: existing.ARN, Name: existing.Name, VersionId: version.VersionId });
  }

  // The tags TagResource would leave on a secret without any (its 50-tag quota, one tag per key).
  const tags = mergeTags([], request.Tags ?? []);
  if (countedTags(tags) > MAX_TAGS) return failure(state, tooManyTags());
  const replicaRefusal = request.AddReplicaRegions && replicaRegionsRefusal(undefined, context.region, request.AddReplicaRegions);
  if (replicaRefusal) return failure(state, replicaRefusal);

  // 3. Apply.
  const name = request.Name as SecretName;
  const secret: Secret = {
    ARN: secretArn(state, context.region, name, context.arnSuffix),
    Name: name,
    ...(request.Description && { Description: request.Description }),
    ...(request.KmsKeyId && { KmsKeyId: request.KmsKeyId }),
    ...(request.Type && { Type: request.Type }),
    ...(tags.length > 0 && { Tags: tags }),
    CreatedDate: context.now,
    LastChangedDate: context.now,
    // VersionIds are 32-64 characters, so no id can be an Object.prototype member.
    versions: {},
    labels: emptyDict(),
    prunedVersionIds: {},
  };
  let next = insertSecret(state, context, secret);
  if (value !== undefined && token !== undefined) {
    const written = writeSecret(next, context.region, name, context.now, (draft) =>
      storeValue(draft, { versionId: token, value, stages: undefined, now: context.now }),
    );
    if (isAwsError(written)) return failure(state, written);
    next = written;
  }
  const replicas = request.AddReplicaRegions
    ? addReplicas(next, context.region, name, request.AddReplicaRegions, request.ForceOverwriteReplicaSecret === true)
    : undefined;
  if (replicas) next = replicas.state;

  // 4. Return.
  return success(next, {
    ARN: secret.ARN,
    Name: secret.Name,
    ...(value !== undefined && token && { VersionId: token }),
    ...(replicas && { ReplicationStatus: replicas.statuses }),
  });
}
