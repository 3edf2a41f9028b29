// Text on the wire must be Unicode: a body that is not UTF-8, and a string value holding half of
// a surrogate pair (a lone `\ud800` escape), are refused with SerializationException before any
// operation runs, instead of being stored changed (U+FFFD) or unreadable.
import { CreateSecretCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { fc, test as property } from "@fast-check/vitest";
import { isUtf8 } from "node:buffer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Emulator } from "../../src/emulator/emulator.ts";
import { startServer, type EmulatorServer } from "../../src/server/server.ts";
import { firstUtf8Fault } from "../../src/wire/utf8.ts";
import { EmulatorRequestHandler } from "../../src/sdk/index.ts";
import { handSigned } from "../support/hand-signed.ts";
import { rejection } from "../support/sdk-scenarios.ts";
import { rawRequest } from "../server/guard-attacks.ts";
import { awsCall } from "../server/server-process.ts";
import { bodyOf } from "../support/wire.ts";

describe("finding the first byte that is not UTF-8", () => {
  it.each([
    [[0x61, 0xff], { start: 1, offset: 1, kind: "start" }],
    [[0xc3, 0x28], { start: 0, offset: 1, kind: "middle" }],
    [[0x61, 0xe2, 0x82], { start: 1, offset: 3, kind: "end" }],
    [[0xc0, 0x80], { start: 0, offset: 0, kind: "start" }],
    [[0xed, 0xa0, 0x80], { start: 0, offset: 1, kind: "middle" }],
    [[0xf4, 0x90, 0x80, 0x80], { start: 0, offset: 1, kind: "middle" }],
  ])("%j: %j", (bytes, fault) => {
    expect(firstUtf8Fault(Uint8Array.from(bytes))).toEqual(fault);
  });

  const pieces = fc.oneof(
    fc.string({ unit: "grapheme" }).map((text) => Buffer.from(text, "utf8")),
    fc.uint8Array({ maxLength: 4 }),
  );
  property.prop([fc.array(pieces, { maxLength: 8 }).map((parts) => Buffer.concat(parts))])(
    "finds a fault exactly when the bytes are not UTF-8, and everything before it is",
    (bytes) => {
      const fault = firstUtf8Fault(bytes);
      expect(fault === undefined).toBe(isUtf8(bytes));
      if (fault !== undefined) {
        expect(isUtf8(bytes.subarray(0, fault.start))).toBe(true);
        expect(isUtf8(bytes.subarray(fault.start))).toBe(false);
      }
    },
  );
});

describe("on the wire", () => {
  let server: EmulatorServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.close();
  });

  const send = (body: Buffer) =>
    rawRequest(server.port, "POST", "/", { host: `127.0.0.1:${server.port}`, "content-type": "application/x-amz-json-1.1", "x-amz-target": "secretsmanager.CreateSecret" }, body);
  const createWith = (name: string, value: Buffer | string) =>
    Buffer.concat([Buffer.from(`{"Name":"${name}","ClientRequestToken":"00000000-0000-0000-0000-0000000000d1","SecretString":"`), Buffer.from(value), Buffer.from('"}')]);

  it("a SecretString holding bytes that are not UTF-8 is a SerializationException naming the byte, and nothing is stored", async () => {
    const body = createWith("bytes", Buffer.from([0x61, 0xc3, 0x28, 0xff, 0x62]));
    const answer = await send(body);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toEqual({ __type: "SerializationException", Message: `Invalid UTF-8 middle byte 0x28 (byte ${body.indexOf(0x28)} of the request body)` });
    expect((await awsCall(server.url, "DescribeSecret", { SecretId: "bytes" })).json["__type"]).toBe("ResourceNotFoundException");
  });

  it.each([
    ["a lone high surrogate", "a\\ud800b", "\\ud800"],
    ["a lone low surrogate", "\\udc00", "\\udc00"],
    ["a pair in the wrong order", "\\ude00\\ud83d", "\\ude00"],
  ])("%s escaped in a string value is a SerializationException, and nothing is stored", async (_name, escaped, half) => {
    const answer = await send(createWith("surrogate", escaped));
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toEqual({ __type: "SerializationException", Message: `Invalid Unicode: unpaired surrogate ${half} in a string value` });
    expect((await awsCall(server.url, "DescribeSecret", { SecretId: "surrogate" })).json["__type"]).toBe("ResourceNotFoundException");
  });

  it("a whole surrogate pair, escaped or as UTF-8 bytes, is stored and read back as the character", async () => {
    expect((await send(createWith("pair", "\\ud83d\\ude00 😀"))).status).toBe(200);
    expect((await awsCall(server.url, "GetSecretValue", { SecretId: "pair" })).json["SecretString"]).toBe("😀 😀");
  });

  it("a signed body that is not UTF-8 passes the signature (computed over its bytes) and is then refused as not UTF-8", () => {
    const emulator = new Emulator({ verifySignatures: true, credentials: { AKIDUTF: "utf-secret" } });
    const request = handSigned("CreateSecret", createWith("signed", Buffer.from([0xff])), { accessKeyId: "AKIDUTF", secretAccessKey: "utf-secret", time: Date.now() });
    expect(bodyOf(emulator.handle(request).response)).toEqual({ __type: "SerializationException", Message: expect.stringMatching(/^Invalid UTF-8 start byte 0xff /) });
  });

  it("the SDK double refuses a JavaScript string with half a surrogate pair the same way", async () => {
    const client = new SecretsManagerClient({ region: "us-east-1", maxAttempts: 1, credentials: { accessKeyId: "a", secretAccessKey: "b" }, requestHandler: new EmulatorRequestHandler(new Emulator()) });
    const error = await rejection(client.send(new CreateSecretCommand({ Name: "cut", SecretString: "😀".slice(0, 1) })));
    expect(error.name).toBe("SerializationException");
  });
});
