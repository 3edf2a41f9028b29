// Thousands of random and malformed requests to Emulator.handle: every answer is
// a well-formed AWS success or error, never a crash or an InternalServiceError,
// and a failed request leaves the exported state as it was.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { operations, type OperationName } from "../../src/core/index.ts";
import type { WireRequest, WireResponse } from "../../src/emulator/emulator.ts";
import { operationShapes } from "../../src/wire/operation-shapes.ts";
import { isScalar, shapes, type ShapeRef } from "../../src/wire/shapes.ts";
import { authorization, fixedEmulator, ok, stateText, TOKEN_1, TOKEN_2 } from "../support/wire.ts";

const NAMES = ["alpha", "beta", "gone", "nope", "a/b", "__proto__"];
const STAGES = ["AWSCURRENT", "AWSPREVIOUS", "AWSPENDING", "custom", "__proto__"];
const TOKENS = [TOKEN_1, TOKEN_2, "00000000-0000-0000-0000-000000000003"];

const names = fc.constantFrom(...NAMES, "arn:aws:secretsmanager:us-east-1:000000000000:secret:alpha");
const stages = fc.constantFrom(...STAGES);
const tokens = fc.constantFrom(...TOKENS);
const anyString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom("", "x".repeat(600), "{\"Version\":\"2012-10-17\",\"Statement\":[]}", "rate(2 days)") },
);

/** Strings a member of this name is likely to need, and sometimes any string. */
function stringFor(member: string): fc.Arbitrary<string> {
  const likely = /^(SecretId|Name)$/.test(member)
    ? names
    : /Stage/.test(member)
      ? stages
      : /VersionId|Token$/.test(member)
        ? tokens
        : anyString;
  return fc.oneof({ weight: 6, arbitrary: likely }, { weight: 1, arbitrary: anyString });
}

// A member of the right type mostly, of any JSON type sometimes.
function valueFor(member: string, ref: ShapeRef, depth: number): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 30, arbitrary: rightValueFor(member, ref, depth) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });
}

function rightValueFor(member: string, ref: ShapeRef, depth: number): fc.Arbitrary<unknown> {
  if (isScalar(ref)) {
    switch (ref) {
      case "string":
        return stringFor(member);
      case "boolean":
        return fc.boolean();
      case "long":
      case "integer":
        return fc.oneof(fc.integer({ min: -2, max: 40 }), fc.constantFrom(0, 1, 7, 30, 100, 4096, 4097, 2 ** 31));
      case "timestamp":
        return fc.double({ min: 0, max: 2e9, noNaN: true });
      case "blob":
        return fc.oneof(fc.uint8Array({ maxLength: 12 }).map((bytes) => Buffer.from(bytes).toString("base64")), fc.string({ maxLength: 8 }));
    }
  }
  const shape = shapes[ref];
  if (depth > 3) return fc.constant(undefined);
  if ("list" in shape) return fc.array(valueFor(member, shape.list, depth + 1), { maxLength: 4 });
  if ("map" in shape) return fc.dictionary(stringFor(member), valueFor(member, shape.map, depth + 1), { maxKeys: 3 });
  const entries = Object.entries(shape.structure).map(([name, target]) => [name, valueFor(name, target, depth + 1)] as const);
  // The members that name the secret are there most of the time.
  const required = Object.keys(shape.structure).filter((name) => /^(SecretId|Name|Key|Value|Tags|TagKeys|VersionStage|ResourcePolicy)$/.test(name));
  return fc.oneof(
    { weight: 4, arbitrary: fc.record(Object.fromEntries(entries), { requiredKeys: required }) },
    { weight: 1, arbitrary: fc.record(Object.fromEntries(entries), { requiredKeys: [] }) },
  );
}

const operationNames = Object.keys(operations) as OperationName[];

/** A request an SDK could have sent: a real operation, a body of roughly its input shape. */
const shapedRequest: fc.Arbitrary<WireRequest> = fc
  .constantFrom(...operationNames)
  .chain((operation) =>
    fc.record({
      operation: fc.constant(operation),
      body: rightValueFor("", operationShapes[operation].input, 0),
      region: fc.constantFrom(undefined, "us-east-1", "eu-west-1"),
    }),
  )
  .map(({ operation, body, region }) => ({
    method: "POST",
    path: "/",
    headers: {
      "content-type": "application/x-amz-json-1.1",
      "x-amz-target": `secretsmanager.${operation}`,
      ...(region && { authorization: authorization("AKIDFUZZ", region) }),
    },
    body: JSON.stringify(body),
  }));

/** Anything at all on the wire. */
const malformedRequest: fc.Arbitrary<WireRequest> = fc.record({
  method: fc.constantFrom("POST", "POST", "GET", "PUT", "DELETE", "post"),
  path: fc.constantFrom("/", "/", "/?x=1", "/other", ""),
  headers: fc.record(
    {
      "x-amz-target": fc.oneof(
        fc.constantFrom(...operationNames).map((op) => `secretsmanager.${op}`),
        fc.string({ maxLength: 30 }),
        fc.constantFrom("secretsmanager.", "secretsmanager.toString", "secretsmanager.__proto__", "secretsmanager.constructor"),
      ),
      "content-type": fc.constantFrom("application/x-amz-json-1.1", "application/json", "text/plain", ""),
      authorization: fc.oneof(fc.string({ maxLength: 60 }), fc.constant("AWS4-HMAC-SHA256 Credential=a/b/c")),
    },
    { requiredKeys: [] },
  ),
  body: fc.oneof(
    fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
    fc.string({ maxLength: 80 }),
    fc.constantFrom("", "{", "{}", "[]", "null", "{\"SecretId\":", "\u0000", "{\"__proto__\":{\"SecretId\":\"alpha\"}}"),
  ),
});

function checkWellFormed(response: WireResponse): Record<string, unknown> {
  expect([200, 400, 413]).toContain(response.status);
  expect(response.headers["content-type"]).toBe("application/x-amz-json-1.1");
  // A success without an output shape (TagResource, UntagResource) has an empty body.
  if (response.status === 200 && response.body === "") return {};
  const body = JSON.parse(response.body) as unknown;
  expect(typeof body === "object" && body !== null && !Array.isArray(body)).toBe(true);
  const json = body as Record<string, unknown>;
  if (response.status !== 200) {
    expect(typeof json.__type).toBe("string");
    expect(json.__type).toMatch(/^[A-Za-z]+$/);
    const message = json.Message ?? json.message;
    expect(typeof message).toBe("string");
    expect(message as string).not.toMatch(/\n\s+at /);
  }
  return json;
}

function seededEmulator() {
  const emulator = fixedEmulator();
  ok(emulator, "CreateSecret", { Name: "alpha", SecretString: "a", ClientRequestToken: TOKEN_1 });
  ok(emulator, "PutSecretValue", { SecretId: "alpha", SecretString: "b", ClientRequestToken: TOKEN_2, VersionStages: ["AWSPENDING"] });
  ok(emulator, "CreateSecret", { Name: "beta", SecretBinary: "AAE=", ClientRequestToken: TOKEN_1 });
  ok(emulator, "CreateSecret", { Name: "gone" });
  ok(emulator, "DeleteSecret", { SecretId: "gone" });
  return emulator;
}

describe("fuzzing Emulator.handle", () => {
  it("answers every request well-formed, and a failed request changes nothing", () => {
    const tally = new Map<string, number>();
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 3, arbitrary: shapedRequest }, { weight: 1, arbitrary: malformedRequest }), { minLength: 1, maxLength: 15 }), (requests) => {
        const emulator = seededEmulator();
        for (const request of requests) {
          const before = stateText(emulator);
          const response = emulator.handle(request).response;
          const json = checkWellFormed(response);
          const outcome = response.status === 200 ? "ok" : String(json.__type);
          tally.set(outcome, (tally.get(outcome) ?? 0) + 1);
          if (response.status !== 200) expect(stateText(emulator)).toBe(before);
          emulator.advanceTime(60_000);
        }
      }),
      { numRuns: 600 },
    );
    // The requests reach the operations: many succeed, and the core's own errors are among the answers.
    const total = [...tally.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(2000);
    expect(tally.get("ok") ?? 0).toBeGreaterThan(total / 20);
    expect(tally.get("ResourceNotFoundException") ?? 0).toBeGreaterThan(0);
    expect(tally.get("SerializationException") ?? 0).toBeGreaterThan(0);
  });

  it("with signatures verified, forged and malformed requests are refused well-formed and change nothing", () => {
    const emulator = fixedEmulator({ verifySignatures: true, credentials: { AKIDFUZZ: "fuzz-secret" } });
    emulator.call("000000000000", "us-east-1", "CreateSecret", { Name: "alpha", SecretString: "a", ClientRequestToken: TOKEN_1 });
    const before = stateText(emulator);
    fc.assert(
      fc.property(fc.oneof(shapedRequest, malformedRequest), (request) => {
        const response = emulator.handle(request).response;
        const json = checkWellFormed(response);
        expect(response.status).not.toBe(200);
        expect(String(json.__type)).toMatch(/Signature|Authentication|UnrecognizedClient|UnknownOperation|Serialization/);
        expect(stateText(emulator)).toBe(before);
      }),
      { numRuns: 500 },
    );
  });
});
