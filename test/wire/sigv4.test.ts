// Signature Version 4 checks, when the emulator is asked to verify signatures.
import { CreateSecretCommand, ListSecretsCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { describe, expect, it } from "vitest";
import { Emulator, type WireRequest } from "../../src/emulator/emulator.ts";
import { canonicalRequest, signature, type CredentialScope } from "../../src/wire/sigv4.ts";
import { EmulatorRequestHandler } from "../../src/sdk/index.ts";
import { rejection } from "../support/sdk-scenarios.ts";
import { bodyOf, post, stateText } from "../support/wire.ts";

const KEY = "AKIDVERIFIED";
const SECRET = "verified-secret-key";

function verifyingEmulator(): Emulator {
  return new Emulator({ verifySignatures: true, credentials: { [KEY]: SECRET }, accounts: { [KEY]: "123456789012" } });
}

function sdkClient(emulator: Emulator, accessKeyId = KEY, secretAccessKey = SECRET): SecretsManagerClient {
  return new SecretsManagerClient({
    region: "ap-southeast-2",
    maxAttempts: 1,
    credentials: { accessKeyId, secretAccessKey },
    requestHandler: new EmulatorRequestHandler(emulator),
  });
}

/** The wire request the SDK signed, captured on its way in. */
async function signedRequest(emulator: Emulator): Promise<WireRequest> {
  const seen: WireRequest[] = [];
  const handle = emulator.handle.bind(emulator);
  emulator.handle = (request) => (seen.push(request), handle(request));
  await sdkClient(emulator).send(new CreateSecretCommand({ Name: "signed", SecretString: "v" }));
  emulator.handle = handle;
  return seen[0]!;
}

describe("the SigV4 algorithm", () => {
  it("reproduces the signature of AWS's documented example request (IAM ListUsers, 2015-08-30)", () => {
    const request: WireRequest = {
      method: "GET",
      path: "/?Action=ListUsers&Version=2010-05-08",
      headers: {
        "content-type": "application/x-www-form-urlencoded; charset=utf-8",
        host: "iam.amazonaws.com",
        "x-amz-date": "20150830T123600Z",
      },
      body: "",
    };
    const scope: CredentialScope = { date: "20150830", region: "us-east-1", service: "iam" };
    const canonical = canonicalRequest(request, ["content-type", "host", "x-amz-date"]);
    const signed = signature("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", scope, "20150830T123600Z", canonical);
    expect(signed.stringToSign.split("\n").at(-1)).toBe("f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59");
    expect(signed.signature).toBe("5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7");
  });
});

describe("verifying signatures", () => {
  it("a request the SDK signed with known credentials is served", async () => {
    const emulator = verifyingEmulator();
    const created = await sdkClient(emulator).send(new CreateSecretCommand({ Name: "ok", SecretString: "v" }));
    expect(created.ARN).toContain(":ap-southeast-2:123456789012:secret:ok-");
  });

  it("an unknown access key is refused with UnrecognizedClientException", async () => {
    const error = await rejection(sdkClient(verifyingEmulator(), "AKIDUNKNOWN").send(new ListSecretsCommand({})));
    expect(error.name).toBe("UnrecognizedClientException");
    expect(error.message).toBe("The security token included in the request is invalid.");
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it("a signature made with the wrong secret key is refused with InvalidSignatureException", async () => {
    const emulator = verifyingEmulator();
    const error = await rejection(sdkClient(emulator, KEY, "wrong").send(new CreateSecretCommand({ Name: "x", SecretString: "v" })));
    expect(error.name).toBe("InvalidSignatureException");
    expect(error.message).toMatch(/^The request signature we calculated does not match the signature you provided\. /);
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(emulator.exportState().accounts).toEqual({});
  });

  it("a signed request whose body was changed afterwards is refused, and the message shows the canonical request", async () => {
    const emulator = verifyingEmulator();
    const signed = await signedRequest(emulator);
    const before = stateText(emulator);
    const tampered = { ...signed, body: signed.body.replace("signed", "forged") };
    const response = emulator.handle(tampered).response;
    expect(response.status).toBe(400);
    expect(bodyOf(response).__type).toBe("InvalidSignatureException");
    expect(bodyOf(response).message).toContain("The Canonical String for this request should have been\n'POST\n/\n");
    expect(stateText(emulator)).toBe(before);
    // The untouched request is good: the replay is answered as AWS answers a retry.
    expect(emulator.handle(signed).response.status).toBe(200);
  });

  it("a request without an Authorization header is refused with MissingAuthenticationTokenException", () => {
    const response = verifyingEmulator().handle(post("ListSecrets", {})).response;
    expect(response.status).toBe(400);
    expect(bodyOf(response)).toEqual({ __type: "MissingAuthenticationTokenException", message: "Missing Authentication Token" });
  });

  it("an Authorization header without SignedHeaders and Signature is refused with IncompleteSignatureException", () => {
    const header = "AWS4-HMAC-SHA256 Credential=AKIDVERIFIED/20260101/us-east-1/secretsmanager/aws4_request";
    const response = verifyingEmulator().handle(post("ListSecrets", {}, { authorization: header, "x-amz-date": "20260101T000000Z" })).response;
    expect(bodyOf(response).__type).toBe("IncompleteSignatureException");
    expect(bodyOf(response).message).toContain("Authorization header requires 'Signature' parameter.");
    expect(bodyOf(response).message).toContain("Authorization header requires 'SignedHeaders' parameter.");
  });

  it("without verifySignatures, any signature is accepted", () => {
    const header = "AWS4-HMAC-SHA256 Credential=ANYONE/20260101/us-east-1/secretsmanager/aws4_request, SignedHeaders=host, Signature=00";
    expect(new Emulator().handle(post("ListSecrets", {}, { authorization: header })).response.status).toBe(200);
  });
});
