// Reading a request body as AWS's JSON 1.1 front end does: members checked
// against the API model's types, unknown members dropped, null taken as absent.
// A member of the wrong JSON type is a SerializationException (docs/semantics/wire.md#front-end-errors).
import type { OperationName } from "../core/index.ts";
import { operationShapes } from "./operation-shapes.ts";
import { isScalar, shapes, type Scalar, type ShapeRef } from "./shapes.ts";
import { loneSurrogate } from "./utf8.ts";
import { wireError, type WireError } from "./wire-errors.ts";

type Decoded = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: WireError };

class Refusal {
  constructor(readonly message: string) {}
}

// Observed on other AWS JSON front ends (docs/semantics/wire.md#front-end-errors): Jackson's
// token names, "<TOKEN> can not be converted to a <Type>".
function tokenOf(value: unknown): string {
  if (typeof value === "string") return "STRING_VALUE";
  if (typeof value === "number") return "NUMBER_VALUE";
  if (value === true) return "TRUE_VALUE";
  if (value === false) return "FALSE_VALUE";
  return "VALUE";
}

function mismatch(value: unknown, expected: string): Refusal {
  if (Array.isArray(value)) return new Refusal("Start of list found where not expected");
  if (typeof value === "object" && value !== null) return new Refusal("Start of structure or map found where not expected.");
  return new Refusal(`${tokenOf(value)} can not be converted to ${expected}`);
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?$/;
const INT32_MAX = 2 ** 31 - 1;

function decodeScalar(kind: Scalar, value: unknown): unknown {
  switch (kind) {
    case "string": {
      if (typeof value !== "string") throw mismatch(value, "a String");
      // A `\ud800` escape alone is no character: refused rather than stored (DEVIATIONS.md).
      const half = loneSurrogate(value);
      if (half !== undefined) throw new Refusal(`Invalid Unicode: unpaired surrogate ${half} in a string value`);
      return value;
    }
    case "boolean":
      if (typeof value !== "boolean") throw mismatch(value, "a Boolean");
      return value;
    case "integer":
      if (typeof value !== "number" || !Number.isInteger(value) || value > INT32_MAX || value < -INT32_MAX - 1)
        throw mismatch(value, "an Integer");
      return value;
    case "long":
      if (typeof value !== "number" || !Number.isSafeInteger(value)) throw mismatch(value, "a Long");
      return value;
    case "timestamp":
      // Epoch seconds in, epoch milliseconds for the core.
      if (typeof value !== "number" || !Number.isFinite(value)) throw mismatch(value, "a Date");
      return Math.round(value * 1000);
    case "blob":
      if (typeof value !== "string") throw mismatch(value, "a ByteBuffer");
      if (!BASE64.test(value)) throw new Refusal("Base64 encoded binary value is not valid");
      // The core keeps canonical, padded base64 text, as AWS re-encodes the bytes it stored.
      return Buffer.from(value, "base64").toString("base64");
  }
}

function decodeShape(ref: ShapeRef, value: unknown): unknown {
  if (isScalar(ref)) return decodeScalar(ref, value);
  const shape = shapes[ref];
  if (shape === undefined) throw new Error(`decode: no shape ${ref}`);
  if ("list" in shape) {
    if (!Array.isArray(value)) throw mismatch(value, "a List");
    return value.map((item) => {
      if (item === null) throw new Refusal("null can not be an element of a list");
      return decodeShape(shape.list, item);
    });
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw mismatch(value, "a Structure");
  }
  const input = value as Record<string, unknown>;
  if ("map" in shape) {
    const out = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(input)) {
      if (input[key] !== null) out[key] = decodeShape(shape.map, input[key]);
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const [member, target] of Object.entries(shape.structure)) {
    if (!Object.hasOwn(input, member)) continue;
    const memberValue = input[member];
    if (memberValue !== null && memberValue !== undefined) out[member] = decodeShape(target, memberValue);
  }
  return out;
}

/** The core request for an operation from the parsed JSON body. */
export function decodeRequest(operation: OperationName, body: unknown): Decoded {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { ok: false, error: wireError("SerializationException", "The request body must be a JSON object") };
  }
  const { input } = operationShapes[operation];
  try {
    return { ok: true, value: decodeShape(input, body) };
  } catch (thrown) {
    if (thrown instanceof Refusal) return { ok: false, error: wireError("SerializationException", thrown.message) };
    throw thrown;
  }
}
