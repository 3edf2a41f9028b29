// The shared SDK scenarios, run by the official @aws-sdk/client-secrets-manager against the
// started server over loopback (the same scenarios run against the in-process double).
import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type EmulatorServer } from "../../src/server/server.ts";
import { sdkScenarios } from "../support/sdk-scenarios.ts";

let server: EmulatorServer;
let client: SecretsManagerClient;
const lines: string[] = [];

beforeAll(async () => {
  server = await startServer({ region: "eu-west-1", log: (line) => lines.push(line) });
  client = new SecretsManagerClient({
    endpoint: server.url,
    region: "eu-west-1",
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
  });
});

afterAll(async () => {
  client.destroy();
  await server.close();
});

describe("the official SDK against the HTTP server", () => {
  for (const scenario of sdkScenarios) it(scenario.name, () => scenario.run(client));

  it("sends every call as an AWS JSON 1.1 request the server logs by operation name", () => {
    expect(lines.length).toBeGreaterThanOrEqual(sdkScenarios.length);
    expect(lines.filter((line) => !/^[A-Z][A-Za-z]+ (\S+|"[^"]*") [A-Za-z]+ \d+\.\dms$/.test(line))).toEqual([]);
  });
});
