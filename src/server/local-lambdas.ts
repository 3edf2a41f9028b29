// Rotation Lambda functions run in this process: each mapped ARN names a local JavaScript module
// whose exported `handler(event, context)` is called as Lambda would call it.
// AWS doc: https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_lambda-functions.html
import { randomUUID } from "node:crypto";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { accountOfArn, lambdaFunctionName, regionOfArn } from "../core/model/arn.ts";
import type { KeyCredentials } from "./args.ts";

/** What Secrets Manager sends a rotation function, one call per step. */
export interface RotationEvent {
  readonly Step: string;
  readonly SecretId: string;
  readonly ClientRequestToken: string;
}

type Handler = (event: unknown, context: LambdaContext, callback?: (error: unknown, result?: unknown) => void) => unknown;

export interface LambdaContext {
  readonly functionName: string;
  readonly functionVersion: string;
  readonly invokedFunctionArn: string;
  readonly memoryLimitInMB: string;
  readonly awsRequestId: string;
  readonly logGroupName: string;
  readonly logStreamName: string;
  readonly callbackWaitsForEmptyEventLoop: boolean;
  getRemainingTimeInMillis(): number;
}

/** Lambda's own limit for one invocation. */
const TIMEOUT_MS = 15 * 60 * 1000;

export class LocalLambdaError extends Error {
  override readonly name = "LocalLambdaError";
}

export class LocalLambdas {
  private readonly handlers = new Map<string, Handler>();

  private constructor(private readonly environment: (event: RotationEvent) => Readonly<Record<string, string>>) {}

  /**
   * Imports every module now, so that a wrong path or a module without `handler` stops the start.
   * `environment()` is set in process.env before each call (AWS_ENDPOINT_URL, AWS_REGION, …), so an
   * SDK client created inside the handler talks to the emulator.
   */
  static async load(
    modules: ReadonlyMap<string, string>,
    environment: (event: RotationEvent) => Readonly<Record<string, string>>,
  ): Promise<LocalLambdas> {
    const lambdas = new LocalLambdas(environment);
    for (const [arn, path] of modules) {
      let module: { handler?: unknown; default?: { handler?: unknown } };
      try {
        module = (await import(pathToFileURL(resolve(path)).href)) as typeof module;
      } catch (error) {
        throw new LocalLambdaError(`Cannot load the Lambda module ${path} for ${arn}: ${(error as Error).message}`);
      }
      const handler = module.handler ?? module.default?.handler;
      if (typeof handler !== "function") {
        throw new LocalLambdaError(`The Lambda module ${path} for ${arn} does not export a function named handler`);
      }
      lambdas.handlers.set(arn, handler as Handler);
    }
    return lambdas;
  }

  get arns(): readonly string[] {
    return [...this.handlers.keys()];
  }

  has(arn: string): boolean {
    return this.handlers.has(arn);
  }

  /** Calls the function of `arn` with `event`; rejects with what the handler threw or rejected. */
  async invoke(arn: string, event: RotationEvent): Promise<unknown> {
    const handler = this.handlers.get(arn);
    if (handler === undefined) throw new LocalLambdaError(`No local module is mapped to the Lambda function ${arn}`);
    const region = regionOfArn(arn);
    Object.assign(process.env, this.environment(event), region === "" ? {} : { AWS_REGION: region, AWS_DEFAULT_REGION: region });
    const context = lambdaContext(arn);
    if (handler.length >= 3) {
      return new Promise((resolvePromise, reject) => {
        const done = (error: unknown, result?: unknown): void => (error ? reject(error) : resolvePromise(result));
        try {
          const returned = handler(event, context, done);
          if (isPromise(returned)) returned.then(resolvePromise, reject);
        } catch (error) {
          reject(error);
        }
      });
    }
    return await handler(event, context);
  }
}

function lambdaContext(arn: string): LambdaContext {
  const functionName = lambdaFunctionName(arn) ?? arn;
  const deadline = performance.now() + TIMEOUT_MS;
  return {
    functionName,
    functionVersion: "$LATEST",
    invokedFunctionArn: arn,
    memoryLimitInMB: "128",
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: "local",
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, Math.round(deadline - performance.now())),
  };
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function";
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
  // Read now: the functions' environment is written into process.env before each call.
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
