// The options of the emulator's command line (`serve`, the default command): USAGE, and their
// parsing into CliOptions with a message naming the option when one is wrong.
import { parseArgs } from "node:util";
import { parseAuthority } from "./host-names.ts";
import {
  CONTROL_TOKEN_VARIABLE,
  CREDENTIALS_FORM,
  CREDENTIALS_VARIABLE,
  credentialsIn,
  parseCredentials,
  shownEntry,
  tokenProblem,
} from "./secret-sources.ts";

export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 4599;
export const DEFAULT_REGION = "us-east-1";
export const DEFAULT_ACCOUNT_ID = "000000000000";
/** Long enough for a function that loads the AWS SDK for each step on a busy laptop, short enough to notice a hang. */
export const DEFAULT_LAMBDA_TIMEOUT_SECONDS = 60;
/** Lambda's own maximum. AWS doc: https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html */
export const MAX_LAMBDA_TIMEOUT_SECONDS = 900;
export const DEFAULT_HISTORY_LIMIT = 10_000;

export interface CliOptions {
  readonly host: string;
  readonly port: number;
  readonly region: string;
  readonly accountId: string;
  readonly stateFile?: string;
  /** Lambda function ARN → its local code (FILE.py, FILE.mjs, DIR:MODULE.FUNCTION; see lambda-code.ts). */
  readonly lambdas: ReadonlyMap<string, string>;
  /** The interpreter of Python rotation functions. */
  readonly python?: string;
  /** How long one call of a rotation function may run before it is stopped and its step fails. */
  readonly lambdaTimeoutSeconds: number;
  /** Refuse requests whose SigV4 signature is not made with one of `credentials`. */
  readonly verifySignatures: boolean;
  /** Access key id → its secret access key and, when given, the account its calls go to. */
  readonly credentials: ReadonlyMap<string, KeyCredentials>;
  /** More keys, one AKID=SECRET[=ACCOUNT] per line, read at start (secret-sources.ts). */
  readonly credentialsFile?: string;
  /** Host names (NAME or NAME:PORT) requests may be addressed to besides this machine's. */
  readonly allowedHosts: readonly string[];
  /** The control endpoint's token, and where it was given (never shown). */
  readonly controlToken?: { readonly token: string; readonly source: string };
  /** A file holding the control token, read at start. */
  readonly controlTokenFile?: string;
  /** How many history events and requests the web console keeps. */
  readonly historyLimit: number;
  readonly quiet: boolean;
  readonly help: boolean;
}

export interface KeyCredentials {
  readonly secretAccessKey: string;
  readonly accountId?: string;
  /** Where the secret was given (an option, a file, a variable), for messages that never show it. */
  readonly source?: string;
}

export type ParsedArgs = { readonly ok: true; readonly options: CliOptions } | { readonly ok: false; readonly error: string };

export const USAGE = `Usage: secrets-manager-emulator [serve] [options]
       secrets-manager-emulator check --endpoint URL [options]   (check --help: its options)

serve (the default) starts the Secrets Manager emulator: the AWS API on POST /, the control
endpoint under /_emulator/ and the web console at /_emulator/console. Ctrl+C stops it.

  --port N              port to listen on (default ${DEFAULT_PORT}; 0 picks a free port)
  --host HOST           address to listen on (default ${DEFAULT_HOST})
  --region REGION       region of requests that do not name one (default ${DEFAULT_REGION})
  --account ID          AWS account id of the secrets (default ${DEFAULT_ACCOUNT_ID})
  --state-file PATH     load the state from PATH and save every change to it
  --lambda ARN=CODE     run rotation Lambda ARN with local code (repeatable), one of:
                          FILE.py              Python: the function lambda_handler in FILE.py
                          FILE.mjs (.js, .cjs) JavaScript: the exported function handler
                          DIR:MODULE.FUNCTION  Lambda's handler setting, with the code in DIR
  --python PATH         the Python that runs Python functions (default python3; a virtual
                        environment's bin/python finds the packages installed there, boto3)
  --lambda-timeout SECONDS
                        stop a call of a rotation function after SECONDS (1 to ${MAX_LAMBDA_TIMEOUT_SECONDS}; default
                        ${DEFAULT_LAMBDA_TIMEOUT_SECONDS}); its rotation step fails
  --verify-signatures   refuse requests not signed (SigV4) with a key given by --credentials
  --credentials AKID=SECRET[=ACCOUNT]
                        the secret access key of access key id AKID, for --verify-signatures;
                        with ACCOUNT (12 digits), AKID's calls go to that account (repeatable)
  --credentials-file PATH
                        more keys, one AKID=SECRET[=ACCOUNT] a line (also: the environment
                        variable ${CREDENTIALS_VARIABLE},
                        entries separated by spaces or commas)
  --allowed-host NAME[:PORT]
                        also answer requests addressed to NAME (a container's service name, a
                        proxy's name); without PORT on any port (repeatable)
  --control-token-file PATH
                        the token the control endpoint (/_emulator/) takes as
                        Authorization: Bearer <token> (also: --control-token TOKEN, or the
                        environment variable ${CONTROL_TOKEN_VARIABLE});
                        needed beyond loopback and with --verify-signatures
  --history-limit N     how many history events (label moves, versions, deletions) and requests
                        the web console at /_emulator/console keeps (default ${DEFAULT_HISTORY_LIMIT})
  --quiet               do not log one line per request
  -h, --help            show this text`;

const LAMBDA_ARN = /^arn:[a-z-]+:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9_$-]+)?$/;

/** `env` is read for the environment variable forms of the secrets (process.env in the CLI). */
export function parseCliArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): ParsedArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: "string" },
        host: { type: "string" },
        region: { type: "string" },
        account: { type: "string" },
        "state-file": { type: "string" },
        lambda: { type: "string", multiple: true },
        "lambda-timeout": { type: "string" },
        python: { type: "string" },
        "verify-signatures": { type: "boolean" },
        credentials: { type: "string", multiple: true },
        "credentials-file": { type: "string" },
        "allowed-host": { type: "string", multiple: true },
        "control-token": { type: "string" },
        "control-token-file": { type: "string" },
        "history-limit": { type: "string" },
        quiet: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return { ok: false, error: `--port must be an integer from 0 to 65535, got '${values.port}'` };
  }
  const historyLimit = values["history-limit"] === undefined ? DEFAULT_HISTORY_LIMIT : Number(values["history-limit"]);
  if (!Number.isSafeInteger(historyLimit) || historyLimit < 0) {
    return { ok: false, error: `--history-limit must be a whole number of events, 0 or more, got '${values["history-limit"]}'` };
  }
  const accountId = values.account ?? DEFAULT_ACCOUNT_ID;
  if (!/^\d{12}$/.test(accountId)) return { ok: false, error: `--account must be 12 digits, got '${accountId}'` };
  const lambdas = new Map<string, string>();
  for (const mapping of values.lambda ?? []) {
    const at = mapping.indexOf("=");
    const arn = mapping.slice(0, at);
    const path = mapping.slice(at + 1);
    if (at < 0 || path === "" || !LAMBDA_ARN.test(arn)) {
      return { ok: false, error: `--lambda expects ARN=CODE with a Lambda function ARN, got '${mapping}'` };
    }
    lambdas.set(arn, path);
  }
  const lambdaTimeoutSeconds = values["lambda-timeout"] === undefined ? DEFAULT_LAMBDA_TIMEOUT_SECONDS : Number(values["lambda-timeout"]);
  if (!/^\d+$/.test(values["lambda-timeout"] ?? "1") || lambdaTimeoutSeconds < 1 || lambdaTimeoutSeconds > MAX_LAMBDA_TIMEOUT_SECONDS) {
    return {
      ok: false,
      error: `--lambda-timeout must be a whole number of seconds from 1 to ${MAX_LAMBDA_TIMEOUT_SECONDS} (Lambda's maximum), got '${values["lambda-timeout"]}'`,
    };
  }
  if (values.python === "") return { ok: false, error: "--python expects the path of a Python interpreter" };
  const fromEnvironment = credentialsIn(env[CREDENTIALS_VARIABLE] ?? "", CREDENTIALS_VARIABLE, "variable");
  if (!fromEnvironment.ok) return { ok: false, error: fromEnvironment.error };
  const credentials = new Map<string, KeyCredentials>(fromEnvironment.value);
  for (const given of values.credentials ?? []) {
    const parsed = parseCredentials(given);
    if (parsed === undefined) {
      return { ok: false, error: `--credentials expects ${CREDENTIALS_FORM}, got ${shownEntry(given)}` };
    }
    credentials.set(parsed.accessKeyId, { ...parsed.key, source: "--credentials" });
  }
  const credentialsFile = values["credentials-file"];
  const verifySignatures = values["verify-signatures"] ?? false;
  // With no key known every request would be refused.
  if (verifySignatures && credentials.size === 0 && credentialsFile === undefined) {
    return { ok: false, error: `--verify-signatures needs at least one key: --credentials AKID=SECRET, --credentials-file PATH or ${CREDENTIALS_VARIABLE}` };
  }
  const allowedHosts = values["allowed-host"] ?? [];
  const badHost = allowedHosts.find((name) => parseAuthority(name) === undefined);
  if (badHost !== undefined) return { ok: false, error: `--allowed-host expects a host name or address with an optional :PORT, got '${badHost}'` };
  const controlTokenFile = values["control-token-file"];
  const given = values["control-token"];
  if (given !== undefined && controlTokenFile !== undefined) {
    return { ok: false, error: "--control-token and --control-token-file both give the control token: give one" };
  }
  const fromVariable = env[CONTROL_TOKEN_VARIABLE];
  const controlToken =
    given !== undefined
      ? { token: given, source: "--control-token" }
      : controlTokenFile === undefined && fromVariable !== undefined && fromVariable !== ""
        ? { token: fromVariable.trim(), source: CONTROL_TOKEN_VARIABLE }
        : undefined;
  const weak = controlToken === undefined ? undefined : tokenProblem(controlToken.token, controlToken.source);
  if (weak !== undefined) return { ok: false, error: weak };
  const options: CliOptions = {
    host: values.host ?? DEFAULT_HOST,
    port,
    region: values.region ?? DEFAULT_REGION,
    accountId,
    lambdas,
    lambdaTimeoutSeconds,
    verifySignatures,
    credentials,
    allowedHosts,
    historyLimit,
    quiet: values.quiet ?? false,
    help: values.help ?? false,
    ...(values["state-file"] === undefined ? {} : { stateFile: values["state-file"] }),
    ...(values.python === undefined ? {} : { python: values.python }),
    ...(credentialsFile === undefined ? {} : { credentialsFile }),
    ...(controlToken === undefined ? {} : { controlToken }),
    ...(controlTokenFile === undefined ? {} : { controlTokenFile }),
  };
  return { ok: true, options };
}
