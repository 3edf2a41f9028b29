// Writing a core response as AWS's JSON 1.1 serializer does: only the output
// shape's members, absent members omitted, timestamps as epoch seconds with
// milliseconds (docs/semantics/wire.md#successful-responses). The core keeps epoch milliseconds and base64 text.
import type { OperationName } from "../core/index.ts";
import { operationShapes } from "./operation-shapes.ts";
import { isScalar, shapes, type ShapeRef } from "./shapes.ts";

function encodeShape(ref: ShapeRef, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (ref === "timestamp") return typeof value === "number" ? value / 1000 : value;
  if (isScalar(ref)) return value;
  const shape = shapes[ref];
  if ("list" in shape) {
    return Array.isArray(value) ? value.map((item) => encodeShape(shape.list, item)) : undefined;
  }
  if (typeof value !== "object") return undefined;
  const input = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const members = "map" in shape ? Object.keys(input).map((key) => [key, shape.map] as const) : Object.entries(shape.structure);
  for (const [member, target] of members) {
    if (!Object.hasOwn(input, member)) continue;
    const encoded = encodeShape(target, input[member]);
    // defineProperty: a map key such as "__proto__" stays plain data.
    if (encoded !== undefined) Object.defineProperty(out, member, { value: encoded, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * The JSON body of a successful call. An operation without an output shape
 * (TagResource, UntagResource) answers an empty body: docs/semantics/wire.md#operations-without-output.
 */
export function encodeResponse(operation: OperationName, response: unknown): string {
  const shape = operationShapes[operation];
  if (shape.output === undefined) return "";
  return JSON.stringify(encodeShape(shape.output, response) ?? {});
}
