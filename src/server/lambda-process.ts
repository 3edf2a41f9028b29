// One call of a local rotation function in a process of its own, so that nothing the function
// does (process.exit, an uncaught error, an endless loop, a busy CPU) stops or stalls the
// emulator, and a timeout can end it as Lambda ends a function that runs too long.
//
// The protocol every runner speaks (node-runner.mjs; a runner for another language does the same):
// - It is started with the function's environment. Its stdin receives one JSON request, then
//   ends: {"action":"check"} (load the module, find the handler) or {"action":"invoke",
//   "event":…, "context":{"functionName","functionVersion","invokedFunctionArn","memoryLimitInMB",
//   "awsRequestId","logGroupName","logStreamName","deadlineMs"}} (deadlineMs: epoch milliseconds).
// - It writes one JSON line on fd 3, {"ok":true,"result":…} or {"ok":false,"errorType":…,
//   "errorMessage":…} (Lambda's error shape), and exits.
// - What it writes on stdout and stderr is the function's log.
// A process that exits without answering, or outlives its timeout, fails the call with the
// error Lambda reports in that case.
// AWS doc: https://docs.aws.amazon.com/lambda/latest/dg/invocation-retries.html
import { spawn, type ChildProcess } from "node:child_process";
import { LineSplitter } from "./lambda-output.ts";
import type { RunnerCommand } from "./lambda-runtimes.ts";

export interface ChildCall {
  readonly command: RunnerCommand;
  /** The request written to the runner's stdin. */
  readonly request: unknown;
  /** The process's whole environment. */
  readonly environment: Readonly<Record<string, string | undefined>>;
  readonly timeoutMs: number;
  /** Receives each line the function writes (stdout and stderr); the output is dropped without it. */
  readonly output?: (line: string) => void;
}

/** What the function threw, or how its process failed; `name` is Lambda's errorType. */
export class LambdaFunctionError extends Error {
  constructor(
    readonly errorType: string,
    message: string,
  ) {
    super(message);
    this.name = errorType;
  }
}

/** Between SIGTERM and SIGKILL, and between an answer and a SIGKILL for a process that stays. */
const KILL_GRACE_MS = 500;
/** How long an exited process's answer may take to arrive through its pipe. */
const ANSWER_AFTER_EXIT_MS = 1000;
/** Lambda's largest synchronous response (6 MB); a longer answer line is refused. */
const MAX_ANSWER_BYTES = 6 * 1024 * 1024;

const running = new Set<ChildProcess>();

/** Runs the call; resolves with the function's result once its process has ended. */
export function runInChildProcess(call: ChildCall): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn(call.command.file, [...call.command.args], {
      env: call.environment,
      stdio: ["pipe", "pipe", "pipe", "pipe"],
      // Its own process group, so that a kill reaches what the function started too.
      detached: process.platform !== "win32",
      windowsHide: true,
    });
    track(child);
    let answer: Buffer = Buffer.alloc(0);
    let answerLine: string | undefined;
    let failure: LambdaFunctionError | undefined;
    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    let settled = false;

    const settle = (): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const outcome = failure ?? parseAnswer(answerLine) ?? exitFailure(exit);
      if (outcome instanceof LambdaFunctionError) reject(outcome);
      else resolve(outcome.result);
    };
    const settleOnceExited = (): void => {
      if (exit !== undefined && (answerLine !== undefined || failure !== undefined)) settle();
    };

    const timer = setTimeout(() => {
      if (exit !== undefined) return;
      failure ??= new LambdaFunctionError("Sandbox.Timedout", `Task timed out after ${(call.timeoutMs / 1000).toFixed(2)} seconds`);
      stop(child);
    }, call.timeoutMs);

    child.on("error", (error) => {
      // Only a command that could not start (no such file) has no pid; no exit follows.
      if (child.pid !== undefined) return;
      running.delete(child);
      failure ??= new LambdaFunctionError("Runtime.InvalidEntrypoint", `The runtime could not start: ${error.message}`);
      exit ??= { code: null, signal: null };
      settle();
    });
    child.on("exit", (code, exitSignal) => {
      exit = { code, signal: exitSignal };
      running.delete(child);
      // What the function started in the background ends with it, as its sandbox would.
      signal(child, "SIGKILL");
      settleOnceExited();
      // The answer may still be in its pipe.
      setTimeout(settle, ANSWER_AFTER_EXIT_MS).unref();
    });

    const answers = child.stdio[3] as NodeJS.ReadableStream;
    answers.on("data", (chunk: Buffer) => {
      if (answerLine !== undefined || failure !== undefined) return;
      answer = Buffer.concat([answer, chunk]);
      const newline = answer.indexOf(10);
      if (newline >= 0) answerLine = answer.subarray(0, newline).toString("utf8");
      else if (answer.length > MAX_ANSWER_BYTES) failure ??= new LambdaFunctionError("Function.ResponseSizeTooLarge", "The function's result is larger than 6 MB");
      else return;
      settleOnceExited();
      // A process that answered and stays (a busy timer, a child of its own) is ended.
      setTimeout(() => stop(child), KILL_GRACE_MS).unref();
    });
    answers.on("error", () => undefined);
    answers.on("end", () => {
      if (exit !== undefined) settle();
    });

    for (const stream of [child.stdout, child.stderr]) {
      if (stream === null) continue;
      stream.setEncoding("utf8");
      const lines = new LineSplitter((line) => call.output?.(line));
      stream.on("data", (chunk: string) => lines.write(chunk));
      stream.on("end", () => lines.end());
      stream.on("error", () => undefined);
    }

    child.stdin?.on("error", () => undefined);
    child.stdin?.end(JSON.stringify(call.request));
  });
}

function parseAnswer(line: string | undefined): { result: unknown } | LambdaFunctionError | undefined {
  if (line === undefined) return undefined;
  let answer: unknown;
  try {
    answer = JSON.parse(line);
  } catch {
    return new LambdaFunctionError("Runtime.InvalidResponse", "The runtime answered with text that is not JSON");
  }
  if (typeof answer !== "object" || answer === null) return new LambdaFunctionError("Runtime.InvalidResponse", "The runtime answered with no object");
  const { ok, result, errorType, errorMessage } = answer as Record<string, unknown>;
  if (ok === true) return { result };
  return new LambdaFunctionError(typeof errorType === "string" ? errorType : "Error", typeof errorMessage === "string" ? errorMessage : String(errorMessage));
}

/** Lambda's report of a runtime that exited before it answered. */
function exitFailure(exit: { code: number | null; signal: NodeJS.Signals | null } | undefined): LambdaFunctionError {
  if (exit?.signal) return new LambdaFunctionError("Runtime.ExitError", `Runtime exited with error: signal: ${exit.signal}`);
  if (exit?.code) return new LambdaFunctionError("Runtime.ExitError", `Runtime exited with error: exit status ${exit.code}`);
  return new LambdaFunctionError("Runtime.ExitError", "Runtime exited without providing a reason");
}

/** SIGTERM to the process group, SIGKILL after a grace. */
function stop(child: ChildProcess): void {
  if (child.exitCode !== null || child.signalCode !== null) return;
  signal(child, "SIGTERM");
  setTimeout(() => signal(child, "SIGKILL"), KILL_GRACE_MS).unref();
}

function signal(child: ChildProcess, name: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    if (process.platform === "win32") child.kill(name);
    else process.kill(-child.pid, name);
  } catch {
    // Already gone.
  }
}

let exitHook = false;

/** Whatever still runs when the emulator exits is killed with it. */
function track(child: ChildProcess): void {
  running.add(child);
  if (exitHook) return;
  exitHook = true;
  process.on("exit", () => {
    for (const still of running) signal(still, "SIGKILL");
  });
}
