// Local rotation Lambdas in Python: lambda_handler(event, context) of a module, run by python3 in
// a warm process of its own, with Lambda's context object, environment and error reports.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { LocalLambdaError, LocalLambdas } from "../../src/server/local-lambdas.ts";
import { processGone } from "../support/processes.ts";
import { temporaryDirectory } from "../support/temp-directory.ts";
import { ARN, event, FIXTURES, GENEROUS, loaderFor, misbehavingFunctions, rejection } from "./local-lambda-harness.ts";

// Removed after this file's tests.
const directory = temporaryDirectory("lambda-python");

function file(name: string, source: string): string {
  const path = join(directory, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, source);
  return path;
}

const environment = () => ({ AWS_ENDPOINT_URL: "http://127.0.0.1:1", SECRETS_MANAGER_ENDPOINT: "http://127.0.0.1:1" });
const loaded = loaderFor(environment);

describe.concurrent("local rotation Lambdas in Python", () => {
  it("call lambda_handler with the event and Lambda's context object, in the environment Lambda gives, in one warm process", async ({ expect, onTestFinished }) => {
    const path = file(
      "echo.py",
      [
        "import os",
        "calls = 0",
        "def lambda_handler(event, context):",
        "    global calls",
        "    calls += 1",
        "    names = ['AWS_ENDPOINT_URL', 'SECRETS_MANAGER_ENDPOINT', 'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_LAMBDA_FUNCTION_NAME', 'LAMBDA_TASK_ROOT']",
        "    members = ['function_name', 'function_version', 'invoked_function_arn', 'memory_limit_in_mb', 'log_group_name', 'log_stream_name']",
        "    return {'event': event, 'pid': os.getpid(), 'calls': calls,",
        "            'environment': {name: os.environ.get(name) for name in names},",
        "            'context': {name: getattr(context, name) for name in members},",
        "            'request': len(context.aws_request_id), 'left': 0 < context.get_remaining_time_in_millis() <= 60000}",
      ].join("\n"),
    );
    const lambdas = await loaded(onTestFinished, path);
    const first = (await lambdas.invoke(ARN, event)) as Record<string, unknown>;
    expect(first).toEqual({
      event,
      pid: expect.any(Number),
      calls: 1,
      environment: {
        AWS_ENDPOINT_URL: "http://127.0.0.1:1",
        SECRETS_MANAGER_ENDPOINT: "http://127.0.0.1:1",
        AWS_REGION: "eu-west-1",
        AWS_DEFAULT_REGION: "eu-west-1",
        AWS_LAMBDA_FUNCTION_NAME: "rotator",
        LAMBDA_TASK_ROOT: directory,
      },
      context: {
        function_name: "rotator",
        function_version: "$LATEST",
        invoked_function_arn: ARN,
        memory_limit_in_mb: "128",
        log_group_name: "/aws/lambda/rotator",
        log_stream_name: "local",
      },
      request: 36,
      left: true,
    });
    expect(first["pid"]).not.toBe(process.pid);
    expect(await lambdas.invoke(ARN, event)).toMatchObject({ pid: first["pid"], calls: 2 });
  });

  it("answer an exception as Lambda reports it: errorType, errorMessage and the function's stack", async ({ expect, onTestFinished }) => {
    const lambdas = await loaded(onTestFinished, join(FIXTURES, "raises.py"));
    const error = await rejection(lambdas.invoke(ARN, event));
    expect(error.name).toBe("ValueError");
    expect(error.message).toBe(`Secret version t has no stage for rotation of secret ${event.SecretId}.`);
    expect(error.stackTrace.map((frame) => /line \d+, in (\w+)/.exec(frame)?.[1])).toEqual(["lambda_handler", "check_stage"]);
    expect(error.stackTrace[0]).toContain(join(FIXTURES, "raises.py"));
  });

  it("load DIR:MODULE.FUNCTION as Lambda's handler setting, a package's module importing from the code directory", async ({ expect, onTestFinished }) => {
    file("package/shared.py", "GREETING = 'from the code directory'\n");
    file("package/rotation/__init__.py", "");
    file("package/rotation/steps.py", "import shared\ndef rotate(event, context):\n    return [shared.GREETING, event['Step']]\n");
    const lambdas = await loaded(onTestFinished, `${join(directory, "package")}:rotation.steps.rotate`);
    expect(await lambdas.invoke(ARN, event)).toEqual(["from the code directory", "createSecret"]);
  });

  it("refuse at load a module that is not there, does not define the handler, or does not import", async ({ expect }) => {
    expect(() => LocalLambdas.create(new Map([[ARN, join(directory, "missing.py")]]), environment)).toThrow(LocalLambdaError);
    expect(() => LocalLambdas.create(new Map([[ARN, `${directory}:missing.lambda_handler`]]), environment)).toThrow(`${directory} holds no module missing`);
    const load = (path: string) => LocalLambdas.load(new Map([[ARN, path]]), environment, GENEROUS);
    const other = file("other.py", "def handler(event, context):\n    return 1\n");
    await expect(load(other)).rejects.toThrow(`The Lambda module ${other} for ${ARN} does not define a function named lambda_handler`);
    await expect(load(file("syntax.py", "def lambda_handler(event, context)\n    return 1\n"))).rejects.toThrow("Runtime.UserCodeSyntaxError: Syntax error in module 'syntax'");
    await expect(load(file("imports.py", "import not_a_module_anywhere\n"))).rejects.toThrow(
      "Runtime.ImportModuleError: Unable to import module 'imports': No module named 'not_a_module_anywhere'",
    );
    await expect(load(file("exits_at_load.py", "import sys\nsys.exit(5)\n"))).rejects.toThrow("Runtime.ExitError: Runtime exited with error: exit status 5");
  });

  it("refuse at load a Python function when the interpreter is missing, naming --python", async ({ expect }) => {
    const python = join(directory, "no-such-python3");
    const loading = LocalLambdas.load(new Map([[ARN, join(FIXTURES, "raises.py")]]), environment, { ...GENEROUS, python });
    await expect(loading).rejects.toThrow(`The Python function ${ARN} needs ${python}, which could not be started`);
    await expect(loading).rejects.toThrow("--python PATH");
  });

  it("send print, logging and stderr lines to the log with the function's name and step, and to the call's output", async ({ expect, onTestFinished }) => {
    const lines: string[] = [];
    const lambdas = await loaded(onTestFinished, join(FIXTURES, "logs.py"), { ...GENEROUS, log: (line) => lines.push(line) });
    const output: string[] = [];
    expect(await lambdas.invoke(ARN, event, (line) => output.push(line))).toBe("logged");
    expect(output).toHaveLength(4);
    expect(output).toEqual(
      expect.arrayContaining(["createSecret: printed", "to stderr", "no newline at the end", expect.stringMatching(/^\[INFO\]\t\S+Z\t[0-9a-f-]{36}\tlogged at INFO$/)]),
    );
    expect(lines.filter((line) => line.startsWith("lambda rotator createSecret: "))).toHaveLength(4);
  });
});

describe.concurrent("a Python rotation function that misbehaves fails its own call, and nothing else", () => {
  const { failure, lines } = misbehavingFunctions("py", environment, { answering: ["exits", "exits_at_once"], hanging: ["hangs", "spins"] });

  it("sys.exit fails the call with Lambda's Runtime.ExitError and the exit status; the next call gets a fresh interpreter", async ({ expect }) => {
    expect(await failure("exits")).toBe("Runtime.ExitError: Runtime exited with error: exit status 3");
    expect(await failure("exits")).toBe("Runtime.ExitError: Runtime exited with error: exit status 3");
    expect(lines.filter((line) => line === "lambda exits createSecret: exiting during createSecret")).toHaveLength(2);
  });

  it("os._exit fails the call with Lambda's Runtime.ExitError and the exit status", async ({ expect }) => {
    expect(await failure("exits_at_once")).toBe("Runtime.ExitError: Runtime exited with error: exit status 4");
  });

  it("a handler that never answers fails with Lambda's Sandbox.Timedout at the timeout, and its process is gone", async ({ expect }) => {
    expect(await failure("hangs")).toBe("Sandbox.Timedout: Task timed out after 0.50 seconds");
    const pid = Number(/lambda hangs createSecret: waiting forever in process (\d+)/.exec(lines.join("\n"))?.[1]);
    expect(processGone(pid)).toBe(true);
  });

  it("a handler that keeps the CPU busy is stopped at the timeout", async ({ expect }) => {
    expect(await failure("spins")).toBe("Sandbox.Timedout: Task timed out after 0.50 seconds");
  });
});
