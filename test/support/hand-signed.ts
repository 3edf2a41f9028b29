// SigV4 signing written out by hand (AWS doc: "Create a signed AWS API request"), apart from the
// emulator's own code, so that a test can sign what no SDK would: a time years away, a scope of
// another day, a signature that leaves out host or x-amz-target.
import { createHash, createHmac } from "node:crypto";
import type { WireRequest } from "../../src/emulator/emulator.ts";

export interface HandSigning {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** The request time, epoch ms. */
  readonly time: number;
  readonly region?: string;
  /** The credential scope's date; the request's day by default. */
  readonly scopeDate?: string;
  /** Names of the headers to sign; every header of the request by default. */
  readonly signedHeaders?: readonly string[];
  readonly algorithm?: string;
}

const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data, "utf8").digest();

/** 20260102T030405Z */
export function amzDate(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}Z$/, "Z");
}

/**
 * An AWS JSON 1.1 request to `operation` with its X-Amz-Date and Authorization headers; a body
 * given as bytes is signed as such and sent as `bodyBytes`, as the HTTP server passes it on.
 */
export function handSigned(operation: string, body: unknown, signing: HandSigning, host = "127.0.0.1"): WireRequest {
  const bytes = body instanceof Uint8Array ? body : undefined;
  const text = bytes !== undefined ? Buffer.from(bytes).toString("utf8") : typeof body === "string" ? body : JSON.stringify(body);
  const date = amzDate(signing.time);
  const headers: Record<string, string> = {
    "content-type": "application/x-amz-json-1.1",
    host,
    "x-amz-date": date,
    "x-amz-target": `secretsmanager.${operation}`,
  };
  const signed = [...(signing.signedHeaders ?? Object.keys(headers))].sort();
  const canonical = ["POST", "/", "", signed.map((name) => `${name}:${headers[name] ?? ""}\n`).join(""), signed.join(";"), sha256(bytes ?? text)].join("\n");
  const region = signing.region ?? "us-east-1";
  const scopeDate = signing.scopeDate ?? date.slice(0, 8);
  const scope = `${scopeDate}/${region}/secretsmanager/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", date, scope, sha256(canonical)].join("\n");
  const key = hmac(hmac(hmac(hmac(`AWS4${signing.secretAccessKey}`, scopeDate), region), "secretsmanager"), "aws4_request");
  const signature = createHmac("sha256", key).update(stringToSign, "utf8").digest("hex");
  const algorithm = signing.algorithm ?? "AWS4-HMAC-SHA256";
  headers["authorization"] = `${algorithm} Credential=${signing.accessKeyId}/${scope}, SignedHeaders=${signed.join(";")}, Signature=${signature}`;
  return { method: "POST", path: "/", headers, body: text, ...(bytes !== undefined && { bodyBytes: bytes }) };
}
