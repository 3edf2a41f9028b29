import type { State } from "../model/state.ts";
import type { AwsError } from "./codes.ts";

/** What every operation returns: the next state and a response, or the same state and an error. */
export type Result<Response> =
  | { readonly ok: true; readonly state: State; readonly response: Response }
  | { readonly ok: false; readonly state: State; readonly error: AwsError };

export const success = <Response>(state: State, response: Response): Result<Response> => ({
  ok: true,
  state,
  response,
});

export const failure = <Response = never>(state: State, error: AwsError): Result<Response> => ({
  ok: false,
  state,
  error,
});

/** Errors are values: whether a rule answered one. */
export function isAwsError(value: unknown): value is AwsError {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}
