// Every operation by its AWS name, for adapters that dispatch on X-Amz-Target.
import type { Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import type { State } from "../model/state.ts";
import { batchGetSecretValue } from "./batch-get-secret-value.ts";
import { createSecret } from "./create-secret.ts";
import { deleteResourcePolicy } from "./delete-resource-policy.ts";
import { deleteSecret } from "./delete-secret.ts";
import { describeSecret } from "./describe-secret.ts";
import { getResourcePolicy } from "./get-resource-policy.ts";
import { putResourcePolicy } from "./put-resource-policy.ts";
import { restoreSecret } from "./restore-secret.ts";
import { tagResource } from "./tag-resource.ts";
import { untagResource } from "./untag-resource.ts";
import { validateResourcePolicy } from "./validate-resource-policy.ts";
import { getSecretValue } from "./get-secret-value.ts";
import { listSecretVersionIds } from "./list-secret-version-ids.ts";
import { listSecrets } from "./list-secrets.ts";
import { putSecretValue } from "./put-secret-value.ts";
import { updateSecret } from "./update-secret.ts";
import { updateSecretVersionStage } from "./update-secret-version-stage.ts";
import { cancelRotateSecret } from "./cancel-rotate-secret.ts";
import { getRandomPassword } from "./get-random-password.ts";
import { rotateSecret } from "./rotate-secret.ts";
import { removeRegionsFromReplication } from "./remove-regions-from-replication.ts";
import { replicateSecretToRegions } from "./replicate-secret-to-regions.ts";
import { stopReplicationToReplica } from "./stop-replication-to-replica.ts";

export const operations = {
  BatchGetSecretValue: batchGetSecretValue,
  CreateSecret: createSecret,
  DeleteResourcePolicy: deleteResourcePolicy,
  DeleteSecret: deleteSecret,
  DescribeSecret: describeSecret,
  GetResourcePolicy: getResourcePolicy,
  PutResourcePolicy: putResourcePolicy,
  RestoreSecret: restoreSecret,
  TagResource: tagResource,
  UntagResource: untagResource,
  ValidateResourcePolicy: validateResourcePolicy,
  GetSecretValue: getSecretValue,
  ListSecretVersionIds: listSecretVersionIds,
  ListSecrets: listSecrets,
  PutSecretValue: putSecretValue,
  UpdateSecret: updateSecret,
  UpdateSecretVersionStage: updateSecretVersionStage,
  CancelRotateSecret: cancelRotateSecret,
  GetRandomPassword: getRandomPassword,
  RotateSecret: rotateSecret,
  RemoveRegionsFromReplication: removeRegionsFromReplication,
  ReplicateSecretToRegions: replicateSecretToRegions,
  StopReplicationToReplica: stopReplicationToReplica,
} as const;

export type OperationName = keyof typeof operations;
export type RequestOf<Name extends OperationName> = Parameters<(typeof operations)[Name]>[1];
export type ResponseOf<Name extends OperationName> =
  ReturnType<(typeof operations)[Name]> extends Result<infer Response> ? Response : never;

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(operations, name);
}

type AnyOperation<Name extends OperationName> = (state: State, request: RequestOf<Name>, context: Context) => Result<ResponseOf<Name>>;

/** Runs an operation by its AWS name: the one dispatch every adapter and test helper uses. */
export function callOperation<Name extends OperationName>(
  name: Name,
  state: State,
  request: RequestOf<Name>,
  context: Context,
): Result<ResponseOf<Name>> {
  // TypeScript cannot see that operations[Name] takes RequestOf<Name>: it checks a union of functions.
  const operation = operations[name] as unknown as AnyOperation<Name>;
  return operation(state, request, context);
}
