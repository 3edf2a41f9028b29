// AWS Signature Version 4, as the service checks it: the Authorization
// header's parts, the canonical request, the string to sign, the signature
// (the checks that come before the signature: sigv4-checks.ts).
// AWS doc: "Create a signed AWS API request" (IAM User Guide, reference_sigv).
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { ALGORITHM, authorizationParts, checkSignedRequest, type SignedRequestParts } from "./sigv4-checks.ts";
import type { WireRequest } from "./wire-message.ts";
import { wireError, type WireError } from "./wire-errors.ts";

/** The date, region and service of a credential scope: what the signing key is derived from. */
export type CredentialScope = Pick<SignedRequestParts, "date" | "region" | "service">;

/**
 * The access key id and region a SigV4 Authorization header names, read before (and without)
 * any check; undefined when the header is not a complete AWS4-HMAC-SHA256 credential.
 */
export function callerNamedBy(header: string | undefined): { readonly accessKeyId: string; readonly region: string } | undefined {
  const parts = header === undefined ? undefined : authorizationParts(header);
  const scope = parts?.algorithm === ALGORITHM ? parts.credential?.split("/") : undefined;
  return scope?.length === 5 ? { accessKeyId: scope[0]!, region: scope[2]! } : undefined;
}

const sha256Hex = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");
const hmac = (key: Buffer | string, data: string) => createHmac("sha256", key).update(data, "utf8").digest();

// RFC 3986 unreserved characters stay; everything else is %XX (AWS doc: UriEncode).
function uriEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function canonicalQuery(query: string): string {
  if (query === "") return "";
  return query
    .split("&")
    .filter((pair) => pair !== "")
    .map((pair) => {
      const at = pair.indexOf("=");
      const [key, value] = at < 0 ? [pair, ""] : [pair.slice(0, at), pair.slice(at + 1)];
      return [uriEncode(safeDecode(key)), uriEncode(safeDecode(value))] as const;
    })
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join("&");
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

export function canonicalRequest(request: WireRequest, signedHeaders: readonly string[]): string {
  const at = request.path.indexOf("?");
  const path = at < 0 ? request.path : request.path.slice(0, at);
  const query = at < 0 ? "" : request.path.slice(at + 1);
  // Services other than S3 encode the (already encoded) path once more.
  const uri = path.split("/").map((segment) => uriEncode(segment)).join("/") || "/";
  const headers = signedHeaders
    .map((name) => `${name}:${(request.headers[name] ?? "").trim().replace(/\s+/g, " ")}\n`)
    .join("");
  // The hash of the bytes as received, whatever an x-amz-content-sha256 header claims.
  const payloadHash = sha256Hex(request.bodyBytes ?? request.body);
  return [request.method.toUpperCase(), uri, canonicalQuery(query), headers, signedHeaders.join(";"), payloadHash].join("\n");
}

export function signature(secretAccessKey: string, auth: CredentialScope, amzDate: string, canonical: string): {
  readonly signature: string;
  readonly stringToSign: string;
} {
  const scope = `${auth.date}/${auth.region}/${auth.service}/aws4_request`;
  const stringToSign = [ALGORITHM, amzDate, scope, sha256Hex(canonical)].join("\n");
  const kDate = hmac(`AWS4${secretAccessKey}`, auth.date);
  const kSigning = hmac(hmac(hmac(kDate, auth.region), auth.service), "aws4_request");
  return { signature: createHmac("sha256", kSigning).update(stringToSign, "utf8").digest("hex"), stringToSign };
}

/**
 * Undefined when the request is signed by a known key; otherwise AWS's refusal. `now` is the
 * real clock (epoch ms), never the emulator's movable one: it is what the signer's clock knows.
 */
export function verifySignature(
  request: WireRequest,
  secretKeyOf: (accessKeyId: string) => string | undefined,
  now: number = Date.now(),
): WireError | undefined {
  const header = request.headers["authorization"];
  const parts = header === undefined ? undefined : authorizationParts(header);
  if (header === undefined || parts === undefined) return wireError("MissingAuthenticationTokenException", "Missing Authentication Token");
  const checked = checkSignedRequest(request, header, parts, now);
  if (!checked.ok) return checked.error;
  const complete = checked.parts;
  const secretAccessKey = secretKeyOf(complete.accessKeyId);
  if (secretAccessKey === undefined) {
    return wireError("UnrecognizedClientException", "The security token included in the request is invalid.");
  }
  const canonical = canonicalRequest(request, complete.signedHeaders);
  const expected = signature(secretAccessKey, complete, complete.amzDate, canonical);
  const given = Buffer.from(complete.signature, "utf8");
  const wanted = Buffer.from(expected.signature, "utf8");
  if (given.length === wanted.length && timingSafeEqual(given, wanted)) return undefined;
  // Observed (issues quoting AWS): the message shows what the service signed.
  return wireError(
    "InvalidSignatureException",
    "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\n" +
      `The Canonical String for this request should have been\n'${canonical}'\n\nThe String-to-Sign should have been\n'${expected.stringToSign}'\n`,
  );
}
