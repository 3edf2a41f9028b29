// Errors on the wire: HTTP status and the JSON body `{"__type", "Message"}` (docs/semantics/wire.md#error-responses).
import type { WireResponse } from "./wire-message.ts";

/** Codes the front end answers before any operation runs, beside the core's codes. */
export type FrontEndCode =
  | "SerializationException"
  | "UnknownOperationException"
  | "MissingAuthenticationTokenException"
  | "IncompleteSignatureException"
  | "UnrecognizedClientException"
  | "InvalidSignatureException";

const STATUS: Readonly<Record<string, number>> = {
  InternalServiceError: 500,
};

// Observed (docs/semantics/wire.md#validationexception-bodies): ValidationException writes "message"; so do the
// authentication errors of the JSON front end (raw bodies quoted in issues).
const LOWER_CASE_MESSAGE: ReadonlySet<string> = new Set([
  "ValidationException",
  "MissingAuthenticationTokenException",
  "IncompleteSignatureException",
  "UnrecognizedClientException",
  "InvalidSignatureException",
]);

export const JSON_CONTENT_TYPE = "application/x-amz-json-1.1";

export function statusOf(code: string): number {
  return STATUS[code] ?? 400;
}

export function errorResponse(code: string, message: string, requestId: string, status = statusOf(code)): WireResponse {
  const key = LOWER_CASE_MESSAGE.has(code) ? "message" : "Message";
  return {
    status,
    headers: { "content-type": JSON_CONTENT_TYPE, "x-amzn-requestid": requestId, "x-amzn-errortype": code },
    body: JSON.stringify({ __type: code, [key]: message }),
  };
}

/** A front-end refusal: a request that never reached an operation. */
export interface WireError {
  readonly code: FrontEndCode;
  readonly message: string;
  /** When not the code's usual status. */
  readonly status?: number;
}

export const wireError = (code: FrontEndCode, message: string, status?: number): WireError => ({
  code,
  message,
  ...(status !== undefined && { status }),
});
