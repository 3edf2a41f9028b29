// The started server with signature verification (the CLI's --verify-signatures and
// --credentials): the official SDK signs, the server checks the signature with the configured key.
import {
  CreateSecretCommand,
  DescribeSecretCommand,
  GetSecretValueCommand,
  RotateSecretCommand,
  SecretsManagerClient,
} from "@aws-sdk/client-secrets-manager";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { accountOfArn } from "../../src/core/model/arn.ts";
import { startServer, type EmulatorServer } from "../../src/server/server.ts";
import { rejection } from "../support/sdk-scenarios.ts";

const KEY = "AKIDSERVERVERIFY";
const SECRET = "server-verify-secret-key";
const OTHER_KEY = "AKIDOTHERACCOUNT";
const OTHER_SECRET = "other-account-secret-key";
const OTHER_ACCOUNT = "111122223333";
const SINGLE_USER = `arn:aws:lambda:us-east-1:${OTHER_ACCOUNT}:function:single-user`;

let server: EmulatorServer;
const clients: SecretsManagerClient[] = [];

beforeAll(async () => {
  vi.spyOn(console, "log").mockImplementation(() => undefined);
  server = await startServer({
    verifySignatures: true,
    credentials: new Map([
      [KEY, { secretAccessKey: SECRET }],
      [OTHER_KEY, { secretAccessKey: OTHER_SECRET, accountId: OTHER_ACCOUNT }],
    ]),
    lambdas: new Map([[SINGLE_USER, resolve(import.meta.dirname, "../../examples/rotation/single-user.mjs")]]),
  });
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.close();
  vi.restoreAllMocks();
});

function client(accessKeyId: string, secretAccessKey: string): SecretsManagerClient {
  const made = new SecretsManagerClient({ endpoint: server.url, region: "us-east-1", maxAttempts: 1, credentials: { accessKeyId, secretAccessKey } });
  clients.push(made);
  return made;
}

describe("the server with signature verification", () => {
  it("answers a request the official SDK signed with a configured key", async () => {
    const created = await client(KEY, SECRET).send(new CreateSecretCommand({ Name: "signed/right", SecretString: "v" }));
    expect(created.ARN).toMatch(/^arn:aws:secretsmanager:us-east-1:000000000000:secret:signed\/right-[A-Za-z0-9]{6}$/);
    const read = await client(KEY, SECRET).send(new GetSecretValueCommand({ SecretId: "signed/right" }));
    expect(read.SecretString).toBe("v");
  });

  it("refuses a request signed with a wrong secret key with InvalidSignatureException, as AWS does", async () => {
    const error = await rejection(client(KEY, "not-the-secret-key").send(new CreateSecretCommand({ Name: "signed/wrong", SecretString: "v" })));
    expect(error.name).toBe("InvalidSignatureException");
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.message).toMatch(/^The request signature we calculated does not match the signature you provided\./);
    const nothingCreated = await rejection(client(KEY, SECRET).send(new DescribeSecretCommand({ SecretId: "signed/wrong" })));
    expect(nothingCreated.name).toBe("ResourceNotFoundException");
  });

  it("refuses an access key it does not know with UnrecognizedClientException", async () => {
    const error = await rejection(client("AKIDUNKNOWN", SECRET).send(new GetSecretValueCommand({ SecretId: "signed/right" })));
    expect(error.name).toBe("UnrecognizedClientException");
    expect(error.message).toBe("The security token included in the request is invalid.");
  });

  it("files the calls of a key given with an account under that account", async () => {
    const created = await client(OTHER_KEY, OTHER_SECRET).send(new CreateSecretCommand({ Name: "signed/other", SecretString: "v" }));
    expect(accountOfArn(created.ARN ?? "")).toBe(OTHER_ACCOUNT);
    const elsewhere = await rejection(client(KEY, SECRET).send(new GetSecretValueCommand({ SecretId: "signed/other" })));
    expect(elsewhere.name).toBe("ResourceNotFoundException");
  });

  it("runs a rotation whose local Lambda calls back signed with a configured key of the secret's account", async () => {
    const sdk = client(OTHER_KEY, OTHER_SECRET);
    const created = await sdk.send(new CreateSecretCommand({ Name: "signed/rotated", SecretString: '{"password":"old"}' }));
    const rotated = await sdk.send(new RotateSecretCommand({ SecretId: "signed/rotated", RotationLambdaARN: SINGLE_USER }));
    await server.rotationsSettled();
    const current = await sdk.send(new GetSecretValueCommand({ SecretId: created.ARN }));
    expect(current.VersionId).toBe(rotated.VersionId);
    const described = await sdk.send(new DescribeSecretCommand({ SecretId: created.ARN }));
    expect(described.VersionIdsToStages?.[rotated.VersionId!]).toEqual(["AWSCURRENT"]);
  });
});
