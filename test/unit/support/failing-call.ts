// A call that must fail: returns its error after checking that the state object is untouched.
import { expect } from "vitest";
import type { AwsError, Driver, OperationName, RequestOf } from "../../../src/index.ts";

export function failingCall<Name extends OperationName>(driver: Driver, name: Name, request: RequestOf<Name>): AwsError {
  const before = driver.state;
  const result = driver.call(name, request);
  if (result.ok) throw new Error(`${name} succeeded: ${JSON.stringify(result.response)}`);
  expect(result.state).toBe(before);
  return result.error;
}

/** AWS's "Invalid name" ValidationException (recorded). */
export const INVALID_NAME = {
  code: "ValidationException",
  message:
    "Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!",
} as const;

export const SECRET_NOT_FOUND = {
  code: "ResourceNotFoundException",
  message: "Secrets Manager can't find the specified secret.",
} as const;

export const MARKED_FOR_DELETION = {
  code: "InvalidRequestException",
  message: "You can't perform this operation on the secret because it was marked for deletion.",
} as const;

export const MISSING_TOKEN = {
  code: "InvalidRequestException",
  message: "You must provide a ClientRequestToken value. We recommend a UUID-type value.",
} as const;
