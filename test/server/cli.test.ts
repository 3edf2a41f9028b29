// The command line as users run it: `npm start` (npm, a shell, then node) stops on SIGTERM and on
// Ctrl+C with its port freed, the first word of the command line names the command, and a start
// that cannot succeed says why.
import { CreateSecretCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { accountOfArn } from "../../src/core/model/arn.ts";
import { useBuiltCli } from "./built-cli.ts";
import { awsCall } from "./server-process.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const cli = useBuiltCli();
const running: ChildProcess[] = [];

beforeAll(() => {
  // The project's own start script, run by npm in the build directory.
  const { scripts } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: { start: string } };
  writeFileSync(join(dirname(cli.path()), "..", "package.json"), JSON.stringify({ name: "cli-under-test", type: "module", scripts: { start: scripts.start } }));
});

afterEach(() => {
  for (const child of running.splice(0)) {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
});

/** `npm start -- ARGS` in its own process group, as a terminal runs it; resolves once it listens. */
function npmStart(args: readonly string[]): Promise<{ npm: ChildProcess; url: string; port: number; output: () => string }> {
  const npm = spawn(process.platform === "win32" ? "npm.cmd" : "npm", ["start", "--", ...args], {
    cwd: join(dirname(cli.path()), ".."),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.push(npm);
  let output = "";
  return new Promise((resolvePromise, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:(\d+))/.exec(output);
      if (match) resolvePromise({ npm, url: match[1]!, port: Number(match[2]), output: () => output });
    };
    npm.stdout?.on("data", onData);
    npm.stderr?.on("data", onData);
    npm.on("exit", (code) => reject(new Error(`npm start exited (${code}) before listening:\n${output}`)));
  });
}

/** True once npm and every process sharing its output (the shell, node) have ended; false after `ms`. */
function allEndedWithin(npm: ChildProcess, ms: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const timer = setTimeout(() => resolvePromise(false), ms);
    npm.once("close", () => {
      clearTimeout(timer);
      resolvePromise(true);
    });
  });
}

/** True once something can listen on the port again; false after `ms`. */
async function portFreedWithin(port: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const free = await new Promise<boolean>((resolvePromise) => {
      const probe = createServer();
      probe.once("error", () => resolvePromise(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolvePromise(true)));
    });
    if (free) return true;
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 50));
  }
  return false;
}

describe("npm start", () => {
  it("stops on SIGTERM sent to npm, and frees its port", async () => {
    const started = await npmStart(["--port", "0", "--quiet"]);
    expect((await awsCall(started.url, "ListSecrets", {})).status).toBe(200);
    started.npm.kill("SIGTERM");
    expect(await allEndedWithin(started.npm, 10_000)).toBe(true);
    expect(await portFreedWithin(started.port, 1000)).toBe(true);
  });

  it("stops on Ctrl+C (SIGINT to the terminal's process group), and frees its port", async () => {
    const started = await npmStart(["--port", "0", "--quiet"]);
    process.kill(-started.npm.pid!, "SIGINT");
    expect(await allEndedWithin(started.npm, 10_000)).toBe(true);
    expect(await portFreedWithin(started.port, 1000)).toBe(true);
    // node hears the SIGINT itself; the shell npm started dies of it at the same moment.
    expect(started.output(), started.output()).toMatch(/(SIGINT|the npm script ended): stopping/);
  });
});

describe("the commands of the command line", () => {
  it("serve, the first word, starts the emulator as no word does", async () => {
    const served = await cli.start(["serve", "--quiet"]);
    expect((await awsCall(served.url, "ListSecrets", {})).json).toEqual({ SecretList: [] });
  });

  it("an unknown command exits with code 2 and names the commands", async () => {
    const result = await cli.run(["nonsense"]);
    expect(result.code).toBe(2);
    expect(result.output).toContain("Unknown command 'nonsense'. Commands: serve (the default), check;");
  });
});

describe("the start of the emulator", () => {
  it("exits with code 2 and the usage on an unknown option", async () => {
    const result = await cli.run(["--no-such-option"]);
    expect(result.code).toBe(2);
    expect(result.output).toContain("--state-file PATH");
  });

  it("exits with code 1 and names the module when a --lambda module cannot be loaded", async () => {
    const arn = "arn:aws:lambda:us-east-1:000000000000:function:missing";
    const result = await cli.run(["--port", "0", "--lambda", `${arn}=./no/such/module.mjs`]);
    expect(result.code).toBe(1);
    expect(result.output).toContain("Cannot load the Lambda module ./no/such/module.mjs");
  });

  it("exits with code 1 and names --python when the interpreter of a Python function cannot be started", async () => {
    const arn = "arn:aws:lambda:us-east-1:000000000000:function:python";
    const module = join(import.meta.dirname, "../fixtures/lambdas/raises.py");
    const result = await cli.run(["--port", "0", "--python", "/no/such/python3", "--lambda", `${arn}=${module}`]);
    expect(result.code).toBe(1);
    expect(result.output).toContain(`The Python function ${arn} needs /no/such/python3, which could not be started`);
    expect(result.output).toContain("--python PATH");
  });

  it("keeps serving when the pipe its request log goes to is closed", async () => {
    const running = await cli.start([]);
    running.child.stdout?.destroy();
    for (let i = 0; i < 3; i++) {
      expect((await awsCall(running.url, "GetSecretValue", { SecretId: "nothing" })).status).toBe(400);
    }
    expect(running.child.exitCode).toBe(null);
  });

  it("with --verify-signatures refuses an unsigned call and serves one the SDK signed with a --credentials key, in its account", async () => {
    const running = await cli.start(["--quiet", "--verify-signatures", "--credentials", "AKIDCLI=cli-secret=123456789012"]);
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
    const running = await cli.start([]);
    expect(running.output()).toContain(`aws --endpoint-url ${running.url} secretsmanager create-secret`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(running.output()).toContain(`new SecretsManagerClient({ endpoint: "${running.url}"`);
  });
});
