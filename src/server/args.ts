// The command line of the emulator: `node dist/cli.js [--port N] [--host H] [--state-file PATH]
// [--lambda ARN=PATH]... [--region R] [--account ID] [--verify-signatures]
// [--credentials AKID=SECRET[=ACCOUNT]]... [--history-limit N] [--quiet]`.
import { parseArgs } from "node:util";

export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 4599;
export const DEFAULT_REGION = "us-east-1";
export const DEFAULT_ACCOUNT_ID = "000000000000";
export const DEFAULT_HISTORY_LIMIT = 10_000;

export interface CliOptions {
  readonly host: string;
  readonly port: number;
  readonly region: string;
  readonly accountId: string;
  readonly stateFile?: string;
  /** Lambda function ARN → path of a local JavaScript module exporting `handler`. */
  readonly lambdas: ReadonlyMap<string, string>;
  /** Refuse requests whose SigV4 signature is not made with one of `credentials`. */
  readonly verifySignatures: boolean;
  /** Access key id → its secret access key and, when given, the account its calls go to. */
  readonly credentials: ReadonlyMap<string, KeyCredentials>;
  /** How many history events and requests the web console keeps. */
  readonly historyLimit: number;
  readonly quiet: boolean;
  readonly help: boolean;
}

export interface KeyCredentials {
  readonly secretAccessKey: string;
  readonly accountId?: string;
}

export type ParsedArgs = { readonly ok: true; readonly options: CliOptions } | { readonly ok: false; readonly error: string };

export const USAGE = `Usage: secrets-manager-emulator [options]

  --port N              port to listen on (default ${DEFAULT_PORT}; 0 picks a free port)
  --host HOST           address to listen on (default ${DEFAULT_HOST})
  --region REGION       region of requests that do not name one (default ${DEFAULT_REGION})
  --account ID          AWS account id of the secrets (default ${DEFAULT_ACCOUNT_ID})
  --state-file PATH     load the state from PATH and save every change to it
  --lambda ARN=PATH     run rotation Lambda ARN with the handler exported by the module at PATH
                        (repeatable)
  --verify-signatures   refuse requests not signed (SigV4) with a key given by --credentials
  --credentials AKID=SECRET[=ACCOUNT]
                        the secret access key of access key id AKID, for --verify-signatures;
                        with ACCOUNT (12 digits), AKID's calls go to that account (repeatable)
  --history-limit N     how many history events (label moves, versions, deletions) and requests
                        the web console at /_emulator/console keeps (default ${DEFAULT_HISTORY_LIMIT})
  --quiet               do not log one line per request
  --help                show this text`;

const LAMBDA_ARN = /^arn:[a-z-]+:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9_$-]+)?$/;

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
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
        "verify-signatures": { type: "boolean" },
        credentials: { type: "string", multiple: true },
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
      return { ok: false, error: `--lambda expects ARN=PATH with a Lambda function ARN, got '${mapping}'` };
    }
    lambdas.set(arn, path);
  }
  const credentials = new Map<string, KeyCredentials>();
  for (const given of values.credentials ?? []) {
    const parsed = parseCredentials(given);
    if (parsed === undefined) {
      return { ok: false, error: `--credentials expects AKID=SECRET or AKID=SECRET=ACCOUNT (12 digits), got '${given}'` };
    }
    credentials.set(parsed.accessKeyId, parsed.key);
  }
  const verifySignatures = values["verify-signatures"] ?? false;
  // With no key known every request would be refused.
  if (verifySignatures && credentials.size === 0) {
    return { ok: false, error: "--verify-signatures needs at least one --credentials AKID=SECRET" };
  }
  const options: CliOptions = {
    host: values.host ?? DEFAULT_HOST,
    port,
    region: values.region ?? DEFAULT_REGION,
    accountId,
    lambdas,
    verifySignatures,
    credentials,
    historyLimit,
    quiet: values.quiet ?? false,
    help: values.help ?? false,
    ...(values["state-file"] === undefined ? {} : { stateFile: values["state-file"] }),
  };
  return { ok: true, options };
}

/** `AKID=SECRET` or `AKID=SECRET=ACCOUNT`; AWS's access keys and secret keys hold no `=`. */
function parseCredentials(text: string): { accessKeyId: string; key: KeyCredentials } | undefined {
  const [accessKeyId, secretAccessKey, accountId, ...rest] = text.split("=");
  if (accessKeyId === undefined || accessKeyId === "" || secretAccessKey === undefined || secretAccessKey === "") return undefined;
  if (rest.length > 0 || (accountId !== undefined && !/^\d{12}$/.test(accountId))) return undefined;
  return { accessKeyId, key: { secretAccessKey, ...(accountId === undefined ? {} : { accountId }) } };
}
