// The checks AWS makes on a SigV4 request before it computes the signature, in AWS's order:
// complete Authorization header, request time within 5 minutes of the real clock, `host` (and,
// here, every x-amz-* header) signed, algorithm, credential scope. The texts are AWS's, as
// quoted in public issues: boto/botocore#3587 (a Secrets Manager GetSecretValue), the
// Kinesis answers in s12v/awsbeats#48 and aws/aws-sdk-go#2194, aws/aws-sdk-js-v3#3796, and
// DynamoDB's answers recorded in the comments of architect/dynalite's index.js
// (docs/semantics/wire.md#order-of-the-signature-checks).
import type { WireRequest } from "./wire-message.ts";
import { wireError, type WireError } from "./wire-errors.ts";

export const ALGORITHM = "AWS4-HMAC-SHA256";
export const SERVICE = "secretsmanager";
const TERMINATOR = "aws4_request";
/** How far a request's time may be from the service's clock, either way. */
export const SKEW_MS = 5 * 60 * 1000;

/** The parts of an Authorization header whose algorithm starts with AWS4-. */
export interface AuthorizationParts {
  readonly algorithm: string;
  readonly credential?: string;
  readonly signedHeaders?: readonly string[];
  readonly signature?: string;
}

/** The checked parts a signature is computed from. */
export interface SignedRequestParts {
  readonly accessKeyId: string;
  /** The credential scope's date, region and service. */
  readonly date: string;
  readonly region: string;
  readonly service: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
  /** The request time in ISO 8601 basic format, as it goes into the string to sign. */
  readonly amzDate: string;
}

export type Checked = { readonly ok: true; readonly parts: SignedRequestParts } | { readonly ok: false; readonly error: WireError };

/** `AWS4-… Credential=…, SignedHeaders=…, Signature=…`, or undefined when not a SigV4 header. */
export function authorizationParts(header: string): AuthorizationParts | undefined {
  const text = header.trim();
  if (!text.startsWith("AWS4-")) return undefined;
  const space = text.search(/\s/);
  const algorithm = space < 0 ? text : text.slice(0, space);
  const params = new Map<string, string>();
  for (const part of (space < 0 ? "" : text.slice(space + 1)).split(",")) {
    const at = part.indexOf("=");
    if (at > 0) params.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  const credential = params.get("Credential");
  const signedHeaders = params.get("SignedHeaders");
  const signature = params.get("Signature");
  return {
    algorithm,
    ...(credential !== undefined && credential !== "" && { credential }),
    ...(signedHeaders !== undefined && signedHeaders !== "" && { signedHeaders: signedHeaders.toLowerCase().split(";") }),
    ...(signature !== undefined && signature !== "" && { signature }),
  };
}

/** 20251106T132608Z: ISO 8601 basic format, whole seconds. */
export function basicFormat(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}Z$/, "Z");
}

const BASIC = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/** The epoch ms of a basic-format time, or undefined when it is not one. */
function parseBasic(text: string): number | undefined {
  const match = BASIC.exec(text);
  if (match === null) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  const time = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 20260231 over to March: such a date is not one.
  return basicFormat(time) === text ? time : undefined;
}

/** Everything AWS checks before the key and the signature, in its order; `now` is the real clock. */
export function checkSignedRequest(request: WireRequest, header: string, auth: AuthorizationParts, now: number): Checked {
  const refuse = (code: WireError["code"], message: string): Checked => ({ ok: false, error: wireError(code, message) });
  const xAmzDate = request.headers["x-amz-date"];
  const httpDate = request.headers["date"];
  // 1. Every part is there.
  const missing = [
    auth.credential === undefined && "Authorization header requires 'Credential' parameter.",
    auth.signature === undefined && "Authorization header requires 'Signature' parameter.",
    auth.signedHeaders === undefined && "Authorization header requires 'SignedHeaders' parameter.",
    xAmzDate === undefined && httpDate === undefined && "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
  ].filter((text): text is string => typeof text === "string");
  if (missing.length > 0 || auth.credential === undefined || auth.signature === undefined || auth.signedHeaders === undefined) {
    return refuse("IncompleteSignatureException", `${missing.join(" ")} Authorization=${header}`);
  }
  // 2. The request time: basic format in X-Amz-Date (an HTTP date in Date), within 5 minutes.
  const given = xAmzDate ?? httpDate ?? "";
  const time = xAmzDate !== undefined ? parseBasic(xAmzDate) : httpTime(given);
  if (time === undefined) {
    return refuse("IncompleteSignatureException", `Date must be in ISO-8601 'basic format'. Got '${given}'. See http://en.wikipedia.org/wiki/ISO_8601`);
  }
  const amzDate = basicFormat(time);
  const clock = Math.floor(now / 1000) * 1000;
  if (time < clock - SKEW_MS) {
    return refuse(
      "InvalidSignatureException",
      `Signature expired: ${amzDate} is now earlier than ${basicFormat(clock - SKEW_MS)} (${basicFormat(clock)} - 5 min.)`,
    );
  }
  if (time > clock + SKEW_MS) {
    return refuse(
      "InvalidSignatureException",
      `Signature not yet current: ${amzDate} is still later than ${basicFormat(clock + SKEW_MS)} (${basicFormat(clock)} + 5 min.)`,
    );
  }
  // 3. The signature covers the host and, here, every x-amz-* header and the time.
  const signed = new Set(auth.signedHeaders);
  if (!signed.has("host")) return refuse("InvalidSignatureException", "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
  const unsigned = Object.keys(request.headers)
    .filter((name) => (name.startsWith("x-amz-") || (name === "date" && xAmzDate === undefined)) && !signed.has(name))
    .sort();
  if (unsigned.length > 0) {
    return refuse("InvalidSignatureException", `There were headers present in the request which were not signed: ${unsigned.join(", ")}`);
  }
  // 4. The algorithm.
  if (auth.algorithm !== ALGORITHM) {
    return refuse("IncompleteSignatureException", `Unsupported AWS 'algorithm': '${auth.algorithm}' (only ${ALGORITHM} for now). `);
  }
  // 5. The credential scope: key/date/region/service/aws4_request, the date the request's day.
  const scope = auth.credential.replace(/\/+$/, "").split("/");
  if (scope.length !== 5) {
    return refuse(
      "IncompleteSignatureException",
      `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${auth.credential}'`,
    );
  }
  const [accessKeyId, date, region, service, terminator] = scope as [string, string, string, string, string];
  const day = amzDate.slice(0, 8);
  const wrong =
    (/^[a-z0-9-]{1,64}$/.test(region) ? "" : `Credential should be scoped to a valid region, not '${region}'. `) +
    (service === SERVICE ? "" : `Credential should be scoped to correct service: '${SERVICE}'. `) +
    (terminator === TERMINATOR ? "" : `Credential should be scoped with a valid terminator: '${TERMINATOR}', not '${terminator}'. `) +
    (date === day ? "" : `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${date}' != '${day}', from '${amzDate}'.`);
  if (wrong !== "") return refuse("InvalidSignatureException", wrong);
  return { ok: true, parts: { accessKeyId, date, region, service, signedHeaders: auth.signedHeaders, signature: auth.signature, amzDate } };
}

/** An HTTP Date header (RFC 7231), to the second. */
function httpTime(text: string): number | undefined {
  const time = Date.parse(text);
  return Number.isNaN(time) || !/GMT$/.test(text.trim()) ? undefined : time;
}
