// What must hold before a request reaches an operation: POST to "/", a
// secretsmanager X-Amz-Target, a JSON content type, a body of bounded size
// that parses as JSON (docs/semantics/wire.md#requests).
import { isOperationName, type OperationName } from "../core/index.ts";
import { invalidUtf8 } from "./utf8.ts";
import type { WireRequest } from "./wire-message.ts";
import { wireError, type WireError } from "./wire-errors.ts";

/**
 * Deviation: AWS's limit and answer are not published. 1 MiB (a 64 KiB secret fits well within,
 * JSON-escaped), answered HTTP 413 SerializationException, as the HTTP server answers it.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

const TARGET_PREFIX = "secretsmanager.";

export type Framed =
  | { readonly ok: true; readonly operation: OperationName; readonly body: unknown }
  | { readonly ok: false; readonly error: WireError; readonly operation?: string };

function refuse(code: WireError["code"], message: string, operation?: string, status?: number): Framed {
  return { ok: false, error: wireError(code, message, status), ...(operation !== undefined && { operation }) };
}

/** The operation named by X-Amz-Target, or undefined. */
export function targetOperation(target: string | undefined): string | undefined {
  if (target === undefined || !target.startsWith(TARGET_PREFIX)) return undefined;
  const name = target.slice(TARGET_PREFIX.length);
  return /^[A-Za-z]+$/.test(name) ? name : undefined;
}

export function frame(request: WireRequest): Framed {
  const path = request.path.split("?")[0];
  if (request.method.toUpperCase() !== "POST" || path !== "/") {
    return refuse("UnknownOperationException", `${request.method} ${path} is not an operation: send POST / with X-Amz-Target`);
  }
  const target = request.headers["x-amz-target"];
  const operation = targetOperation(target);
  if (operation === undefined) {
    return refuse(
      "UnknownOperationException",
      target === undefined ? "Missing X-Amz-Target header" : `X-Amz-Target ${target} names no operation of secretsmanager`,
    );
  }
  if (!isOperationName(operation)) return refuse("UnknownOperationException", `Unknown operation ${operation}`);
  const contentType = request.headers["content-type"];
  if (contentType !== undefined && !/json/i.test(contentType)) {
    return refuse("SerializationException", `Content-Type ${contentType} is not supported: send application/x-amz-json-1.1`, operation);
  }
  if (Buffer.byteLength(request.body, "utf8") > MAX_BODY_BYTES) {
    return refuse("SerializationException", "The request body is larger than 1 MiB.", operation, 413);
  }
  // The bytes as received: one that is not UTF-8 stops the JSON parser, as it stops Jackson's.
  const notUtf8 = request.bodyBytes === undefined ? undefined : invalidUtf8(request.bodyBytes);
  if (notUtf8 !== undefined) return refuse("SerializationException", notUtf8, operation);
  // Deviation: an empty body is read as {} (SDKs always send at least {}).
  if (request.body.trim() === "") return { ok: true, operation, body: {} };
  try {
    return { ok: true, operation, body: JSON.parse(request.body) };
  } catch {
    return refuse("SerializationException", "The request body is not valid JSON", operation);
  }
}
