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
export { tableGet, tableSecrets, type SecretTable } from "./model/secret-table.ts";
export { emptyState, type RegionState, type State } from "./model/state.ts";
export { DAY_MS, HOUR_MS, startOfUtcDay, type Timestamp } from "./model/time.ts";
export { stagesOf } from "./rules/labels.ts";
export { createSecret, type CreateSecretRequest, type CreateSecretResponse } from "./operations/create-secret.ts";
export { describeSecret, type DescribeSecretRequest, type DescribeSecretResponse } from "./operations/describe-secret.ts";
export { getSecretValue, type GetSecretValueRequest, type GetSecretValueResponse } from "./operations/get-secret-value.ts";
export {
  listSecretVersionIds,
  type ListSecretVersionIdsRequest,
  type ListSecretVersionIdsResponse,
} from "./operations/list-secret-version-ids.ts";
export { putSecretValue, type PutSecretValueRequest, type PutSecretValueResponse } from "./operations/put-secret-value.ts";
export { updateSecret, type UpdateSecretRequest, type UpdateSecretResponse } from "./operations/update-secret.ts";
export {
  updateSecretVersionStage,
  type UpdateSecretVersionStageRequest,
  type UpdateSecretVersionStageResponse,
} from "./operations/update-secret-version-stage.ts";
export { isOperationName, operations, type OperationName, type RequestOf, type ResponseOf } from "./operations/table.ts";
