// The HTTP server driven with plain fetch and raw sockets: AWS JSON 1.1 on POST /, one log line
// per request, and bad input answered without stopping the server.
import { connect } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startServer, type EmulatorServer } from "../../src/server/server.ts";
import { awsCall } from "./server-process.ts";

let server: EmulatorServer;
let lines: string[];

beforeEach(async () => {
  lines = [];
  server = await startServer({ log: (line) => lines.push(line) });
});

afterEach(async () => {
  await server.close();
});

const TOKEN = "00000000-0000-0000-0000-0000000000b1";

async function stillServing(): Promise<void> {
  const health = await fetch(`${server.url}/_emulator/health`);
  expect(health.status).toBe(200);
}

function rawExchange(bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, "127.0.0.1", () => socket.end(bytes));
    let reply = "";
    socket.on("data", (chunk) => (reply += chunk.toString()));
    socket.on("close", () => resolve(reply));
    socket.on("error", reject);
  });
}

describe("the HTTP server", () => {
  it("answers CreateSecret and GetSecretValue over AWS JSON 1.1 with HTTP 200", async () => {
    const created = await awsCall(server.url, "CreateSecret", { Name: "http/demo", SecretString: "s3cret", ClientRequestToken: TOKEN });
    expect(created.status).toBe(200);
    expect(created.json["Name"]).toBe("http/demo");
    const read = await awsCall(server.url, "GetSecretValue", { SecretId: "http/demo" });
    expect(read).toMatchObject({ status: 200, json: { SecretString: "s3cret", VersionId: TOKEN, VersionStages: ["AWSCURRENT"] } });
  });

  it("answers an unknown secret with HTTP 400 and ResourceNotFoundException", async () => {
    const answer = await awsCall(server.url, "GetSecretValue", { SecretId: "nope" });
    expect(answer).toMatchObject({ status: 400, json: { __type: "ResourceNotFoundException" } });
  });

  it("logs one line per request with the operation, the secret, the result and the time, never the value", async () => {
    await awsCall(server.url, "CreateSecret", { Name: "logged", SecretString: "hunter2-value", ClientRequestToken: TOKEN });
    await awsCall(server.url, "PutSecretValue", { SecretId: "logged", SecretBinary: "aHVudGVyMg==", ClientRequestToken: TOKEN.replace("b1", "b2") });
    await awsCall(server.url, "GetSecretValue", { SecretId: "missing" });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^CreateSecret logged OK \d+\.\dms$/);
    expect(lines[1]).toMatch(/^PutSecretValue logged OK \d+\.\dms$/);
    expect(lines[2]).toMatch(/^GetSecretValue missing ResourceNotFoundException \d+\.\dms$/);
    expect(lines.join("\n")).not.toMatch(/hunter2|aHVudGVyMg/);
  });

  it("quotes a secret name with spaces or line breaks in its log line, so a name cannot forge a line", async () => {
    await awsCall(server.url, "DescribeSecret", { SecretId: "a b\nGetSecretValue x OK 1.0ms" });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^DescribeSecret "a b\\nGetSecretValue x OK 1\.0ms" ValidationException \d+\.\dms$/);
  });

  it("answers a body that is not JSON with HTTP 400 and keeps serving", async () => {
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": "secretsmanager.GetSecretValue" },
      body: "{not json",
    });
    expect(response.status).toBe(400);
    await stillServing();
  });

  it("answers an unknown X-Amz-Target with HTTP 400 and keeps serving", async () => {
    expect((await awsCall(server.url, "MakeCoffee", {})).status).toBe(400);
    expect(lines[0]).toMatch(/^MakeCoffee - UnknownOperationException \d+\.\dms$/);
    await stillServing();
  });

  it("refuses a body over 1 MiB with HTTP 413 and keeps serving", async () => {
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": "secretsmanager.CreateSecret" },
      body: JSON.stringify({ Name: "big", SecretString: "x".repeat(1024 * 1024 + 1) }),
    });
    expect(response.status).toBe(413);
    await stillServing();
  });

  it("answers bytes that are not HTTP with 400 Bad Request and keeps serving", async () => {
    expect(await rawExchange("HELLO THERE\r\n\r\n")).toMatch(/^HTTP\/1\.1 400/);
    await stillServing();
  });

  it("answers a request cut off in the middle of its body without stopping", async () => {
    await rawExchange(`POST / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Length: 100\r\nX-Amz-Target: secretsmanager.CreateSecret\r\n\r\n{"Na`);
    await stillServing();
  });

  it("serves many requests on one keep-alive connection", async () => {
    const replies = await rawExchange(
      ["a", "b", "c"]
        .map((name) => {
          const body = JSON.stringify({ SecretId: name });
          return `POST / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Type: application/x-amz-json-1.1\r\nX-Amz-Target: secretsmanager.DescribeSecret\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
        })
        .join(""),
    );
    expect(replies.match(/HTTP\/1\.1 400/g)).toHaveLength(3);
  });

  it("answers concurrent writes to one secret one after another, each acknowledged once", async () => {
    await awsCall(server.url, "CreateSecret", { Name: "busy", SecretString: "0", ClientRequestToken: TOKEN });
    const tokens = Array.from({ length: 20 }, (_, i) => `00000000-0000-0000-0000-${(0x100 + i).toString(16).padStart(12, "0")}`);
    const answers = await Promise.all(tokens.map((token, i) => awsCall(server.url, "PutSecretValue", { SecretId: "busy", SecretString: `${i}`, ClientRequestToken: token })));
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    const versions = await awsCall(server.url, "ListSecretVersionIds", { SecretId: "busy", IncludeDeprecated: true });
    expect((versions.json["Versions"] as unknown[]).length).toBe(21);
  });
});
