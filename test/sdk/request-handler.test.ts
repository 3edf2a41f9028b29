// The smithy HttpHandler of the double: SDK requests become wire requests.
import { describe, expect, it } from "vitest";
import { Emulator } from "../../src/emulator/emulator.ts";
import { EmulatorRequestHandler } from "../../src/sdk/index.ts";
import { toWireRequest } from "../../src/sdk/request-handler.ts";

describe("EmulatorRequestHandler", () => {
  it("lower-cases header names, keeps the query, and reads a byte body as UTF-8", () => {
    const wire = toWireRequest({
      method: "POST",
      path: "/",
      query: { a: "1", b: ["x y", "z"], c: null },
      headers: { "X-Amz-Target": "secretsmanager.ListSecrets", "Content-Type": "application/x-amz-json-1.1" },
      body: new TextEncoder().encode('{"MaxResults":5}'),
    });
    expect(wire).toEqual({
      method: "POST",
      path: "/?a=1&b=x%20y&b=z&c",
      headers: { "x-amz-target": "secretsmanager.ListSecrets", "content-type": "application/x-amz-json-1.1" },
      body: '{"MaxResults":5}',
    });
  });

  it("answers with the emulator's status, headers and a byte body with its length", async () => {
    const handler = new EmulatorRequestHandler(new Emulator());
    const { response } = await handler.handle({ method: "POST", path: "/", headers: { "x-amz-target": "secretsmanager.Nope" }, body: "{}" });
    expect(response.statusCode).toBe(400);
    const text = new TextDecoder().decode(response.body);
    expect(JSON.parse(text).__type).toBe("UnknownOperationException");
    expect(response.headers["content-length"]).toBe(String(response.body.byteLength));
  });

  it("answers TagResource with Content-Length 0 and no body, as AWS does", async () => {
    const emulator = new Emulator();
    const call = (operation: string, body: unknown) =>
      new EmulatorRequestHandler(emulator).handle({
        method: "POST",
        path: "/",
        headers: { "x-amz-target": `secretsmanager.${operation}`, "content-type": "application/x-amz-json-1.1" },
        body: JSON.stringify(body),
      });
    await call("CreateSecret", { Name: "tagged" });
    const { response } = await call("TagResource", { SecretId: "tagged", Tags: [{ Key: "k", Value: "v" }] });
    expect([response.statusCode, response.headers["content-length"], response.body.byteLength]).toEqual([200, "0", 0]);
  });

  it("rejects a request whose abort signal has fired, as an SDK handler does", async () => {
    const handler = new EmulatorRequestHandler(new Emulator());
    const request = { method: "POST", path: "/", headers: { "x-amz-target": "secretsmanager.ListSecrets" }, body: "{}" };
    await expect(handler.handle(request, { abortSignal: { aborted: true } })).rejects.toMatchObject({ name: "AbortError" });
  });
});
