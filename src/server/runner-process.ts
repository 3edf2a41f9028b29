// One warm execution environment of a local rotation function: a runner process that loads the
// function's module once, then answers calls one at a time, as Lambda reuses an execution
// environment between invocations. Nothing the function does (exit, an uncaught error, an
// endless loop, a busy CPU) stops or stalls the emulator: a call that times out, a crash or an
// exit ends the process, and the caller starts a fresh one for the next call.
//
// The protocol every runner speaks (node-runner.mjs, python-runner.py):
// - It is started with the function's environment, in a process group of its own. It loads the
//   module and writes one JSON line on fd 3: {"ok":true}, or Lambda's error {"ok":false,
//   "errorType":…,"errorMessage":…,"stackTrace":[…]} and exits.
// - For each JSON line on stdin, {"id":…,"event":…,"context":{"functionName","functionVersion",
//   "invokedFunctionArn","memoryLimitInMB","awsRequestId","logGroupName","logStreamName",
//   "deadlineMs"}} (deadlineMs: epoch milliseconds), it calls the handler, writes "\0<id>\n" on
//   stdout and on stderr (the end of the call's output), then one JSON line on fd 3:
//   {"ok":true,"result":…} or the error, with "exiting":true when it ends after answering.
// - It exits when stdin ends, and kills its process group once the emulator is gone.
// - What it writes on stdout and stderr is the function's log.
// AWS doc: https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html
import { spawn, type ChildProcess } from "node:child_process";
import { LineSplitter } from "./lambda-output.ts";
import type { RunnerCommand } from "./lambda-runtimes.ts";
import { signal, terminate, track, untrack } from "./process-group.ts";
import { exitFailure, LambdaFunctionError, parseAnswer, type Exit } from "./runner-answers.ts";

export { LambdaFunctionError } from "./runner-answers.ts";

export interface RunnerOptions {
  readonly command: RunnerCommand;
  /** The process's whole environment. */
  readonly environment: Readonly<Record<string, string | undefined>>;
  /** Receives each line the function writes, with the step of the call it belongs to ("init" while it loads). */
  readonly log?: (line: string, label: string) => void;
}

export interface RunnerCall {
  /** Marks the end of this call's output; unique per call. */
  readonly id: string;
  readonly event: unknown;
  readonly context: Readonly<Record<string, string | number>>;
  readonly timeoutMs: number;
  /** The step, for the log. */
  readonly label: string;
  /** Receives each line the function writes during this call. */
  readonly output?: (line: string) => void;
}

interface Waiting {
  readonly id: string | undefined;
  readonly output: ((line: string) => void) | undefined;
  answer?: { readonly result: unknown } | LambdaFunctionError;
  failure?: LambdaFunctionError;
  /** The streams (stdout, stderr) whose end marker has come. */
  readonly ended: Set<string>;
  markerGrace?: NodeJS.Timeout;
  readonly timer: NodeJS.Timeout;
  readonly settle: (outcome: { readonly result: unknown } | LambdaFunctionError) => void;
}

/** How long an exited process's answer and output may take to arrive through their pipes. */
const OUTPUT_AFTER_EXIT_MS = 1000;
/** How long the end markers may follow an answer (a function that closed its stdout sends none). */
const MARKER_GRACE_MS = 1000;
/** Lambda's largest synchronous response (6 MB); a longer answer line is refused. */
const MAX_ANSWER_BYTES = 6 * 1024 * 1024;
const MARKER = /\0([0-9a-f]{16,64})$/;

export class RunnerProcess {
  private readonly child: ChildProcess;
  private answer = Buffer.alloc(0);
  private exit: Exit | undefined;
  private streamsOpen = 3;
  private outputDrained = false;
  private waiting: Waiting | undefined;
  private label = "init";
  private usable = true;
  private readonly gone: Promise<void>;

  private constructor(private readonly options: RunnerOptions) {
    this.child = spawn(options.command.file, [...options.command.args], {
      env: options.environment,
      stdio: ["pipe", "pipe", "pipe", "pipe"],
      // Its own process group, so that a kill reaches what the function started too.
      detached: process.platform !== "win32",
      windowsHide: true,
    });
    track(this.child);
    this.gone = new Promise((resolve) => {
      this.child.on("error", (error) => {
        // Only a command that could not start (no such file) has no pid; no exit follows.
        if (this.child.pid !== undefined) return;
        untrack(this.child);
        if (this.waiting) this.waiting.failure ??= new LambdaFunctionError("Runtime.InvalidEntrypoint", `The runtime could not start: ${error.message}`);
        this.exited({ code: null, signal: null });
        this.streamsOpen = 0;
        this.progress();
        resolve();
      });
      this.child.on("exit", (code, signal) => {
        untrack(this.child);
        this.exited({ code, signal });
        resolve();
      });
    });
    this.readAnswers();
    this.readOutput();
    this.child.stdin?.on("error", () => undefined);
  }

  /** Starts the runner; resolves once the module has loaded, rejects with why it did not (the process then ends). */
  static async start(options: RunnerOptions, initTimeoutMs: number): Promise<RunnerProcess> {
    const runner = new RunnerProcess(options);
    try {
      await runner.wait(undefined, initTimeoutMs, undefined);
    } catch (error) {
      await runner.stop();
      throw error;
    }
    return runner;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Loaded, alive, and not answering a call: it can take the next one. */
  get idle(): boolean {
    return this.usable && this.exit === undefined && this.waiting === undefined;
  }

  /** Calls the handler; resolves with its result, rejects with what it threw or how its process failed. */
  invoke(call: RunnerCall): Promise<unknown> {
    if (!this.idle) return Promise.reject(new Error("This runner cannot take a call now"));
    this.label = call.label;
    const answered = this.wait(call.id, call.timeoutMs, call.output);
    this.child.stdin?.write(`${JSON.stringify({ id: call.id, event: call.event, context: call.context })}\n`);
    return answered;
  }

  /** Ends the process and what it started; resolves once it has exited. */
  stop(): Promise<void> {
    this.usable = false;
    this.child.stdin?.end();
    terminate(this.child);
    return this.gone;
  }

  /** Once the process has exited. */
  get ended(): Promise<void> {
    return this.gone;
  }

  private wait(id: string | undefined, timeoutMs: number, output: ((line: string) => void) | undefined): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const waiting = this.waiting;
        if (waiting === undefined || this.exit !== undefined) return;
        waiting.failure ??= new LambdaFunctionError("Sandbox.Timedout", `Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`);
        this.usable = false;
        terminate(this.child);
      }, timeoutMs);
      this.waiting = {
        id,
        output,
        ended: new Set(),
        timer,
        settle: (outcome) => {
          clearTimeout(timer);
          clearTimeout(this.waiting?.markerGrace);
          this.waiting = undefined;
          if (outcome instanceof LambdaFunctionError) reject(outcome);
          else resolve(outcome.result);
        },
      };
    });
  }

  /** Settles the call in progress once what it waits for has come. */
  private progress(): void {
    const waiting = this.waiting;
    if (waiting === undefined) return;
    const over = this.exit !== undefined && (this.streamsOpen === 0 || this.outputDrained);
    if (waiting.failure !== undefined) {
      // A timed-out process is waited for: the call ends when the process has.
      if (over) waiting.settle(waiting.failure);
      return;
    }
    if (waiting.answer !== undefined) {
      if (waiting.id === undefined || waiting.ended.size === 2 || over) waiting.settle(waiting.answer);
      else
        waiting.markerGrace ??= setTimeout(() => {
          waiting.ended.add("stdout").add("stderr");
          this.progress();
        }, MARKER_GRACE_MS);
      return;
    }
    if (over) waiting.settle(exitFailure(this.exit));
  }

  private exited(exit: Exit): void {
    this.exit = exit;
    this.usable = false;
    // What the function started in the background ends with it, as its sandbox would.
    signal(this.child, "SIGKILL");
    // An answer or output may still be in a pipe that something else holds open.
    setTimeout(() => {
      this.outputDrained = true;
      this.progress();
    }, OUTPUT_AFTER_EXIT_MS).unref();
    this.progress();
  }

  private readAnswers(): void {
    const answers = this.child.stdio[3] as NodeJS.ReadableStream | null;
    if (answers === null) return;
    answers.on("data", (chunk: Buffer) => {
      this.answer = Buffer.concat([this.answer, chunk]);
      for (let newline = this.answer.indexOf(10); newline >= 0; newline = this.answer.indexOf(10)) {
        const line = this.answer.subarray(0, newline).toString("utf8");
        this.answer = this.answer.subarray(newline + 1);
        this.answered(line);
      }
      if (this.answer.length > MAX_ANSWER_BYTES) {
        this.answer = Buffer.alloc(0);
        if (this.waiting) this.waiting.failure ??= new LambdaFunctionError("Function.ResponseSizeTooLarge", "The function's result is larger than 6 MB");
        this.usable = false;
        terminate(this.child);
      }
    });
    answers.on("error", () => undefined);
    answers.on("end", () => this.streamEnded());
  }

  private answered(line: string): void {
    const waiting = this.waiting;
    if (waiting === undefined || waiting.answer !== undefined || waiting.failure !== undefined) {
      // An answer nobody asked for: the runner and the emulator no longer agree.
      this.usable = false;
      terminate(this.child);
      return;
    }
    const parsed = parseAnswer(line);
    if (parsed.exiting) this.usable = false;
    waiting.answer = parsed.outcome;
    this.progress();
  }

  private readOutput(): void {
    for (const [name, stream] of [["stdout", this.child.stdout], ["stderr", this.child.stderr]] as const) {
      if (stream === null) continue;
      stream.setEncoding("utf8");
      const lines = new LineSplitter((line) => this.line(name, line));
      stream.on("data", (chunk: string) => lines.write(chunk));
      stream.on("end", () => {
        lines.end();
        this.streamEnded();
      });
      stream.on("error", () => undefined);
    }
  }

  private line(stream: string, text: string): void {
    const waiting = this.waiting;
    const marker = MARKER.exec(text);
    const line = marker ? text.slice(0, marker.index) : text;
    const inCall = waiting !== undefined && !waiting.ended.has(stream);
    if (line !== "" || !marker) {
      if (inCall) waiting.output?.(line);
      this.options.log?.(line, this.label);
    }
    if (marker && inCall && marker[1] === waiting.id) {
      waiting.ended.add(stream);
      this.progress();
    }
  }

  private streamEnded(): void {
    this.streamsOpen -= 1;
    this.progress();
  }
}
