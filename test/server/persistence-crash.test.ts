// --state-file across process deaths: a write the emulator acknowledged survives SIGKILL, and a
// state file that cannot be read stops the start without being overwritten.
import { CreateSecretCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { accountOfArn } from "../../src/core/model/arn.ts";
import { temporaryDirectory } from "../support/temp-directory.ts";
import { awsCall, buildCli, exited, runCli, startCli, type RunningCli } from "./server-process.ts";

let cli: string;
const started: RunningCli[] = [];
// Removed after the file's tests, when afterEach has stopped every process started from it.
const buildDirectory = temporaryDirectory("build");

beforeAll(() => {
  cli = buildCli(buildDirectory);
}, 120_000);

// Waits for the processes to be gone: each test's directory is removed right after this hook.
afterEach(async () => {
  const children = started.splice(0).map(({ child }) => child);
  for (const child of children) child.kill("SIGKILL");
  await Promise.all(children.map(exited));
});

async function start(stateFile: string): Promise<RunningCli> {
  const running = await startCli(cli, ["--port", "0", "--quiet", "--state-file", stateFile]);
  started.push(running);
  return running;
}

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

  it("refuses to start on a state file that is not JSON, exits non-zero and leaves the file as it was", async () => {
    const stateFile = stateFilePath();
    writeFileSync(stateFile, '{"version": 1, "accounts": ');
    const result = await runCli(cli, ["--port", "0", "--state-file", stateFile]);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain("is not valid JSON");
    expect(readFileSync(stateFile, "utf8")).toBe('{"version": 1, "accounts": ');
  });

  it("refuses to start on JSON that is not an emulator state and leaves the file as it was", async () => {
    const stateFile = stateFilePath();
    writeFileSync(stateFile, '["not", "a", "state"]');
    const result = await runCli(cli, ["--port", "0", "--state-file", stateFile]);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain("does not hold an emulator state");
    expect(readFileSync(stateFile, "utf8")).toBe('["not", "a", "state"]');
  });
});

describe("the command line", () => {
  it("exits with code 2 and the usage on an unknown option", async () => {
    const result = await runCli(cli, ["--no-such-option"]);
    expect(result.code).toBe(2);
    expect(result.output).toContain("--state-file PATH");
  });

  it("exits with code 1 and names the module when a --lambda module cannot be loaded", async () => {
    const arn = "arn:aws:lambda:us-east-1:000000000000:function:missing";
    const result = await runCli(cli, ["--port", "0", "--lambda", `${arn}=./no/such/module.mjs`]);
    expect(result.code).toBe(1);
    expect(result.output).toContain("Cannot load the Lambda module ./no/such/module.mjs");
  });

  it("exits with code 1 and names --python when the interpreter of a Python function cannot be started", async () => {
    const arn = "arn:aws:lambda:us-east-1:000000000000:function:python";
    const module = join(import.meta.dirname, "../fixtures/lambdas/raises.py");
    const result = await runCli(cli, ["--port", "0", "--python", "/no/such/python3", "--lambda", `${arn}=${module}`]);
    expect(result.code).toBe(1);
    expect(result.output).toContain(`The Python function ${arn} needs /no/such/python3, which could not be started`);
    expect(result.output).toContain("--python PATH");
  });

  it("keeps serving when the pipe its request log goes to is closed", async () => {
    const running = await startCli(cli, ["--port", "0"]);
    started.push(running);
    running.child.stdout?.destroy();
    for (let i = 0; i < 3; i++) {
      expect((await awsCall(running.url, "GetSecretValue", { SecretId: "nothing" })).status).toBe(400);
    }
    expect(running.child.exitCode).toBe(null);
  });

  it("with --verify-signatures refuses an unsigned call and serves one the SDK signed with a --credentials key, in its account", async () => {
    const running = await startCli(cli, ["--port", "0", "--quiet", "--verify-signatures", "--credentials", "AKIDCLI=cli-secret=123456789012"]);
    started.push(running);
    const unsigned = await awsCall(running.url, "ListSecrets", {});
    expect(unsigned.status).toBe(400);
    expect(unsigned.json["__type"]).toBe("MissingAuthenticationTokenException");
    const client = new SecretsManagerClient({ endpoint: running.url, region: "us-east-1", credentials: { accessKeyId: "AKIDCLI", secretAccessKey: "cli-secret" } });
    const created = await client.send(new CreateSecretCommand({ Name: "cli/signed", SecretString: "v" }));
    client.destroy();
    expect(accountOfArn(created.ARN ?? "")).toBe("123456789012");
    // The banner names the key, never its secret.
    expect(running.output()).toContain('credentials: { accessKeyId: "AKIDCLI", secretAccessKey: <the secret key of AKIDCLI, from --credentials> }');
    expect(running.output()).not.toContain("cli-secret");
  });

  it("prints how to point the AWS CLI and the JS SDK at the address it listens on", async () => {
    const running = await startCli(cli, ["--port", "0"]);
    started.push(running);
    expect(running.output()).toContain(`aws --endpoint-url ${running.url} secretsmanager create-secret`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(running.output()).toContain(`new SecretsManagerClient({ endpoint: "${running.url}"`);
  });
});
