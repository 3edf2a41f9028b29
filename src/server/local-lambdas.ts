// Rotation Lambda functions run locally: each mapped ARN names local code (lambda-code.ts) whose
// handler is called as Lambda calls it, in a process of its own (runner-process.ts) with the
// environment Lambda gives a function and a timeout. As Lambda reuses an execution environment,
// a function's process stays warm between calls while it is healthy; a timeout, a crash or an
// exit replaces it with a fresh one at the next call.
// AWS doc: https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_lambda-functions.html
// AWS doc: https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html
import { randomUUID } from "node:crypto";
import { accountOfArn } from "../core/model/arn.ts";
import { DEFAULT_LAMBDA_TIMEOUT_SECONDS } from "./args.ts";
import { CODE_FORMS, functionCode, type FunctionCode } from "./lambda-code.ts";
import { functionEnvironment, functionName, inherited } from "./lambda-environment.ts";
import { functionLogLine } from "./lambda-output.ts";
import { DEFAULT_PYTHON, runnerCommand } from "./lambda-runtimes.ts";
import { LambdaFunctionError, RunnerProcess } from "./runner-process.ts";
import { Slots } from "./slots.ts";

/** What Secrets Manager sends a rotation function, one call per step. */
export interface RotationEvent {
  readonly Step: string;
  readonly SecretId: string;
  readonly ClientRequestToken: string;
}

/** The variables a function's process gets for calls about secrets of `accountId` (the endpoint, the key). */
export type CallEnvironment = (accountId: string) => Readonly<Record<string, string>>;

export interface LocalLambdaOptions {
  /** How long one call may run before its process is stopped and the call fails (default 60 s). */
  readonly timeoutSeconds?: number;
  /** How long starting a process and loading the module may take (default 10 s, Lambda's limit for a function's init). */
  readonly initTimeoutSeconds?: number;
  /** Receives each line the functions write, prefixed with the function's name and step. */
  readonly log?: (line: string) => void;
  /** The interpreter of Python functions (default python3); a virtual environment's python finds its packages. */
  readonly python?: string;
}

const DEFAULT_INIT_TIMEOUT_SECONDS = 10;
/** Processes at once; more calls wait their turn, so that a burst of due rotations cannot start a process each. */
const MAX_PROCESSES = 8;

export class LocalLambdaError extends Error {
  override readonly name = "LocalLambdaError";
}

interface LocalFunction {
  readonly given: string;
  readonly code: FunctionCode;
}

export class LocalLambdas {
  private readonly functions = new Map<string, LocalFunction>();
  /** One warm process per function and environment, least recently used first. */
  private readonly idle = new Map<string, RunnerProcess>();
  private readonly live = new Set<RunnerProcess>();
  private readonly slots = new Slots(MAX_PROCESSES);
  private readonly timeoutMs: number;
  private readonly initTimeoutMs: number;
  private closed = false;

  private constructor(
    private readonly environment: CallEnvironment,
    private readonly options: LocalLambdaOptions,
  ) {
    this.timeoutMs = (options.timeoutSeconds ?? DEFAULT_LAMBDA_TIMEOUT_SECONDS) * 1000;
    this.initTimeoutMs = (options.initTimeoutSeconds ?? DEFAULT_INIT_TIMEOUT_SECONDS) * 1000;
  }

  /**
   * Finds the code of each function (`modules`: Lambda ARN → code, in a form of lambda-code.ts);
   * throws LocalLambdaError when some code is not there. Starts no process: see start().
   * `environment(accountId)` is added to each process's environment (AWS_ENDPOINT_URL,
   * credentials); the emulator's own environment is never changed.
   */
  static create(modules: ReadonlyMap<string, string>, environment: CallEnvironment, options: LocalLambdaOptions = {}): LocalLambdas {
    const lambdas = new LocalLambdas(environment, options);
    for (const [arn, given] of modules) {
      const code = functionCode(given);
      if ("error" in code) throw new LocalLambdaError(`Cannot load the Lambda module ${given} for ${arn}: ${code.error}. The code is ${CODE_FORMS}.`);
      lambdas.functions.set(arn, { given, code });
    }
    return lambdas;
  }

  /** create() then start(); stops what it started when a module does not load. */
  static async load(modules: ReadonlyMap<string, string>, environment: CallEnvironment, options: LocalLambdaOptions = {}): Promise<LocalLambdas> {
    const lambdas = LocalLambdas.create(modules, environment, options);
    try {
      await lambdas.start();
    } catch (error) {
      await lambdas.close();
      throw error;
    }
    return lambdas;
  }

  /**
   * Starts one process per function, which loads its module and stays warm for the first call:
   * a module that fails to load, or lacks its handler, or an interpreter that is missing, stops
   * the start with a LocalLambdaError.
   */
  async start(): Promise<void> {
    const started = await Promise.allSettled(
      [...this.functions.keys()].map((arn) =>
        this.slots.run(async () => {
          const environment = this.environment(accountOfArn(arn));
          const runner = await this.spawn(arn, environment).catch((error: unknown) => {
            throw this.loadError(arn, error);
          });
          this.release(poolKey(arn, environment), runner);
        }),
      ),
    );
    const failed = started.find((outcome) => outcome.status === "rejected");
    if (failed !== undefined) throw failed.reason;
  }

  get arns(): readonly string[] {
    return [...this.functions.keys()];
  }

  has(arn: string): boolean {
    return this.functions.has(arn);
  }

  /**
   * Calls the function of `arn` with `event` in a warm process (or a fresh one); rejects with what
   * the handler threw, or how its process failed. `output` receives the lines it writes meanwhile.
   */
  async invoke(arn: string, event: RotationEvent, output?: (line: string) => void): Promise<unknown> {
    if (!this.functions.has(arn)) throw new LocalLambdaError(`No local module is mapped to the Lambda function ${arn}`);
    return this.slots.run(async () => {
      if (this.closed) throw new LocalLambdaError("The local Lambda functions are stopped");
      const environment = this.environment(accountOfArn(event.SecretId));
      const key = poolKey(arn, environment);
      const runner = this.takeIdle(key) ?? (await this.spawn(arn, environment));
      try {
        return await runner.invoke({
          id: randomUUID().replaceAll("-", ""),
          event,
          context: lambdaContext(arn, Date.now() + this.timeoutMs),
          timeoutMs: this.timeoutMs,
          label: event.Step,
          ...(output === undefined ? {} : { output }),
        });
      } finally {
        this.release(key, runner);
      }
    });
  }

  /** Stops every process; calls made afterwards fail. */
  async close(): Promise<void> {
    this.closed = true;
    this.idle.clear();
    await Promise.all([...this.live].map((runner) => runner.stop()));
  }

  /** The number of processes alive (warm or in a call). */
  get processes(): number {
    return this.live.size;
  }

  private async spawn(arn: string, environment: Readonly<Record<string, string>>): Promise<RunnerProcess> {
    const { code } = this.functions.get(arn)!;
    // Room for one more process: the least recently used warm one goes.
    const [oldest] = this.idle;
    if (this.live.size >= MAX_PROCESSES && oldest !== undefined) {
      this.idle.delete(oldest[0]);
      void oldest[1].stop();
    }
    const log = this.options.log;
    const runner = await RunnerProcess.start(
      {
        command: runnerCommand(code, this.options.python ?? DEFAULT_PYTHON),
        environment: { ...inherited(), ...functionEnvironment(arn, code), ...environment },
        ...(log === undefined ? {} : { log: (line: string, step: string) => log(functionLogLine(functionName(arn), step, line)) }),
      },
      this.initTimeoutMs,
    );
    this.live.add(runner);
    void runner.ended.then(() => {
      this.live.delete(runner);
      for (const [key, warm] of this.idle) if (warm === runner) this.idle.delete(key);
    });
    return runner;
  }

  private takeIdle(key: string): RunnerProcess | undefined {
    const runner = this.idle.get(key);
    this.idle.delete(key);
    return runner?.idle ? runner : undefined;
  }

  /** Keeps a healthy process warm (one per function and environment); stops any other. */
  private release(key: string, runner: RunnerProcess): void {
    if (!this.closed && runner.idle && !this.idle.has(key)) this.idle.set(key, runner);
    else void runner.stop();
  }

  private loadError(arn: string, error: unknown): LocalLambdaError {
    const { given, code } = this.functions.get(arn)!;
    if (!(error instanceof LambdaFunctionError)) return new LocalLambdaError(`Cannot load the Lambda module ${given} for ${arn}: ${String(error)}`);
    if (error.errorType === "Runtime.HandlerNotFound") {
      const verb = code.runtime === "python" ? "define" : "export";
      return new LocalLambdaError(`The Lambda module ${given} for ${arn} does not ${verb} a function named ${code.handler}`);
    }
    if (error.errorType === "Runtime.InvalidEntrypoint" && code.runtime === "python") {
      const python = this.options.python ?? DEFAULT_PYTHON;
      return new LocalLambdaError(
        `The Python function ${arn} needs ${python}, which could not be started (${error.message}). ` +
          "Install Python 3, or name the interpreter with --python PATH (a virtual environment's bin/python finds the packages installed there).",
      );
    }
    return new LocalLambdaError(`Cannot load the Lambda module ${given} for ${arn}: ${error.errorType}: ${error.message}`);
  }
}

/** Processes are shared by calls with the same function and environment. */
const poolKey = (arn: string, environment: Readonly<Record<string, string>>): string => `${arn}\n${JSON.stringify(environment)}`;

/** The context object's members, as data for the runner, which adds getRemainingTimeInMillis. */
function lambdaContext(arn: string, deadlineMs: number): Record<string, string | number> {
  const name = functionName(arn);
  return {
    functionName: name,
    functionVersion: "$LATEST",
    invokedFunctionArn: arn,
    memoryLimitInMB: "128",
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${name}`,
    logStreamName: "local",
    deadlineMs,
  };
}
