// What the rotation tests share: a secret with a value, failing calls, a host over a Driver.
import { expect } from "vitest";
import {
  Driver,
  stateHost,
  type AwsError,
  type OperationName,
  type RequestOf,
  type RotationHost,
} from "../../src/index.ts";

export const LAMBDA_ARN = "arn:aws:lambda:us-east-1:123456789012:function:rotate-app-db";
export const OTHER_LAMBDA_ARN = "arn:aws:lambda:us-east-1:123456789012:function:other";

/** A Driver with the secret "app/db" holding "v1"; its first version's id. */
export function secretWithValue(driver = new Driver(), value = "v1") {
  const token = driver.token();
  const created = driver.ok("CreateSecret", { Name: "app/db", SecretString: value, ClientRequestToken: token });
  return { driver, arn: created.ARN, first: token };
}

/** A call that must fail and leave the very same state object. */
export function failingCall<Name extends OperationName>(driver: Driver, name: Name, request: RequestOf<Name>): AwsError {
  const before = driver.state;
  const result = driver.call(name, request);
  if (result.ok) throw new Error(`${name} succeeded: ${JSON.stringify(result.response)}`);
  expect(result.state).toBe(before);
  return result.error;
}

/** A rotation host over a Driver's state and contexts. */
export function hostOf(driver: Driver): RotationHost {
  return stateHost(driver, () => driver.context());
}
