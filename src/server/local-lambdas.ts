// Rotation Lambda functions run locally: each mapped ARN names a local module whose exported
// `handler(event, context)` is called as Lambda calls it, each call in a process of its own
// (lambda-process.ts), with the environment Lambda gives a function and a timeout.
// AWS doc: https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_lambda-functions.html
import { randomUUID } from "node:crypto";
import { resolve } from "node:path";
import { accountOfArn, lambdaFunctionName, regionOfArn } from "../core/model/arn.ts";
import { DEFAULT_LAMBDA_TIMEOUT_SECONDS, type KeyCredentials } from "./args.ts";
import { functionLogLine } from "./lambda-output.ts";
import { LambdaFunctionError, runInChildProcess } from "./lambda-process.ts";
import { runtimeFor, type LambdaRuntime } from "./lambda-runtimes.ts";
import { CONTROL_TOKEN_VARIABLE, CREDENTIALS_VARIABLE } from "./secret-sources.ts";
import { Slots } from "./slots.ts";

/** What Secrets Manager sends a rotation function, one call per step. */
export interface RotationEvent {
  readonly Step: string;
  readonly SecretId: string;
  readonly ClientRequestToken: string;
}

export interface LocalLambdaOptions {
  /** How long one call may run before its process is stopped and the call fails (default 60 s). */
  readonly timeoutSeconds?: number;
  /** How long loading a module may take at start (default 10 s, Lambda's limit for a function's init). */
  readonly initTimeoutSeconds?: number;
  /** Receives each line the functions write, prefixed with the function's name and step. */
  readonly log?: (line: string) => void;
}

const DEFAULT_INIT_TIMEOUT_SECONDS = 10;
/** Functions running at once; more calls wait their turn, so that a burst of due rotations cannot start a process each. */
const MAX_RUNNING = 8;

export class LocalLambdaError extends Error {
  override readonly name = "LocalLambdaError";
}

interface LocalFunction {
  readonly path: string;
  readonly runtime: LambdaRuntime;
}

export class LocalLambdas {
  private readonly functions = new Map<string, LocalFunction>();
  private readonly slots = new Slots(MAX_RUNNING);
  private readonly timeoutMs: number;

  private constructor(
    private readonly environment: (event: RotationEvent) => Readonly<Record<string, string>>,
    private readonly options: LocalLambdaOptions,
  ) {
    this.timeoutMs = (options.timeoutSeconds ?? DEFAULT_LAMBDA_TIMEOUT_SECONDS) * 1000;
  }

  /**
   * Loads every module once now, each in a process of its own, so that a wrong path, a module
   * that fails to load or one without `handler` stops the start. `environment(event)` is added
   * to each call's environment (AWS_ENDPOINT_URL, credentials); the emulator's own environment
   * is never changed.
   */
  static async load(
    modules: ReadonlyMap<string, string>,
    environment: (event: RotationEvent) => Readonly<Record<string, string>>,
    options: LocalLambdaOptions = {},
  ): Promise<LocalLambdas> {
    const lambdas = new LocalLambdas(environment, options);
    for (const [arn, path] of modules) {
      const absolute = resolve(path);
      lambdas.functions.set(arn, { path: absolute, runtime: runtimeFor(absolute) });
    }
    const checks = await Promise.allSettled([...modules].map(([arn, path]) => lambdas.slots.run(() => lambdas.check(arn, path))));
    const failed = checks.find((check) => check.status === "rejected");
    if (failed !== undefined) throw failed.reason;
    return lambdas;
  }

  get arns(): readonly string[] {
    return [...this.functions.keys()];
  }

  has(arn: string): boolean {
    return this.functions.has(arn);
  }

  /** Calls the function of `arn` with `event`; rejects with what the handler threw, or how its process failed. */
  async invoke(arn: string, event: RotationEvent): Promise<unknown> {
    const local = this.functions.get(arn);
    if (local === undefined) throw new LocalLambdaError(`No local module is mapped to the Lambda function ${arn}`);
    return this.slots.run(() => {
      const deadlineMs = Date.now() + this.timeoutMs;
      return runInChildProcess({
        command: local.runtime.command(local.path),
        request: { action: "invoke", event, context: lambdaContext(arn, deadlineMs) },
        environment: { ...inherited(), ...functionEnvironment(arn), ...this.environment(event) },
        timeoutMs: this.timeoutMs,
        ...this.output(arn, event.Step),
      });
    });
  }

  private async check(arn: string, path: string): Promise<void> {
    const local = this.functions.get(arn)!;
    try {
      await runInChildProcess({
        command: local.runtime.command(local.path),
        request: { action: "check" },
        environment: { ...inherited(), ...functionEnvironment(arn) },
        timeoutMs: (this.options.initTimeoutSeconds ?? DEFAULT_INIT_TIMEOUT_SECONDS) * 1000,
        ...this.output(arn, "init"),
      });
    } catch (error) {
      if (error instanceof LambdaFunctionError && error.errorType === "Runtime.HandlerNotFound") {
        throw new LocalLambdaError(`The Lambda module ${path} for ${arn} does not export a function named handler`);
      }
      throw new LocalLambdaError(`Cannot load the Lambda module ${path} for ${arn}: ${(error as Error).name}: ${(error as Error).message}`);
    }
  }

  private output(arn: string, step: string): { output?: (line: string) => void } {
    const log = this.options.log;
    return log === undefined ? {} : { output: (line) => log(functionLogLine(functionName(arn), step, line)) };
  }
}

const functionName = (arn: string): string => lambdaFunctionName(arn) ?? arn;

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

/**
 * Lambda's reserved variables for the function of `arn`.
 * AWS doc: https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime
 */
function functionEnvironment(arn: string): Record<string, string> {
  const name = functionName(arn);
  const region = regionOfArn(arn);
  return {
    AWS_LAMBDA_FUNCTION_NAME: name,
    AWS_LAMBDA_FUNCTION_VERSION: "$LATEST",
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: "128",
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${name}`,
    AWS_LAMBDA_LOG_STREAM_NAME: "local",
    ...(region === "" ? {} : { AWS_REGION: region, AWS_DEFAULT_REGION: region }),
  };
}

/**
 * The emulator's environment (PATH, the user's own variables), less a session token that belongs
 * to other keys and the emulator's own secrets (its keys, its control token).
 */
function inherited(): Record<string, string | undefined> {
  const environment: Record<string, string | undefined> = { ...process.env };
  for (const name of ["AWS_SESSION_TOKEN", CREDENTIALS_VARIABLE, CONTROL_TOKEN_VARIABLE]) delete environment[name];
  return environment;
}

export interface AccessKey {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

/** The environment Lambda gives a rotation function, pointed at the emulator; `key` (lambdaKeys) stands for its role. */
export function lambdaEnvironment(endpoint: string, key: AccessKey): Record<string, string> {
  // What Lambda gives a rotation function: the endpoint for SDKs (AWS_ENDPOINT_URL) and for
  // AWS's Python templates (SECRETS_MANAGER_ENDPOINT), and credentials.
  return {
    AWS_ENDPOINT_URL: endpoint,
    SECRETS_MANAGER_ENDPOINT: endpoint,
    AWS_ACCESS_KEY_ID: key.accessKeyId,
    AWS_SECRET_ACCESS_KEY: key.secretAccessKey,
  };
}

/**
 * The key a rotation function calls with, standing for its execution role: a configured key of
 * the secret's account (so its calls reach that account and pass --verify-signatures), else the
 * key in the environment at start, else `test`.
 */
export function lambdaKeys(credentials: ReadonlyMap<string, KeyCredentials>, defaultAccountId: string): (event: RotationEvent) => AccessKey {
  // Read once, at start.
  const accessKeyId = process.env["AWS_ACCESS_KEY_ID"];
  const secretAccessKey = process.env["AWS_SECRET_ACCESS_KEY"];
  const inherited = accessKeyId !== undefined && secretAccessKey !== undefined ? { accessKeyId, secretAccessKey } : undefined;
  return (event) => {
    const account = accountOfArn(event.SecretId);
    for (const [id, key] of credentials) {
      if ((key.accountId ?? defaultAccountId) === account) return { accessKeyId: id, secretAccessKey: key.secretAccessKey };
    }
    return inherited ?? { accessKeyId: "test", secretAccessKey: "test" };
  };
}
