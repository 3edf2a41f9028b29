// The environment a local rotation function's process gets: Lambda's reserved variables, the
// emulator's own environment less its secrets, and the endpoint and key it calls back with.
// AWS doc: https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime
import { lambdaFunctionName, regionOfArn } from "../core/model/arn.ts";
import type { KeyCredentials } from "./args.ts";
import type { FunctionCode } from "./lambda-code.ts";
import { CONTROL_TOKEN_VARIABLE, CREDENTIALS_VARIABLE } from "./secret-sources.ts";

export const functionName = (arn: string): string => lambdaFunctionName(arn) ?? arn;

/**
 * Lambda's reserved variables for the function of `arn`.
 * AWS doc: https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime
 */
export function functionEnvironment(arn: string, code: FunctionCode): Record<string, string> {
  const name = functionName(arn);
  const region = regionOfArn(arn);
  return {
    AWS_LAMBDA_FUNCTION_NAME: name,
    AWS_LAMBDA_FUNCTION_VERSION: "$LATEST",
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: "128",
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${name}`,
    AWS_LAMBDA_LOG_STREAM_NAME: "local",
    LAMBDA_TASK_ROOT: code.taskRoot,
    ...(region === "" ? {} : { AWS_REGION: region, AWS_DEFAULT_REGION: region }),
  };
}

/**
 * The emulator's environment (PATH, the user's own variables), less a session token that belongs
 * to other keys and the emulator's own secrets (its keys, its control token).
 */
export function inherited(): Record<string, string | undefined> {
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
 * The key a rotation function calls with for secrets of an account, standing for its execution
 * role: a configured key of that account (so its calls reach that account and pass
 * --verify-signatures), else the key in the environment at start, else `test`.
 */
export function lambdaKeys(credentials: ReadonlyMap<string, KeyCredentials>, defaultAccountId: string): (accountId: string) => AccessKey {
  // Read once, at start.
  const accessKeyId = process.env["AWS_ACCESS_KEY_ID"];
  const secretAccessKey = process.env["AWS_SECRET_ACCESS_KEY"];
  const inherited = accessKeyId !== undefined && secretAccessKey !== undefined ? { accessKeyId, secretAccessKey } : undefined;
  return (account) => {
    for (const [id, key] of credentials) {
      if ((key.accountId ?? defaultAccountId) === account) return { accessKeyId: id, secretAccessKey: key.secretAccessKey };
    }
    return inherited ?? { accessKeyId: "test", secretAccessKey: "test" };
  };
}
