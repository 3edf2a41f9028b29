// Local rotation Lambdas: a module's exported handler is called as Lambda calls it, in a process
// of its own.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { lambdaKeys, LocalLambdaError, LocalLambdas } from "../../src/server/local-lambdas.ts";
import { processEnds, processGone } from "../support/processes.ts";
import { temporaryDirectory } from "../support/temp-directory.ts";

const ARN = "arn:aws:lambda:eu-west-1:123456789012:function:rotator";
// Removed after this file's tests.
const directory = temporaryDirectory("lambda");

function module(name: string, source: string): string {
  const path = join(directory, name);
  writeFileSync(path, source);
  return path;
}

const environment = () => ({ AWS_ENDPOINT_URL: "http://127.0.0.1:1" });

// Each test waits mostly on processes of its own: they run at once.
describe.concurrent("local rotation Lambdas", () => {
  it("call the exported handler with the event and a Lambda context, and return its result", async ({ expect }) => {
    const path = module("echo.mjs", "export const handler = async (event, context) => ({ event, arn: context.invokedFunctionArn, name: context.functionName, left: context.getRemainingTimeInMillis() > 0 });");
    const lambdas = await LocalLambdas.load(new Map([[ARN, path]]), environment);
    const event = { Step: "createSecret", SecretId: "arn:s", ClientRequestToken: "t" };
    expect(await lambdas.invoke(ARN, event)).toEqual({ event, arn: ARN, name: "rotator", left: true });
    expect(lambdas.arns).toEqual([ARN]);
  });

  it("give the function, in a process of its own, AWS_ENDPOINT_URL, its region and its name, and leave the emulator's environment as it was", async ({ expect }) => {
    const given = ["AWS_ENDPOINT_URL", "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_LAMBDA_FUNCTION_NAME"];
    const before = given.map((name) => process.env[name]);
    const path = module(
      "env.mjs",
      "const { AWS_ENDPOINT_URL, AWS_REGION, AWS_DEFAULT_REGION, AWS_LAMBDA_FUNCTION_NAME } = process.env;\n" +
        "export const handler = async () => ({ pid: process.pid, AWS_ENDPOINT_URL, AWS_REGION, AWS_DEFAULT_REGION, AWS_LAMBDA_FUNCTION_NAME });",
    );
    const lambdas = await LocalLambdas.load(new Map([[ARN, path]]), environment);
    const seen = (await lambdas.invoke(ARN, { Step: "testSecret", SecretId: "s", ClientRequestToken: "t" })) as Record<string, unknown>;
    expect(seen).toMatchObject({ AWS_ENDPOINT_URL: "http://127.0.0.1:1", AWS_REGION: "eu-west-1", AWS_DEFAULT_REGION: "eu-west-1", AWS_LAMBDA_FUNCTION_NAME: "rotator" });
    expect(seen["pid"]).not.toBe(process.pid);
    expect(given.map((name) => process.env[name])).toEqual(before);
  });

  it("keep the emulator's own secrets (its keys, its control token) and an inherited session token out of the function's environment", async ({ expect }) => {
    const names = ["SECRETS_MANAGER_EMULATOR_CREDENTIALS", "SECRETS_MANAGER_EMULATOR_CONTROL_TOKEN", "AWS_SESSION_TOKEN"];
    const path = module("secrets.mjs", `export const handler = async () => ${JSON.stringify(names)}.filter((name) => name in process.env);`);
    const lambdas = await LocalLambdas.load(new Map([[ARN, path]]), environment);
    const saved = names.map((name) => process.env[name]);
    for (const name of names) process.env[name] = "secret";
    try {
      expect(await lambdas.invoke(ARN, { Step: "testSecret", SecretId: "s", ClientRequestToken: "t" })).toEqual([]);
    } finally {
      names.forEach((name, i) => (saved[i] === undefined ? delete process.env[name] : (process.env[name] = saved[i])));
    }
  });

  it("support handlers that answer through a callback", async ({ expect }) => {
    const path = module("callback.cjs", "exports.handler = (event, context, callback) => { setTimeout(() => callback(null, event.Step), 1); };");
    const lambdas = await LocalLambdas.load(new Map([[ARN, path]]), environment);
    expect(await lambdas.invoke(ARN, { Step: "setSecret", SecretId: "s", ClientRequestToken: "t" })).toBe("setSecret");
  });

  it("reject with what the handler threw", async ({ expect }) => {
    const path = module("throws.mjs", 'export const handler = async () => { throw new Error("Secret version t has no stage for rotation"); };');
    const lambdas = await LocalLambdas.load(new Map([[ARN, path]]), environment);
    await expect(lambdas.invoke(ARN, { Step: "createSecret", SecretId: "s", ClientRequestToken: "t" })).rejects.toThrow("has no stage for rotation");
  });

  it("refuse at load a module that cannot be imported or exports no handler", async ({ expect }) => {
    await expect(LocalLambdas.load(new Map([[ARN, join(directory, "missing.mjs")]]), environment)).rejects.toThrow(LocalLambdaError);
    const path = module("nohandler.mjs", "export const main = () => 1;");
    await expect(LocalLambdas.load(new Map([[ARN, path]]), environment)).rejects.toThrow("does not export a function named handler");
  });

  it("refuse at load a module that exits or hangs while it loads, without stopping the caller", async ({ expect }) => {
    const exits = module("exits-at-load.mjs", "process.exit(4);\nexport const handler = () => 1;");
    await expect(LocalLambdas.load(new Map([[ARN, exits]]), environment)).rejects.toThrow(
      `Cannot load the Lambda module ${exits} for ${ARN}: Runtime.ExitError: Runtime exited with error: exit status 4`,
    );
    const hangs = module("hangs-at-load.mjs", "await new Promise(() => setInterval(() => undefined, 1000));\nexport const handler = () => 1;");
    await expect(LocalLambdas.load(new Map([[ARN, hangs]]), environment, { initTimeoutSeconds: 0.5 })).rejects.toThrow(
      "Sandbox.Timedout: Task timed out after 0.50 seconds",
    );
  });

  it("refuse to invoke an ARN that no module is mapped to", async ({ expect }) => {
    const lambdas = await LocalLambdas.load(new Map(), environment);
    expect(lambdas.has(ARN)).toBe(false);
    await expect(lambdas.invoke(ARN, { Step: "createSecret", SecretId: "s", ClientRequestToken: "t" })).rejects.toThrow(LocalLambdaError);
  });
});

describe.concurrent("a local rotation function that misbehaves fails its own call, and nothing else", () => {
  const hostile = ["exits", "throws-async", "rejects-unhandled", "hangs", "spins", "ignores-sigterm", "background-child", "logs"];
  const arn = (name: string) => `arn:aws:lambda:eu-west-1:123456789012:function:${name}`;
  const event = { Step: "createSecret", SecretId: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf", ClientRequestToken: "t" };
  const lines: string[] = [];
  let lambdas: LocalLambdas;

  beforeAll(async () => {
    const modules = new Map(hostile.map((name) => [arn(name), join(import.meta.dirname, "../fixtures/lambdas", `${name}.mjs`)]));
    lambdas = await LocalLambdas.load(modules, environment, { timeoutSeconds: 0.5, log: (line) => lines.push(line) });
  });

  async function failure(name: string): Promise<string> {
    const error = await lambdas.invoke(arn(name), event).then(
      () => undefined,
      (thrown: unknown) => thrown as Error,
    );
    return `${error?.name}: ${error?.message}`;
  }

  it("process.exit fails the call with Lambda's Runtime.ExitError and the exit status", async ({ expect }) => {
    expect(await failure("exits")).toBe("Runtime.ExitError: Runtime exited with error: exit status 3");
  });

  it("an error thrown outside the handler's promise fails the call with that error", async ({ expect }) => {
    expect(await failure("throws-async")).toBe("Error: connection reset outside the handler's promise");
  });

  it("a rejection nobody handles fails the call with Lambda's Runtime.UnhandledPromiseRejection", async ({ expect }) => {
    expect(await failure("rejects-unhandled")).toBe("Runtime.UnhandledPromiseRejection: nobody waits for this promise");
  });

  it("a handler that never answers fails with Lambda's Sandbox.Timedout at the timeout, and its process is gone", async ({ expect }) => {
    expect(await failure("hangs")).toBe("Sandbox.Timedout: Task timed out after 0.50 seconds");
    const pid = Number(/lambda hangs createSecret: waiting forever in process (\d+)/.exec(lines.join("\n"))?.[1]);
    expect(processGone(pid)).toBe(true);
  });

  it("a handler that keeps the CPU busy is stopped at the timeout while the caller's event loop keeps turning", async ({ expect }) => {
    let ticks = 0;
    const ticking = setInterval(() => (ticks += 1), 10);
    try {
      expect(await failure("spins")).toBe("Sandbox.Timedout: Task timed out after 0.50 seconds");
    } finally {
      clearInterval(ticking);
    }
    expect(ticks).toBeGreaterThan(0);
  });

  it("a handler that ignores SIGTERM is killed after the grace", async ({ expect }) => {
    expect(await failure("ignores-sigterm")).toBe("Sandbox.Timedout: Task timed out after 0.50 seconds");
  });

  it("a process the function started and left running ends with the call", async ({ expect }) => {
    const pid = (await lambdas.invoke(arn("background-child"), event)) as number;
    expect(typeof pid).toBe("number");
    expect(await processEnds(pid, 1000)).toBe(true);
  });

  it("each line the function writes on stdout and stderr reaches the log, prefixed with the function's name and the step", async ({ expect }) => {
    expect(await lambdas.invoke(arn("logs"), event)).toBe("logged");
    expect(lines.filter((line) => line.startsWith("lambda logs ")).sort()).toEqual([
      "lambda logs createSecret: createSecret: first line",
      "lambda logs createSecret: no newline at the end",
      "lambda logs createSecret: second line",
      "lambda logs createSecret: to stderr",
    ]);
  });
});

describe("the key a local rotation function calls back with", () => {
  const event = (account: string) => ({ Step: "createSecret", SecretId: `arn:aws:secretsmanager:us-east-1:${account}:secret:db-AbCdEf`, ClientRequestToken: "t" });
  const keys = lambdaKeys(
    new Map([
      ["AKIDDEFAULT", { secretAccessKey: "default-secret" }],
      ["AKIDOTHER", { secretAccessKey: "other-secret", accountId: "111122223333" }],
    ]),
    "000000000000",
  );

  it("is a configured key of the secret's account, as an execution role of that account would be", () => {
    expect(keys(event("111122223333"))).toEqual({ accessKeyId: "AKIDOTHER", secretAccessKey: "other-secret" });
    expect(keys(event("000000000000"))).toEqual({ accessKeyId: "AKIDDEFAULT", secretAccessKey: "default-secret" });
  });

  it("is the key of the environment at start, or test, when no configured key belongs to the account", () => {
    const inherited = process.env["AWS_ACCESS_KEY_ID"] !== undefined && process.env["AWS_SECRET_ACCESS_KEY"] !== undefined;
    const key = keys(event("444455556666"));
    expect(key.accessKeyId).toBe(inherited ? process.env["AWS_ACCESS_KEY_ID"] : "test");
    expect(lambdaKeys(new Map(), "000000000000")(event("000000000000"))).toEqual(key);
  });
});
