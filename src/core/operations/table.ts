// Every operation by its AWS name, for adapters that dispatch on X-Amz-Target.
import type { Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import type { State } from "../model/state.ts";
import { createSecret } from "./create-secret.ts";
import { describeSecret } from "./describe-secret.ts";
import { getSecretValue } from "./get-secret-value.ts";
import { listSecretVersionIds } from "./list-secret-version-ids.ts";
import { putSecretValue } from "./put-secret-value.ts";
import { updateSecret } from "./update-secret.ts";
import { updateSecretVersionStage } from "./update-secret-version-stage.ts";

export const operations = {
  CreateSecret: createSecret,
  DescribeSecret: describeSecret,
  GetSecretValue: getSecretValue,
  ListSecretVersionIds: listSecretVersionIds,
  PutSecretValue: putSecretValue,
  UpdateSecret: updateSecret,
  UpdateSecretVersionStage: updateSecretVersionStage,
} as const;

export type OperationName = keyof typeof operations;
export type RequestOf<Name extends OperationName> = Parameters<(typeof operations)[Name]>[1];
export type ResponseOf<Name extends OperationName> =
  ReturnType<(typeof operations)[Name]> extends Result<infer Response> ? Response : never;

export type AnyOperation = (state: State, request: never, context: Context) => Result<unknown>;

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(operations, name);
}
