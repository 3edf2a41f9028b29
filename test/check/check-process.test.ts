// `secrets-manager-semantics check` as a process: what it refuses, and Ctrl+C, after
// which it removes every secret it created before it exits.
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type EmulatorServer } from "../../src/server/server.ts";
import { useBuiltCli } from "../server/built-cli.ts";
import { exited } from "../server/server-process.ts";

const cli = useBuiltCli();
let server: EmulatorServer;
let requests = 0;

beforeAll(async () => {
  server = await startServer({ log: () => (requests += 1) });
});

afterAll(async () => {
  await server.close();
});

function secretsNamed(prefix: string): number {
  let count = 0;
  for (const region of ["us-east-1", "us-west-2", "eu-west-1"]) {
    const listed = server.emulator.call("000000000000", region, "ListSecrets", {
      IncludePlannedDeletion: true,
      Filters: [{ Key: "name", Values: [prefix] }],
    });
    count += (listed.response as { SecretList: unknown[] }).SecretList.length;
  }
  return count;
}

describe("the check command", () => {
  it("refuses an endpoint off this machine with status 2, saying it creates and deletes secrets", async () => {
    const { code, output } = await cli.run(["check", "--endpoint", "https://secretsmanager.eu-west-1.amazonaws.com"]);
    expect(code).toBe(2);
    expect(output).toMatch(/creates secrets there .* deletes them with ForceDeleteWithoutRecovery .* --allow-remote/);
  });

  it("stops on Ctrl+C, removes every secret it created and exits with status 130", async () => {
    const child = spawn(process.execPath, [cli.path(), "check", "--endpoint", server.url, "--runs", "100000", "--seed", "3", "--prefix", "sigint-check"], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, AWS_ACCESS_KEY_ID: "test", AWS_SECRET_ACCESS_KEY: "test" },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const before = requests;
    while (requests < before + 60 && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill("SIGINT");
    expect(await exited(child)).toBe(130);
    expect(output).toContain("Stopping after the current call; removing the secrets created");
    expect(Number(/Cleanup: (\d+) force deletions under sigint-check-\*\./.exec(output)?.[1])).toBeGreaterThan(0);
    expect(secretsNamed("sigint-check")).toBe(0);
  });
});
