// The checks AWS makes on a signed request before the signature itself, in AWS's order, with
// AWS's messages: the request time within 5 minutes of the real clock, host and every x-amz-*
// header signed, the algorithm, the credential scope (its date the request's day).
import { CreateSecretCommand, GetSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { fc, test as property } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { Emulator, type WireRequest } from "../../src/emulator/emulator.ts";
import { verifySignature } from "../../src/wire/sigv4.ts";
import { EmulatorRequestHandler } from "../../src/sdk/index.ts";
import { handSigned, type HandSigning } from "../support/hand-signed.ts";
import { rejection } from "../support/sdk-scenarios.ts";
import { bodyOf, stateText } from "../support/wire.ts";

const KEY = "AKIDCHECKED";
const SECRET = "checked-secret-key";
const keyOf = (id: string) => (id === KEY ? SECRET : undefined);
// The real GetSecretValue of boto/botocore#3587 was answered at 20251106T132608Z.
const NOW = Date.UTC(2025, 10, 6, 13, 26, 8);
const MINUTE = 60_000;
const signing = (overrides: Partial<HandSigning> = {}): HandSigning => ({ accessKeyId: KEY, secretAccessKey: SECRET, time: NOW, ...overrides });

function refusal(request: WireRequest, now = NOW): { code: string; message: string } | undefined {
  const error = verifySignature(request, keyOf, now);
  return error === undefined ? undefined : { code: error.code, message: error.message };
}

describe("the request time, against the real clock", () => {
  it("a request dated long ago is refused with AWS's 'Signature expired' text", () => {
    const request = handSigned("GetSecretValue", { SecretId: "s" }, signing({ time: Date.UTC(2025, 10, 5, 22, 8, 58) }));
    expect(refusal(request)).toEqual({
      code: "InvalidSignatureException",
      message: "Signature expired: 20251105T220858Z is now earlier than 20251106T132108Z (20251106T132608Z - 5 min.)",
    });
  });

  it("a request dated more than 5 minutes ahead is refused with AWS's 'Signature not yet current' text", () => {
    const request = handSigned("GetSecretValue", { SecretId: "s" }, signing({ time: NOW + 5 * MINUTE + 1000 }));
    expect(refusal(request)).toEqual({
      code: "InvalidSignatureException",
      message: "Signature not yet current: 20251106T133109Z is still later than 20251106T133108Z (20251106T132608Z + 5 min.)",
    });
  });

  property.prop([fc.integer({ min: -15 * MINUTE, max: 15 * MINUTE })])("a request is served exactly when its time is within 5 minutes", (skew) => {
    const time = NOW + Math.trunc(skew / 1000) * 1000;
    const verdict = refusal(handSigned("ListSecrets", {}, signing({ time })));
    expect(verdict === undefined).toBe(Math.abs(time - NOW) <= 5 * MINUTE);
  });

  it("a request signed now is served by an emulator whose clock was moved years on; one signed at that time is not", () => {
    const emulator = new Emulator({ verifySignatures: true, credentials: { [KEY]: SECRET } });
    emulator.advanceTime(3 * 365 * 24 * 60 * MINUTE);
    expect(emulator.handle(handSigned("ListSecrets", {}, signing({ time: Date.now() }))).response.status).toBe(200);
    const atEmulatedTime = emulator.handle(handSigned("ListSecrets", {}, signing({ time: emulator.now() }))).response;
    expect(bodyOf(atEmulatedTime).message).toMatch(/^Signature not yet current: /);
  });

  it("an exact replay within the 5 minutes is served, as AWS serves it (the window is the defence)", () => {
    const emulator = new Emulator({ verifySignatures: true, credentials: { [KEY]: SECRET } });
    const request = handSigned("ListSecrets", {}, signing({ time: Date.now() }));
    expect(emulator.handle(request).response.status).toBe(200);
    expect(emulator.handle(request).response.status).toBe(200);
  });

  it("an X-Amz-Date not in ISO 8601 basic format is an IncompleteSignatureException", () => {
    const request = handSigned("ListSecrets", {}, signing());
    const extended = { ...request, headers: { ...request.headers, "x-amz-date": "2025-11-06T13:26:08Z" } };
    expect(refusal(extended)).toEqual({
      code: "IncompleteSignatureException",
      message: "Date must be in ISO-8601 'basic format'. Got '2025-11-06T13:26:08Z'. See http://en.wikipedia.org/wiki/ISO_8601",
    });
  });
});

describe("what the signature must cover", () => {
  it("a signature that leaves out host is refused: the request could be sent to another host", () => {
    const request = handSigned("ListSecrets", {}, signing({ signedHeaders: ["content-type", "x-amz-date", "x-amz-target"] }));
    expect(refusal(request)).toEqual({
      code: "InvalidSignatureException",
      message: "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
    });
  });

  it("a signature that leaves out x-amz-target is refused, so a captured GetSecretValue cannot be replayed as DeleteSecret", () => {
    const emulator = new Emulator({ verifySignatures: true, credentials: { [KEY]: SECRET } });
    const created = emulator.handle(handSigned("CreateSecret", { Name: "kept", SecretString: "v", ClientRequestToken: "00000000-0000-0000-0000-0000000000e1" }, signing({ time: Date.now() }))).response;
    expect(created.status).toBe(200);
    const before = stateText(emulator);
    const captured = handSigned("GetSecretValue", { SecretId: "kept" }, signing({ time: Date.now(), signedHeaders: ["content-type", "host", "x-amz-date"] }));
    const replayed = emulator.handle({ ...captured, headers: { ...captured.headers, "x-amz-target": "secretsmanager.DeleteSecret" } }).response;
    expect(replayed.status).toBe(400);
    expect(bodyOf(replayed)).toEqual({
      __type: "InvalidSignatureException",
      message: "There were headers present in the request which were not signed: x-amz-target",
    });
    expect(stateText(emulator)).toBe(before);
  });

  it("with every x-amz-* header and host signed, a changed X-Amz-Target breaks the signature", () => {
    const captured = handSigned("GetSecretValue", { SecretId: "kept" }, signing());
    const replayed = { ...captured, headers: { ...captured.headers, "x-amz-target": "secretsmanager.DeleteSecret" } };
    expect(refusal(replayed)?.message).toMatch(/^The request signature we calculated does not match/);
  });
});

describe("the credential scope", () => {
  it("a scope dated another day than the request is refused with AWS's text", () => {
    const request = handSigned("ListSecrets", {}, signing({ scopeDate: "20251105" }));
    expect(refusal(request)).toEqual({
      code: "InvalidSignatureException",
      message: "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20251105' != '20251106', from '20251106T132608Z'.",
    });
  });

  it("a Credential without five parts is an IncompleteSignatureException", () => {
    const request = handSigned("ListSecrets", {}, signing());
    const header = request.headers["authorization"]!.replace("/secretsmanager/aws4_request", "/secretsmanager");
    expect(refusal({ ...request, headers: { ...request.headers, authorization: header } })).toEqual({
      code: "IncompleteSignatureException",
      message: `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${KEY}/20251106/us-east-1/secretsmanager'`,
    });
  });
});

describe("the order of the checks (as DynamoDB's recorded answers show it)", () => {
  // Each row fixes the fault of the row before: the answer is always the earliest remaining check.
  const faults: readonly [string, Partial<HandSigning>, string, RegExp][] = [
    ["time", { time: NOW - 10 * MINUTE }, "InvalidSignatureException", /^Signature expired/],
    ["host", { signedHeaders: ["content-type", "x-amz-date", "x-amz-target"] }, "InvalidSignatureException", /^'Host'/],
    ["algorithm", { algorithm: "AWS4-HMAC-SHA512" }, "IncompleteSignatureException", /^Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA512'/],
    ["scope", { scopeDate: "20251105" }, "InvalidSignatureException", /^Date in Credential scope does not match/],
    ["key", { accessKeyId: "AKIDUNKNOWN" }, "UnrecognizedClientException", /^The security token included in the request is invalid\.$/],
    ["signature", { secretAccessKey: "wrong" }, "InvalidSignatureException", /^The request signature we calculated does not match/],
  ];

  it.each(faults.map((fault, i) => [fault[0], i] as const))("with every fault from the %s check on, that check answers (row %i)", (_name, first) => {
    const overrides = Object.assign({}, ...faults.slice(first).map(([, fault]) => fault)) as Partial<HandSigning>;
    const verdict = refusal(handSigned("ListSecrets", {}, signing(overrides)));
    expect(verdict?.code).toBe(faults[first]![2]);
    expect(verdict?.message).toMatch(faults[first]![3]);
  });
});

describe("the official SDK", () => {
  function client(emulator: Emulator, systemClockOffset = 0): SecretsManagerClient {
    return new SecretsManagerClient({
      region: "us-east-1",
      maxAttempts: 1,
      systemClockOffset,
      credentials: { accessKeyId: KEY, secretAccessKey: SECRET },
      requestHandler: new EmulatorRequestHandler(emulator),
    });
  }

  it("signs requests that pass every check", async () => {
    const emulator = new Emulator({ verifySignatures: true, credentials: { [KEY]: SECRET } });
    await client(emulator).send(new CreateSecretCommand({ Name: "sdk", SecretString: "v" }));
    expect((await client(emulator).send(new GetSecretValueCommand({ SecretId: "sdk" }))).SecretString).toBe("v");
  });

  it.each([
    [-10 * MINUTE, /^Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 5 min\.\)$/],
    [10 * MINUTE, /^Signature not yet current: \d{8}T\d{6}Z is still later than \d{8}T\d{6}Z \(\d{8}T\d{6}Z \+ 5 min\.\)$/],
  ])("with a clock %i ms off, is refused with InvalidSignatureException", async (offset, message) => {
    const emulator = new Emulator({ verifySignatures: true, credentials: { [KEY]: SECRET } });
    const error = await rejection(client(emulator, offset).send(new GetSecretValueCommand({ SecretId: "sdk" })));
    expect(error.name).toBe("InvalidSignatureException");
    expect(error.message).toMatch(message);
  });
});
