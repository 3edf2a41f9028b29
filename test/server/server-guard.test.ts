// The started server against a hostile web page: cross-site requests and DNS rebinding are
// refused on every path and change nothing, while the AWS CLI, the JS SDK and the README's curl
// lines keep working; the control endpoint takes its token.
import { GetSecretValueCommand, ListSecretsCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type EmulatorServer } from "../../src/server/server.ts";
import { temporaryDirectory } from "../support/temp-directory.ts";
import { EVERY_PATH, rawRequest } from "./guard-attacks.ts";
import { awsCall } from "./server-process.ts";

const run = promisify(execFile);
const KEY = "AKIDGUARDED";
const SECRET = "guarded-secret-access-key";
const TOKEN = "control-token-for-the-guard-test";
// The AWS CLI reads no configuration of this machine.
const AWS_ENV = {
  ...process.env,
  AWS_CONFIG_FILE: "/nonexistent/aws-config",
  AWS_SHARED_CREDENTIALS_FILE: "/nonexistent/aws-credentials",
  AWS_EC2_METADATA_DISABLED: "true",
  AWS_DEFAULT_REGION: "us-east-1",
};

let open: EmulatorServer;
let signed: EmulatorServer;
let tokened: EmulatorServer;

beforeAll(async () => {
  open = await startServer({ allowedHosts: ["secrets"] });
  signed = await startServer({ verifySignatures: true, credentials: new Map([[KEY, { secretAccessKey: SECRET }]]) });
  tokened = await startServer({ controlToken: TOKEN });
  const created = await awsCall(open.url, "CreateSecret", { Name: "guarded", SecretString: "v", ClientRequestToken: "00000000-0000-0000-0000-0000000000f1" });
  expect(created.status).toBe(200);
});

afterAll(async () => {
  await Promise.all([open.close(), signed.close(), tokened.close()]);
});

const stateOf = (server: EmulatorServer) => JSON.stringify(server.emulator.exportState());

function attack(server: EmulatorServer, route: (typeof EVERY_PATH)[number], headers: Record<string, string>) {
  return rawRequest(server.port, route.method, route.path, { ...headers, ...(route.target && { "x-amz-target": route.target }) }, route.body);
}

function expectRefused(answer: { status: number; text: string }, option: string): void {
  expect(answer.status).toBe(403);
  const body = JSON.parse(answer.text) as { __type: string; message: string };
  expect(body.__type).toBe("AccessDeniedException");
  expect(body.message).toContain(option);
}

describe("a web page", () => {
  it.each(EVERY_PATH)("after DNS rebinding, cannot use $method $path (Host evil.example): 403, nothing changed", async (route) => {
    const before = stateOf(open);
    const answer = await attack(open, route, { host: `evil.example:${open.port}`, "content-type": "application/json" });
    expectRefused(answer, "--allowed-host");
    expect(answer.text).not.toContain('"v"');
    expect(stateOf(open)).toBe(before);
  });

  it.each(EVERY_PATH)("on another site, cannot use $method $path (Origin https://evil.example, text/plain): 403, nothing changed", async (route) => {
    const before = stateOf(open);
    const answer = await attack(open, route, { host: `127.0.0.1:${open.port}`, origin: "https://evil.example", "content-type": "text/plain" });
    expectRefused(answer, "Origin");
    expect(stateOf(open)).toBe(before);
  });

  it("of a sandboxed frame or a file (Origin: null) is refused", async () => {
    const answer = await rawRequest(open.port, "GET", "/_emulator/state", { host: `localhost:${open.port}`, origin: "null" });
    expect(answer.status).toBe(403);
  });

  it.each(EVERY_PATH.filter((route) => route.path.startsWith("/_emulator/") && route.method !== "GET"))(
    "cannot change the emulator with a text/plain $method $path even without an Origin header",
    async (route) => {
      const before = stateOf(open);
      const answer = await attack(open, route, { host: `127.0.0.1:${open.port}`, "content-type": "text/plain" });
      expectRefused(answer, "content-type: application/json");
      expect(stateOf(open)).toBe(before);
    },
  );
});

describe("what keeps working", () => {
  it("the JS SDK at 127.0.0.1 and at localhost", async () => {
    for (const endpoint of [open.url, `http://localhost:${open.port}`]) {
      const client = new SecretsManagerClient({ endpoint, region: "us-east-1", maxAttempts: 1, credentials: { accessKeyId: "test", secretAccessKey: "test" } });
      expect((await client.send(new GetSecretValueCommand({ SecretId: "guarded" }))).SecretString).toBe("v");
      client.destroy();
    }
  });

  it("a name given with --allowed-host, and pages of that name", async () => {
    const answer = await rawRequest(open.port, "GET", "/_emulator/clock", { host: `secrets:${open.port}`, origin: `http://secrets:${open.port}` });
    expect(answer.status).toBe(200);
  });

  it("the curl lines of the README and docs/emulator.md, in order, with the control token where they send it", async () => {
    const lines = ["README.md", "docs/emulator.md"]
      .flatMap((file) => readFileSync(resolve(import.meta.dirname, "../..", file), "utf8").split("\n"))
      .filter((line) => line.startsWith("curl ") && line.includes("http://127.0.0.1:4599"));
    expect(lines.length).toBeGreaterThan(3);
    // A line may write a file (`> secrets.json`) that a later one sends.
    const cwd = temporaryDirectory("curl-lines");
    const plain = await startServer();
    try {
      for (const line of lines) {
        const server = line.includes("$SECRETS_MANAGER_EMULATOR_CONTROL_TOKEN") ? tokened : plain;
        const command = `${line.replaceAll("http://127.0.0.1:4599", server.url)} --fail --silent --show-error`;
        const { stdout } = await run("bash", ["-c", command], { cwd, env: { ...process.env, SECRETS_MANAGER_EMULATOR_CONTROL_TOKEN: TOKEN } });
        const written = / > (\S+)$/.exec(line)?.[1];
        expect(JSON.parse(written === undefined ? stdout : readFileSync(join(cwd, written), "utf8"))).toBeTypeOf("object");
      }
    } finally {
      await plain.close();
    }
  });

  it("the AWS CLI's create-secret line of the README, on a machine with no AWS configuration, and a signed get-secret-value with --verify-signatures", async () => {
    const readme = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");
    // The command as the README writes it, its continued lines joined.
    const line = readme
      .replace(/\\\n\s*/g, "")
      .split("\n")
      .find((text) => text.includes("aws --endpoint-url http://127.0.0.1:4599 secretsmanager create-secret"));
    expect(line).toBeDefined();
    const server = await startServer();
    try {
      // Only PATH, and a home without ~/.aws: the line must bring its own key and region.
      const bare = { PATH: process.env["PATH"] ?? "", HOME: temporaryDirectory("no-aws-config") };
      const created = await run("bash", ["-c", line!.replace("http://127.0.0.1:4599", server.url)], { env: bare });
      expect(JSON.parse(created.stdout)).toMatchObject({ Name: "demo" });
    } finally {
      await server.close();
    }
    const env = { ...AWS_ENV, AWS_ACCESS_KEY_ID: KEY, AWS_SECRET_ACCESS_KEY: SECRET };
    const listed = await run("aws", ["--endpoint-url", `http://localhost:${signed.port}`, "secretsmanager", "list-secrets"], { env });
    expect(JSON.parse(listed.stdout)).toEqual({ SecretList: [] });
  });
});

describe("the control endpoint's token", () => {
  it("with --verify-signatures and no token, the control endpoint is off while signed AWS calls are served", async () => {
    const off = await fetch(`${signed.url}/_emulator/state`);
    expect(off.status).toBe(403);
    expect(((await off.json()) as { message: string }).message).toContain("--verify-signatures");
    expect((await fetch(`${signed.url}/_emulator/health`)).status).toBe(200);
    const client = new SecretsManagerClient({ endpoint: signed.url, region: "us-east-1", maxAttempts: 1, credentials: { accessKeyId: KEY, secretAccessKey: SECRET } });
    expect((await client.send(new ListSecretsCommand({}))).SecretList).toEqual([]);
    client.destroy();
  });

  it("once configured, is needed as Authorization: Bearer, and is enough", async () => {
    const without = await fetch(`${tokened.url}/_emulator/state`);
    expect(without.status).toBe(401);
    expect(without.headers.get("www-authenticate")).toMatch(/^Bearer /);
    const wrong = await fetch(`${tokened.url}/_emulator/reset`, { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer not-the-token-at-all" } });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${tokened.url}/_emulator/reset`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` } });
    expect(right.status).toBe(200);
    // The token is the control endpoint's: AWS calls do not need it.
    expect((await awsCall(tokened.url, "ListSecrets", {})).status).toBe(200);
  });
});
