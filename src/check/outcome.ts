// What one side answered to one call, in the wire's JSON form: timestamps as epoch
// seconds, binary values as base64 text, no request id.

/** The error code of a call that got no AWS answer (no connection, an HTML page, a closed socket). */
export const NO_AWS_ANSWER = "(no AWS answer)";

export interface CallError {
  readonly code: string;
  readonly message: string;
  /** The HTTP status, when the side has one. */
  readonly status?: number;
}

export type Outcome =
  | { readonly ok: true; readonly response: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly error: CallError };

export function describeOutcome(outcome: Outcome): string {
  return outcome.ok ? JSON.stringify(outcome.response) : `${outcome.error.code}: ${outcome.error.message}`;
}
