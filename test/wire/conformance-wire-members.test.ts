// The wire adapter against the API model: every request member of every operation
// reaches the core with its value, and every response member the core answers is
// written, timestamps as epoch seconds with milliseconds (docs/semantics/wire.md#timestamps).
import { describe, expect, it } from "vitest";
import { operations, type OperationName } from "../../src/core/index.ts";
import { decodeRequest } from "../../src/wire/decode.ts";
import { encodeResponse } from "../../src/wire/encode.ts";
import { MODEL_SAMPLES } from "./api-model-samples.ts";

/** What AWS writes for a core value: members named *Date in epoch seconds. */
function onTheWire(value: unknown, key = ""): unknown {
  if (Array.isArray(value)) return value.map((item) => onTheWire(item));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, onTheWire(v, k)]));
  }
  return key.endsWith("Date") && typeof value === "number" ? value / 1000 : value;
}

const cases = Object.entries(MODEL_SAMPLES) as [OperationName, (typeof MODEL_SAMPLES)[string]][];

describe("the wire adapter and the API model", () => {
  it("knows every operation of the API model, and the core implements each", () => {
    expect(cases.length).toBe(23);
    for (const [operation] of cases) expect(Object.hasOwn(operations, operation), operation).toBe(true);
  });

  it.each(cases)("%s: every request member of the API model reaches the core unchanged", (operation, sample) => {
    const decoded = decodeRequest(operation, sample.input);
    expect(decoded.ok).toBe(true);
    expect(decoded.ok && decoded.value).toEqual(sample.input);
  });

  it.each(cases)("%s: every response member of the API model is written, dates in epoch seconds", (operation, sample) => {
    const text = encodeResponse(operation, sample.output);
    // An operation without an output shape answers an empty body.
    if (sample.output === undefined) expect(text).toBe("");
    else expect(JSON.parse(text) as unknown).toEqual(onTheWire(sample.output));
  });

  it("writes a timestamp with its milliseconds: 1767323045678 ms is 1767323045.678", () => {
    const body = encodeResponse("DeleteSecret", { ARN: "a", Name: "n", DeletionDate: 1767323045678 });
    expect(body).toBe('{"ARN":"a","Name":"n","DeletionDate":1767323045.678}');
  });
});
