// The control endpoint under /_emulator/: the clock, reset, and the whole state as JSON.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startServer, type EmulatorServer } from "../../src/server/server.ts";
import { awsCall } from "./server-process.ts";

const START = Date.UTC(2026, 0, 1);
let server: EmulatorServer;

beforeEach(async () => {
  server = await startServer({ now: () => START });
});

afterEach(async () => {
  await server.close();
});

async function control(method: string, route: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${server.url}/_emulator/${route}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe("the control endpoint", () => {
  it("reads the clock as epoch milliseconds and ISO 8601", async () => {
    const clock = await control("GET", "clock");
    expect(clock).toEqual({ status: 200, json: { now: START, iso: "2026-01-01T00:00:00.000Z" } });
  });

  it("advances the clock by a sum of units", async () => {
    const clock = await control("POST", "clock/advance", { days: 1, hours: 2, milliseconds: 5 });
    expect(clock.json["now"]).toBe(START + 86_400_000 + 7_200_000 + 5);
    expect((await control("GET", "clock")).json["now"]).toBe(START + 93_600_005);
  });

  it("sets the clock from an ISO 8601 time or from epoch milliseconds", async () => {
    expect((await control("POST", "clock/set", { now: "2027-03-04T05:06:07Z" })).json["now"]).toBe(Date.UTC(2027, 2, 4, 5, 6, 7));
    expect((await control("POST", "clock/set", { now: 1_000 })).json["iso"]).toBe("1970-01-01T00:00:01.000Z");
  });

  it("answers 400 and keeps the clock on a bad advance or set", async () => {
    expect((await control("POST", "clock/advance", { weeks: 1 })).status).toBe(400);
    expect((await control("POST", "clock/advance", { days: "1" })).status).toBe(400);
    expect((await control("POST", "clock/set", { now: "yesterday" })).status).toBe(400);
    expect((await control("POST", "clock/set", "{not json")).status).toBe(400);
    expect((await control("GET", "clock")).json["now"]).toBe(START);
  });

  it("answers 404 for a route it does not have, naming the page that lists the routes", async () => {
    const answer = await control("DELETE", "clock");
    expect(answer.status).toBe(404);
    expect(answer.json["error"]).toContain("DELETE /clock");
    expect(answer.json["error"]).toContain("docs/emulator.md");
  });

  it("exports the state with the secrets created over AWS JSON, and imports it back after a reset", async () => {
    await awsCall(server.url, "CreateSecret", { Name: "control/demo", SecretString: "v", ClientRequestToken: "00000000-0000-0000-0000-0000000000c1" });
    const exported = await control("GET", "state");
    expect(JSON.stringify(exported.json)).toContain("control/demo");

    expect((await control("POST", "reset")).status).toBe(200);
    expect((await awsCall(server.url, "DescribeSecret", { SecretId: "control/demo" })).json["__type"]).toBe("ResourceNotFoundException");

    expect((await control("PUT", "state", exported.json)).status).toBe(200);
    const read = await awsCall(server.url, "GetSecretValue", { SecretId: "control/demo" });
    expect(read.json["SecretString"]).toBe("v");
  });

  it("refuses to import something that is not a state and keeps the state it had", async () => {
    await awsCall(server.url, "CreateSecret", { Name: "kept", SecretString: "v", ClientRequestToken: "00000000-0000-0000-0000-0000000000c2" });
    const refused = await control("PUT", "state", ["not", "a", "state"]);
    expect(refused.status).toBe(400);
    expect((await awsCall(server.url, "DescribeSecret", { SecretId: "kept" })).status).toBe(200);
  });

  it("moves the clock that AWS calls see (CreatedDate follows clock/set)", async () => {
    await control("POST", "clock/set", { now: "2030-01-01T00:00:00Z" });
    await awsCall(server.url, "CreateSecret", { Name: "dated", SecretString: "v", ClientRequestToken: "00000000-0000-0000-0000-0000000000c3" });
    const described = await awsCall(server.url, "DescribeSecret", { SecretId: "dated" });
    expect(described.json["CreatedDate"]).toBe(Date.UTC(2030, 0, 1) / 1000);
  });
});
