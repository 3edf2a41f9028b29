// The console's files and JSON API, over HTTP: the files come with a policy that keeps the page
// to this origin; lists and pages go through the model and never carry a value; a value is sent
// only when revealed, never cached; the request log and the history hold no value.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { parseCliArgs } from "../../../src/server/args.ts";
import { startServer, type EmulatorServer } from "../../../src/server/server.ts";
import { awsCall } from "../server-process.ts";

const START = Date.UTC(2026, 0, 1);
const VALUE = "hunter2-value-that-must-stay-hidden";
let server: EmulatorServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function started(options: Parameters<typeof startServer>[0] = {}): Promise<EmulatorServer> {
  server = await startServer({ now: () => START, ...options });
  return server;
}

async function api(method: string, route: string, body?: unknown): Promise<{ status: number; headers: Headers; text: string; json: Record<string, unknown> }> {
  const response = await fetch(`${server!.url}/_emulator/console/api/${route}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: JSON.parse(text) as Record<string, unknown> };
}

async function createSecret(name: string, extra: Record<string, unknown> = {}): Promise<string> {
  const created = await awsCall(server!.url, "CreateSecret", { Name: name, SecretString: VALUE, ClientRequestToken: randomUUID(), ...extra });
  expect(created.status).toBe(200);
  return created.json["ARN"] as string;
}

describe("the console's files", () => {
  it("serves the page with a policy that allows nothing from another origin and no framing", async () => {
    const { url } = await started();
    const response = await fetch(`${url}/_emulator/console`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(response.headers.get("content-security-policy")).toContain("connect-src 'self'");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await response.text()).toContain('<script type="module" src="/_emulator/console/app.js">');
    const script = await fetch(`${url}/_emulator/console/app.js`);
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
  });

  it("answers 404 for a name outside its folder and 405 for a write", async () => {
    const { url } = await started();
    for (const path of ["../package.json", "..%2Fpackage.json", "%2e%2e/package.json", "nothing.js", "app.ts"]) {
      expect((await fetch(`${url}/_emulator/console/${path}`)).status, path).toBe(404);
    }
    const write = await fetch(`${url}/_emulator/console/app.js`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(write.status).toBe(405);
  });
});

describe("the console's API", () => {
  it("lists secrets through ListSecrets with the user's filters and sort, without a value", async () => {
    await started();
    await createSecret("team-a/db", { Tags: [{ Key: "team", Value: "a" }] });
    await createSecret("team-b/db", { Tags: [{ Key: "team", Value: "b" }] });
    const request = { Filters: [{ Key: "tag-value", Values: ["b"] }], SortBy: "name", SortOrder: "desc" };
    const listed = await api("POST", "secrets", { accountId: "000000000000", region: "us-east-1", request });
    expect(listed.status).toBe(200);
    expect((listed.json["SecretList"] as { Name: string }[]).map((secret) => secret.Name)).toEqual(["team-b/db"]);
    expect(listed.text).not.toContain(VALUE);

    const all = await api("POST", "secrets", { accountId: "000000000000", region: "us-east-1", request: { SortBy: "name", SortOrder: "desc" } });
    expect((all.json["SecretList"] as { Name: string }[]).map((secret) => secret.Name)).toEqual(["team-b/db", "team-a/db"]);
  });

  it("answers the model's error for a filter AWS refuses, and a serialization error for a bad shape", async () => {
    await started();
    const badKey = await api("POST", "secrets", { accountId: "000000000000", region: "us-east-1", request: { Filters: [{ Key: "colour", Values: ["red"] }] } });
    expect(badKey.status).toBe(400);
    expect((badKey.json["error"] as { code: string }).code).toBe("ValidationException");
    const badShape = await api("POST", "secrets", { accountId: "000000000000", region: "us-east-1", request: { MaxResults: "ten" } });
    expect((badShape.json["error"] as { code: string }).code).toBe("SerializationException");
  });

  it("gives a secret's page (metadata, versions, timeline, requests) without a value", async () => {
    await started();
    const arn = await createSecret("app/db");
    await awsCall(server!.url, "GetSecretValue", { SecretId: "app/db" });
    const page = await api("GET", `secret?arn=${encodeURIComponent(arn)}`);
    expect(page.status).toBe(200);
    expect(page.text).not.toContain(VALUE);
    expect((page.json["describe"] as { Name: string }).Name).toBe("app/db");
    expect((page.json["versions"] as unknown[]).length).toBe(1);
    expect((page.json["timeline"] as { spans: { label: string }[] }).spans.map((span) => span.label)).toEqual(["AWSCURRENT"]);
    expect((page.json["requests"] as { operation: string }[]).map((request) => request.operation)).toEqual(["GetSecretValue", "CreateSecret"]);
  });

  it("reveals one version's value on request, answered with no-store, and records no access", async () => {
    await started();
    const arn = await createSecret("app/db");
    const versionId = ((await awsCall(server!.url, "DescribeSecret", { SecretId: arn })).json["VersionIdsToStages"] as Record<string, string[]>);
    const [id] = Object.keys(versionId);
    const revealed = await api("POST", "reveal", { arn, versionId: id });
    expect(revealed.status).toBe(200);
    expect(revealed.headers.get("cache-control")).toBe("no-store");
    expect(revealed.json["SecretString"]).toBe(VALUE);
    // Looking in the console is not an access by a client.
    expect((await awsCall(server!.url, "DescribeSecret", { SecretId: arn })).json["LastAccessedDate"]).toBeUndefined();
  });

  it("keeps no value in the request log", async () => {
    await started();
    await createSecret("app/db");
    await awsCall(server!.url, "PutSecretValue", { SecretId: "app/db", SecretString: `${VALUE}-2`, ClientRequestToken: randomUUID() });
    const log = await api("GET", "requests");
    expect((log.json["requests"] as { operation: string }[]).map((request) => request.operation)).toEqual(["PutSecretValue", "CreateSecret"]);
    expect(log.text).not.toContain(VALUE);
  });

  it("shows a purged secret's history once the clock has passed its recovery window", async () => {
    const { url } = await started();
    const arn = await createSecret("old/token");
    await awsCall(url, "DeleteSecret", { SecretId: arn, RecoveryWindowInDays: 7 });
    await fetch(`${url}/_emulator/clock/advance`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"days":8}' });
    const overview = await api("GET", "overview");
    expect(overview.json["gone"]).toEqual([{ arn, name: "old/token", accountId: "000000000000", region: "us-east-1", at: START + 7 * 86_400_000, kind: "purged" }]);
    const page = await api("GET", `secret?arn=${encodeURIComponent(arn)}`);
    expect(page.status).toBe(200);
    expect((page.json["describeError"] as { code: string }).code).toBe("ResourceNotFoundException");
    expect((page.json["timeline"] as { gone: string }).gone).toBe("purged");
  });

  it("keeps at most --history-limit events and requests", async () => {
    await started({ historyLimit: 3 });
    await createSecret("one");
    await createSecret("two");
    const overview = await api("GET", "overview");
    expect(overview.json["history"]).toEqual({ limit: 3, kept: 3 });
    expect(((await api("GET", "requests")).json["requests"] as unknown[]).length).toBe(2);
    await createSecret("three");
    await createSecret("four");
    expect(((await api("GET", "requests")).json["requests"] as unknown[]).length).toBe(3);
  });
});

describe("the --history-limit option", () => {
  it("takes a whole number of events, 10,000 by default", () => {
    expect(parseCliArgs([])).toMatchObject({ ok: true, options: { historyLimit: 10_000 } });
    expect(parseCliArgs(["--history-limit", "0"])).toMatchObject({ ok: true, options: { historyLimit: 0 } });
    expect(parseCliArgs(["--history-limit", "-1"])).toMatchObject({ ok: false, error: expect.stringContaining("--history-limit") });
    expect(parseCliArgs(["--history-limit", "many"])).toMatchObject({ ok: false });
  });
});
