// Local rotation Lambdas in JavaScript: a module's exported handler is called as Lambda calls it,
// in a process of its own that stays warm between calls, as Lambda reuses an execution environment.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { lambdaKeys } from "../../src/server/lambda-environment.ts";
import { LocalLambdaError, LocalLambdas } from "../../src/server/local-lambdas.ts";
import { processEnds, processGone } from "../support/processes.ts";
import { temporaryDirectory } from "../support/temp-directory.ts";
import { ARN, event, FIXTURES, GENEROUS, loaderFor, misbehavingFunctions } from "./local-lambda-harness.ts";

// Removed after this file's tests.
const directory = temporaryDirectory("lambda");

function module(name: string, source: string): string {
  const path = join(directory, name);
  writeFileSync(path, source);
  return path;
}

const environment = () => ({ AWS_ENDPOINT_URL: "http://127.0.0.1:1" });
const loaded = loaderFor(environment);

// Each test waits mostly on processes of its own: they run at once.
describe.concurrent("local rotation Lambdas", () => {
  it("call the exported handler with the event and a Lambda context, and return its result", async ({ expect, onTestFinished }) => {
    const path = module("echo.mjs", "export const handler = async (event, context) => ({ event, arn: context.invokedFunctionArn, name: context.functionName, left: context.getRemainingTimeInMillis() > 0 });");
    const lambdas = await loaded(onTestFinished, path);
    expect(await lambdas.invoke(ARN, event)).toEqual({ event, arn: ARN, name: "rotator", left: true });
    expect(lambdas.arns).toEqual([ARN]);
  });

  it("give the function, in a process of its own, AWS_ENDPOINT_URL, its region and its name, and leave the emulator's environment as it was", async ({ expect, onTestFinished }) => {
    const given = ["AWS_ENDPOINT_URL", "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_LAMBDA_FUNCTION_NAME", "LAMBDA_TASK_ROOT"];
    const before = given.map((name) => process.env[name]);
    const path = module(
      "env.mjs",
      "const { AWS_ENDPOINT_URL, AWS_REGION, AWS_DEFAULT_REGION, AWS_LAMBDA_FUNCTION_NAME, LAMBDA_TASK_ROOT } = process.env;\n" +
        "export const handler = async () => ({ pid: process.pid, AWS_ENDPOINT_URL, AWS_REGION, AWS_DEFAULT_REGION, AWS_LAMBDA_FUNCTION_NAME, LAMBDA_TASK_ROOT });",
    );
    const lambdas = await loaded(onTestFinished, path);
    const seen = (await lambdas.invoke(ARN, { ...event, Step: "testSecret" })) as Record<string, unknown>;
    expect(seen).toMatchObject({
      AWS_ENDPOINT_URL: "http://127.0.0.1:1",
      AWS_REGION: "eu-west-1",
      AWS_DEFAULT_REGION: "eu-west-1",
      AWS_LAMBDA_FUNCTION_NAME: "rotator",
      LAMBDA_TASK_ROOT: directory,
    });
    expect(seen["pid"]).not.toBe(process.pid);
    expect(given.map((name) => process.env[name])).toEqual(before);
  });

  it("keep the emulator's own secrets (its keys, its control token) and an inherited session token out of the function's environment", async ({ expect, onTestFinished }) => {
    const names = ["SECRETS_MANAGER_EMULATOR_CREDENTIALS", "SECRETS_MANAGER_EMULATOR_CONTROL_TOKEN", "AWS_SESSION_TOKEN"];
    const path = module("secrets.mjs", `export const handler = async () => ${JSON.stringify(names)}.filter((name) => name in process.env);`);
    const saved = names.map((name) => process.env[name]);
    for (const name of names) process.env[name] = "secret";
    try {
      // The process starts, with its environment, when the module is loaded.
      const lambdas = await loaded(onTestFinished, path);
      expect(await lambdas.invoke(ARN, { ...event, Step: "testSecret" })).toEqual([]);
    } finally {
      names.forEach((name, i) => (saved[i] === undefined ? delete process.env[name] : (process.env[name] = saved[i])));
    }
  });

  it("support handlers that answer through a callback", async ({ expect, onTestFinished }) => {
    const path = module("callback.cjs", "exports.handler = (event, context, callback) => { setTimeout(() => callback(null, event.Step), 1); };");
    const lambdas = await loaded(onTestFinished, path);
    expect(await lambdas.invoke(ARN, { ...event, Step: "setSecret" })).toBe("setSecret");
  });

  it("reject with what the handler threw, and keep the process for the next call", async ({ expect, onTestFinished }) => {
    const path = module("throws.mjs", 'export const handler = async () => { throw new Error(`Secret version t has no stage for rotation in ${process.pid}`); };');
    const lambdas = await loaded(onTestFinished, path);
    const first = await lambdas.invoke(ARN, event).catch((error: Error) => error);
    expect(first).toMatchObject({ name: "Error", message: expect.stringMatching(/^Secret version t has no stage for rotation in \d+$/) });
    const second = await lambdas.invoke(ARN, event).catch((error: Error) => error);
    expect((second as Error).message).toBe((first as Error).message);
  });

  it("reuse one warm process between calls, as Lambda reuses an execution environment, and stop it when closed", async ({ expect }) => {
    const path = module("counts.mjs", "let calls = 0;\nexport const handler = async () => ({ pid: process.pid, calls: ++calls });");
    const lambdas = await LocalLambdas.load(new Map([[ARN, path]]), environment, GENEROUS);
    const first = (await lambdas.invoke(ARN, event)) as { pid: number; calls: number };
    expect(await lambdas.invoke(ARN, event)).toEqual({ pid: first.pid, calls: 2 });
    expect(lambdas.processes).toBe(1);
    await lambdas.close();
    expect(processGone(first.pid)).toBe(true);
    await expect(lambdas.invoke(ARN, event)).rejects.toThrow(LocalLambdaError);
  });

  it("run calls at once in processes of their own, and keep one of them warm", async ({ expect, onTestFinished }) => {
    const path = module("slow.mjs", "export const handler = async () => { await new Promise((done) => setTimeout(done, 200)); return process.pid; };");
    const lambdas = await loaded(onTestFinished, path);
    const pids = await Promise.all([lambdas.invoke(ARN, event), lambdas.invoke(ARN, event), lambdas.invoke(ARN, event)]);
    expect(new Set(pids).size).toBe(3);
    // The two others are stopped.
    await vi.waitFor(() => expect(lambdas.processes).toBe(1), { timeout: 5000 });
    expect(await lambdas.invoke(ARN, event)).toBeOneOf(pids);
  });

  it("refuse at load code that is not there, cannot be imported or exports no handler", async ({ expect }) => {
    expect(() => LocalLambdas.create(new Map([[ARN, join(directory, "missing.mjs")]]), environment)).toThrow(LocalLambdaError);
    const broken = module("broken.mjs", "export const handler = (;");
    await expect(LocalLambdas.load(new Map([[ARN, broken]]), environment, GENEROUS)).rejects.toThrow(`Cannot load the Lambda module ${broken} for ${ARN}: Runtime.ImportModuleError`);
    const path = module("nohandler.mjs", "export const main = () => 1;");
    await expect(LocalLambdas.load(new Map([[ARN, path]]), environment, GENEROUS)).rejects.toThrow("does not export a function named handler");
  });

  it("refuse at load a module that exits or hangs while it loads, without stopping the caller", async ({ expect }) => {
    const exits = module("exits-at-load.mjs", "process.exit(4);\nexport const handler = () => 1;");
    await expect(LocalLambdas.load(new Map([[ARN, exits]]), environment, GENEROUS)).rejects.toThrow(
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
    await expect(lambdas.invoke(ARN, event)).rejects.toThrow(LocalLambdaError);
  });
});

describe.concurrent("a local rotation function that misbehaves fails its own call, and nothing else", () => {
  const functions = misbehavingFunctions("mjs", environment, {
    answering: ["exits", "throws-async", "rejects-unhandled", "logs"],
    hanging: ["hangs", "spins", "ignores-sigterm"],
  });
  const { arn, failure, lines } = functions;

  it("process.exit fails the call with Lambda's Runtime.ExitError and the exit status, and the next call gets a fresh process", async ({ expect }) => {
    expect(await failure("exits")).toBe("Runtime.ExitError: Runtime exited with error: exit status 3");
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

  it("a process the function started and left running ends with its execution environment", async ({ expect, onTestFinished }) => {
    const own = await LocalLambdas.load(new Map([[arn("background-child"), join(FIXTURES, "background-child.mjs")]]), environment, GENEROUS);
    onTestFinished(() => own.close());
    const pid = (await own.invoke(arn("background-child"), event)) as number;
    expect(typeof pid).toBe("number");
    expect(processGone(pid)).toBe(false);
    await own.close();
    expect(await processEnds(pid, 2000)).toBe(true);
  });

  it("each line the function writes on stdout and stderr reaches the log, prefixed with the function's name and the step, and the call's output", async ({ expect }) => {
    const output: string[] = [];
    expect(await functions.answering().invoke(arn("logs"), event, (line) => output.push(line))).toBe("logged");
    const expected = ["createSecret: first line", "no newline at the end", "second line", "to stderr"];
    expect(output.sort()).toEqual(expected);
    expect(lines.filter((line) => line.startsWith("lambda logs ")).sort()).toEqual(expected.map((line) => `lambda logs createSecret: ${line}`));
  });
});

describe("the key a local rotation function calls back with", () => {
  const keys = lambdaKeys(
    new Map([
      ["AKIDDEFAULT", { secretAccessKey: "default-secret" }],
      ["AKIDOTHER", { secretAccessKey: "other-secret", accountId: "111122223333" }],
    ]),
    "000000000000",
  );

  it("is a configured key of the secret's account, as an execution role of that account would be", () => {
    expect(keys("111122223333")).toEqual({ accessKeyId: "AKIDOTHER", secretAccessKey: "other-secret" });
    expect(keys("000000000000")).toEqual({ accessKeyId: "AKIDDEFAULT", secretAccessKey: "default-secret" });
  });

  it("is the key of the environment at start, or test, when no configured key belongs to the account", () => {
    const inherited = process.env["AWS_ACCESS_KEY_ID"] !== undefined && process.env["AWS_SECRET_ACCESS_KEY"] !== undefined;
    const key = keys("444455556666");
    expect(key.accessKeyId).toBe(inherited ? process.env["AWS_ACCESS_KEY_ID"] : "test");
    expect(lambdaKeys(new Map(), "000000000000")("000000000000")).toEqual(key);
  });
});
