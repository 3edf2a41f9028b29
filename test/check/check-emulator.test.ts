// The check against the project's own emulator: the same core on both sides, so
// every answer must compare equal once the ids that legitimately differ (ARN
// suffixes, dates, request ids) are mapped.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type EmulatorServer } from "../../src/server/server.ts";
import { check } from "./support.ts";

let server: EmulatorServer;

beforeAll(async () => {
  server = await startServer({ host: "127.0.0.1", port: 0 });
});

afterAll(async () => {
  await server.close();
});

function secretsLeft(): number {
  let count = 0;
  for (const region of ["us-east-1", "us-west-2", "eu-west-1"]) {
    const listed = server.emulator.call("000000000000", region, "ListSecrets", { IncludePlannedDeletion: true });
    count += (listed.response as { SecretList: unknown[] }).SecretList.length;
  }
  return count;
}

describe("check against the emulator", () => {
  it("finds no difference in 250 sequences over the whole API, the clock included, and leaves no secret behind", async () => {
    const report = await check(server.url, ["--runs", "250", "--length", "10", "--seed", "20261205"]);
    expect(report.differences.map((difference) => difference.signature)).toEqual([]);
    expect(report.runs).toBe(250);
    expect(report.clock).toBe(true);
    expect(report.calls).toBeGreaterThan(1000);
    expect(report.cleanup.failed).toEqual([]);
    expect(report.cleanup.deleted).toBeGreaterThan(250);
    expect(secretsLeft()).toBe(0);
  });
});
