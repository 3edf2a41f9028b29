// The client a rotation function receives: the Secrets Manager calls of AWS's
// rotation templates, run by the library against the host's current state.
// Failures are thrown, as the AWS SDKs throw them: an Error whose `name` is the
// AWS error code (JavaScript: `err.name === "ResourceNotFoundException"`).
import {
  callOperation,
  type AwsError,
  type Context,
  type ErrorCode,
  type OperationName,
  type RequestOf,
  type ResponseOf,
  type Result,
  type State,
} from "../core/index.ts";

/** Runs pure changes against a state that the host keeps (see driver.ts). */
export interface RotationHost {
  apply<R>(change: (state: State, context: Context) => Result<R>): Result<R> | Promise<Result<R>>;
}

export class RotationClientError extends Error {
  override readonly name: ErrorCode;
  readonly code: ErrorCode;
  readonly $fault = "client";

  constructor(error: AwsError) {
    super(error.message);
    this.name = error.code;
    this.code = error.code;
  }
}

type Method<Name extends OperationName> = (request: RequestOf<Name>) => Promise<ResponseOf<Name>>;

export interface RotationClient {
  describeSecret: Method<"DescribeSecret">;
  getSecretValue: Method<"GetSecretValue">;
  putSecretValue: Method<"PutSecretValue">;
  updateSecretVersionStage: Method<"UpdateSecretVersionStage">;
  getRandomPassword: Method<"GetRandomPassword">;
  listSecretVersionIds: Method<"ListSecretVersionIds">;
  /** Any operation by its AWS name. */
  call<Name extends OperationName>(name: Name, request: RequestOf<Name>): Promise<ResponseOf<Name>>;
}

export function rotationClient(host: RotationHost): RotationClient {
  async function call<Name extends OperationName>(name: Name, request: RequestOf<Name>): Promise<ResponseOf<Name>> {
    const result = await host.apply((state, context) => callOperation(name, state, request, context));
    if (!result.ok) throw new RotationClientError(result.error);
    return result.response;
  }
  return {
    describeSecret: (request) => call("DescribeSecret", request),
    getSecretValue: (request) => call("GetSecretValue", request),
    putSecretValue: (request) => call("PutSecretValue", request),
    updateSecretVersionStage: (request) => call("UpdateSecretVersionStage", request),
    getRandomPassword: (request) => call("GetRandomPassword", request),
    listSecretVersionIds: (request) => call("ListSecretVersionIds", request),
    call,
  };
}

/** A host over a mutable holder of state, with a context made per call: for tests and single-threaded adapters. */
export function stateHost(holder: { state: State }, context: () => Context): RotationHost {
  return {
    apply(change) {
      const result = change(holder.state, context());
      holder.state = result.state;
      return result;
    },
  };
}
