// The pure core: model, operations, errors and invariants.
export type { AwsError, ErrorCode } from "./errors/codes.ts";
export { messages } from "./errors/messages.ts";
export type { Result } from "./errors/result.ts";
export type { Context } from "./model/context.ts";
export { emptyDict, getOwn, type Dict } from "./model/dict.ts";
export { AWSCURRENT, AWSPENDING, AWSPREVIOUS } from "./model/ids.ts";
export type { SecretArn, SecretName, StagingLabel, VersionId } from "./model/ids.ts";
export type { ReplicationStatus, RotationRules, Secret, Tag } from "./model/secret.ts";
export type { SecretValue, SecretVersion } from "./model/secret-version.ts";
export { versionById, versionIds, versionsInOrder, wasPruned, type Versions } from "./store/versions.ts";
export { tableGet, tableSecrets, type SecretTable } from "./model/secret-table.ts";
export { emptyState, type RegionState, type State } from "./model/state.ts";
export { DAY_MS, HOUR_MS, startOfUtcDay, type Timestamp } from "./model/time.ts";
export { stagesOf } from "./store/labels.ts";
export {
  batchGetSecretValue,
  type BatchGetSecretValueRequest,
  type BatchGetSecretValueResponse,
  type SecretError,
  type SecretValueEntry,
} from "./operations/batch-get-secret-value.ts";
export { createSecret, type CreateSecretRequest, type CreateSecretResponse } from "./operations/create-secret.ts";
export {
  deleteResourcePolicy,
  type DeleteResourcePolicyRequest,
  type DeleteResourcePolicyResponse,
} from "./operations/delete-resource-policy.ts";
export { deleteSecret, type DeleteSecretRequest, type DeleteSecretResponse } from "./operations/delete-secret.ts";
export { describeSecret, type DescribeSecretRequest, type DescribeSecretResponse } from "./operations/describe-secret.ts";
export { getResourcePolicy, type GetResourcePolicyRequest, type GetResourcePolicyResponse } from "./operations/get-resource-policy.ts";
export { putResourcePolicy, type PutResourcePolicyRequest, type PutResourcePolicyResponse } from "./operations/put-resource-policy.ts";
export { restoreSecret, type RestoreSecretRequest, type RestoreSecretResponse } from "./operations/restore-secret.ts";
export { tagResource, type TagResourceRequest, type TagResourceResponse } from "./operations/tag-resource.ts";
export { untagResource, type UntagResourceRequest, type UntagResourceResponse } from "./operations/untag-resource.ts";
export {
  validateResourcePolicy,
  type ValidateResourcePolicyRequest,
  type ValidateResourcePolicyResponse,
  type ValidationErrorsEntry,
} from "./operations/validate-resource-policy.ts";
export { isDueForPurge, purgeDeletedSecrets } from "./rules/purge-deleted.ts";
export { getSecretValue, type GetSecretValueRequest, type GetSecretValueResponse } from "./operations/get-secret-value.ts";
export {
  listSecretVersionIds,
  type ListSecretVersionIdsRequest,
  type ListSecretVersionIdsResponse,
} from "./operations/list-secret-version-ids.ts";
export {
  listSecrets,
  type ListSecretsRequest,
  type ListSecretsResponse,
  type SecretListEntry,
} from "./operations/list-secrets.ts";
export type { Filter, FilterKey } from "./rules/list-filters.ts";
export type { SortBy } from "./rules/list-sort.ts";
export { putSecretValue, type PutSecretValueRequest, type PutSecretValueResponse } from "./operations/put-secret-value.ts";
export { updateSecret, type UpdateSecretRequest, type UpdateSecretResponse } from "./operations/update-secret.ts";
export {
  updateSecretVersionStage,
  type UpdateSecretVersionStageRequest,
  type UpdateSecretVersionStageResponse,
} from "./operations/update-secret-version-stage.ts";
export { invariantViolations } from "./invariants.ts";
export {
  cancelRotateSecret,
  type CancelRotateSecretRequest,
  type CancelRotateSecretResponse,
} from "./operations/cancel-rotate-secret.ts";
export {
  getRandomPassword,
  type GetRandomPasswordRequest,
  type GetRandomPasswordResponse,
} from "./operations/get-random-password.ts";
export { rotateSecret, type RotateSecretRequest, type RotateSecretResponse } from "./operations/rotate-secret.ts";
export {
  removeRegionsFromReplication,
  type RemoveRegionsFromReplicationRequest,
  type RemoveRegionsFromReplicationResponse,
} from "./operations/remove-regions-from-replication.ts";
export {
  replicateSecretToRegions,
  type ReplicateSecretToRegionsRequest,
  type ReplicateSecretToRegionsResponse,
} from "./operations/replicate-secret-to-regions.ts";
export {
  stopReplicationToReplica,
  type StopReplicationToReplicaRequest,
  type StopReplicationToReplicaResponse,
} from "./operations/stop-replication-to-replica.ts";
export type { ReplicaRegion } from "./rules/replication-add.ts";
export { ROTATION_STEPS, type RotationInProgress, type RotationStep } from "./model/rotation.ts";
export {
  nextRotationStep,
  recordRotationStep,
  rotationsInProgress,
  type RotationInvocation,
  type StepRecorded,
} from "./rules/rotation-steps.ts";
export { isRotationDue, tick, type TickResult } from "./time/tick.ts";
export {
  callOperation,
  isOperationName,
  operations,
  type OperationName,
  type RequestOf,
  type ResponseOf,
} from "./operations/table.ts";
