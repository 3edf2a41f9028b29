// Requests refused before any operation runs: each gets an AWS-shaped error
// and leaves the state as it was (docs/semantics/wire.md#front-end-errors).
import { afterEach, describe, expect, it, vi } from "vitest";
import { operations } from "../../src/core/index.ts";
import { MAX_BODY_BYTES } from "../../src/wire/framing.ts";
import type { WireRequest } from "../../src/emulator/emulator.ts";
import { bodyOf, fixedEmulator, ok, post, stateText, TOKEN_1 } from "../support/wire.ts";

function seeded() {
  const emulator = fixedEmulator();
  ok(emulator, "CreateSecret", { Name: "kept", SecretString: "v", ClientRequestToken: TOKEN_1 });
  return emulator;
}

/** The error a request gets, checked to leave the state unchanged. */
function refusal(request: WireRequest) {
  const emulator = seeded();
  const before = stateText(emulator);
  const response = emulator.handle(request).response;
  expect(stateText(emulator)).toBe(before);
  const body = bodyOf(response);
  return { status: response.status, type: body.__type as string, message: (body.Message ?? body.message) as string };
}

describe("requests that name no operation", () => {
  it.each([
    ["a GET", { ...post("ListSecrets", {}), method: "GET" }],
    ["a POST to another path", { ...post("ListSecrets", {}), path: "/secrets" }],
    ["no X-Amz-Target", { ...post("ListSecrets", {}), headers: { "content-type": "application/x-amz-json-1.1" } }],
    ["another service's target", { ...post("ListSecrets", {}), headers: { "x-amz-target": "DynamoDB_20120810.ListTables" } }],
    ["an operation Secrets Manager does not have", post("DeleteEverything", {})],
  ])("%s is answered UnknownOperationException (400)", (_, request) => {
    const answer = refusal(request as WireRequest);
    expect([answer.status, answer.type]).toEqual([400, "UnknownOperationException"]);
    expect(answer.message).not.toBe("");
  });
});

describe("bodies the JSON front end cannot read", () => {
  it.each([
    ["malformed JSON", "{\"SecretId\": "],
    ["a JSON array", "[]"],
    ["JSON null", "null"],
    ["a JSON string", "\"kept\""],
  ])("%s is answered SerializationException (400)", (_, body) => {
    const answer = refusal(post("GetSecretValue", body));
    expect([answer.status, answer.type]).toEqual([400, "SerializationException"]);
  });

  it("a Content-Type that is not JSON is answered SerializationException", () => {
    const answer = refusal(post("GetSecretValue", { SecretId: "kept" }, { "content-type": "text/plain" }));
    expect(answer.type).toBe("SerializationException");
  });

  it(`a body over ${MAX_BODY_BYTES} bytes is answered HTTP 413 SerializationException`, () => {
    const answer = refusal(post("PutSecretValue", { SecretId: "kept", SecretString: "x".repeat(MAX_BODY_BYTES) }));
    expect(answer).toEqual({ status: 413, type: "SerializationException", message: "The request body is larger than 1 MiB." });
  });
});

describe("members of the wrong JSON type are answered SerializationException", () => {
  it.each([
    ["a number for a string", "GetSecretValue", { SecretId: 12 }, "NUMBER_VALUE can not be converted to a String"],
    ["true for a string", "GetSecretValue", { SecretId: true }, "TRUE_VALUE can not be converted to a String"],
    ["an object for a string", "GetSecretValue", { SecretId: {} }, "Start of structure or map found where not expected."],
    ["an array for a string", "GetSecretValue", { SecretId: ["kept"] }, "Start of list found where not expected"],
    ["a string for a list", "PutSecretValue", { SecretId: "kept", VersionStages: "AWSCURRENT" }, "STRING_VALUE can not be converted to a List"],
    ["a string for a long", "GetRandomPassword", { PasswordLength: "32" }, "STRING_VALUE can not be converted to a Long"],
    ["a fraction for a long", "DeleteSecret", { SecretId: "kept", RecoveryWindowInDays: 7.5 }, "NUMBER_VALUE can not be converted to a Long"],
    ["an integer beyond 32 bits", "ListSecrets", { MaxResults: 2 ** 31 }, "NUMBER_VALUE can not be converted to an Integer"],
    ["a string for a boolean", "DeleteSecret", { SecretId: "kept", ForceDeleteWithoutRecovery: "true" }, "STRING_VALUE can not be converted to a Boolean"],
    ["a number in a structure in a list", "TagResource", { SecretId: "kept", Tags: [{ Key: 1, Value: "v" }] }, "NUMBER_VALUE can not be converted to a String"],
    ["a null in a list", "UntagResource", { SecretId: "kept", TagKeys: [null] }, "null can not be an element of a list"],
    ["text that is not base64 for a blob", "PutSecretValue", { SecretId: "kept", SecretBinary: "@@@@" }, "Base64 encoded binary value is not valid"],
  ])("%s", (_, operation, body, message) => {
    const answer = refusal(post(operation, body));
    expect(answer).toEqual({ status: 400, type: "SerializationException", message });
  });
});

describe("unexpected failures", () => {
  afterEach(() => vi.restoreAllMocks());

  it("an operation that throws is answered InternalServiceError (500) without a stack, and changes nothing", () => {
    vi.spyOn(operations, "PutSecretValue").mockImplementation(() => {
      throw new Error("boom at secret-internals.ts:12");
    });
    const answer = refusal(post("PutSecretValue", { SecretId: "kept", SecretString: "w", ClientRequestToken: TOKEN_1 }));
    expect(answer).toEqual({ status: 500, type: "InternalServiceError", message: "An error occurred on the server side." });
  });

  it("a change listener that throws turns the call into InternalServiceError and the change is undone", () => {
    let fail = false;
    const emulator = fixedEmulator({
      onChange: () => {
        if (fail) throw new Error("disk full");
      },
    });
    ok(emulator, "CreateSecret", { Name: "kept" });
    const before = stateText(emulator);
    fail = true;
    const response = emulator.handle(post("TagResource", { SecretId: "kept", Tags: [{ Key: "k", Value: "v" }] })).response;
    expect([response.status, bodyOf(response).__type]).toEqual([500, "InternalServiceError"]);
    expect(stateText(emulator)).toBe(before);
  });
});
