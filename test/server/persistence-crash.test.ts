// --state-file across process deaths: a write the emulator acknowledged survives SIGKILL, and a
// state file that cannot be read stops the start without being overwritten.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { temporaryDirectory } from "../support/temp-directory.ts";
import { useBuiltCli } from "./built-cli.ts";
import { awsCall, exited, type RunningCli } from "./server-process.ts";

const cli = useBuiltCli();

const start = (stateFile: string): Promise<RunningCli> => cli.start(["--quiet", "--state-file", stateFile]);

function stateFilePath(): string {
  return join(temporaryDirectory("state"), "state.json");
}

describe("the emulator with --state-file", () => {
  it("keeps a PutSecretValue acknowledged just before the process was killed with SIGKILL", async () => {
    const stateFile = stateFilePath();
    const first = await start(stateFile);
    const created = await awsCall(first.url, "CreateSecret", {
      Name: "crash/demo",
      SecretString: "v1",
      ClientRequestToken: "00000000-0000-0000-0000-000000000001",
    });
    expect(created.status).toBe(200);
    const put = await awsCall(first.url, "PutSecretValue", {
      SecretId: "crash/demo",
      SecretString: "v2",
      ClientRequestToken: "00000000-0000-0000-0000-000000000002",
    });
    expect(put.status).toBe(200);
    first.child.kill("SIGKILL");
    await exited(first.child);

    const second = await start(stateFile);
    const read = await awsCall(second.url, "GetSecretValue", { SecretId: "crash/demo" });
    expect(read.status).toBe(200);
    expect(read.json["SecretString"]).toBe("v2");
    expect(read.json["VersionId"]).toBe("00000000-0000-0000-0000-000000000002");
  });

  it.each(["SIGTERM", "SIGINT"] as const)("saves the state on %s and stops with exit code 0", async (signal) => {
    const stateFile = stateFilePath();
    const running = await start(stateFile);
    await awsCall(running.url, "CreateSecret", { Name: `stopped/${signal}`, SecretString: "x", ClientRequestToken: "00000000-0000-0000-0000-000000000003" });
    running.child.kill(signal);
    expect(await exited(running.child)).toBe(0);
    expect(readFileSync(stateFile, "utf8")).toContain(`stopped/${signal}`);
  });

  it.each([
    ["not JSON", '{"version": 1, "accounts": ', "is not valid JSON"],
    ["JSON that is not an emulator state", '["not", "a", "state"]', "does not hold an emulator state"],
  ])("refuses to start on a state file holding %s, exits with code 1 and leaves the file as it was", async (_kind, text, message) => {
    const stateFile = stateFilePath();
    writeFileSync(stateFile, text);
    const result = await cli.run(["--port", "0", "--state-file", stateFile]);
    expect(result.code).toBe(1);
    expect(result.output).toContain(message);
    expect(readFileSync(stateFile, "utf8")).toBe(text);
  });
});
