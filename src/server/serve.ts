// The `serve` command (the default): starts the emulator over HTTP, prints where it listens, and
// stops on SIGINT, SIGTERM, or when the npm script that started it has ended.
import { parseCliArgs, USAGE, type CliOptions } from "./args.ts";
import { controlAccess } from "./control-access.ts";
import { whenOrphaned } from "./parent-watch.ts";
import { CONTROL_TOKEN_VARIABLE, readControlTokenFile, readCredentialsFile } from "./secret-sources.ts";
import { CONSOLE_PATH } from "./console/console-routes.ts";
import { startServer, type EmulatorServer } from "./server.ts";

/** How long a stop waits for open requests and running rotations before giving up. */
const STOP_GRACE_MS = 5000;

export async function serve(argv: readonly string[]): Promise<void> {
  // A closed log pipe (`npm start | head`) must not stop the emulator.
  process.stdout.on("error", () => undefined);
  process.stderr.on("error", () => undefined);
  // Over a file-size limit the kernel sends SIGXFSZ, which by default ends the process: with a
  // listener the write fails with EFBIG instead, and the state file's writer undoes the change.
  process.on("SIGXFSZ", () => undefined);
  const parsed = parseCliArgs(argv, process.env);
  const loaded = parsed.ok ? withSecretFiles(parsed.options) : parsed;
  if (!loaded.ok) {
    process.stderr.write(`${loaded.error}\n\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const options = loaded.options;
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let server: EmulatorServer;
  try {
    server = await startServer({
      host: options.host,
      port: options.port,
      region: options.region,
      accountId: options.accountId,
      lambdas: options.lambdas,
      lambdaTimeoutSeconds: options.lambdaTimeoutSeconds,
      ...(options.python === undefined ? {} : { python: options.python }),
      verifySignatures: options.verifySignatures,
      credentials: options.credentials,
      allowedHosts: options.allowedHosts,
      ...(options.controlToken === undefined ? {} : { controlToken: options.controlToken.token }),
      historyLimit: options.historyLimit,
      ...(options.stateFile === undefined ? {} : { stateFile: options.stateFile }),
      ...(options.quiet ? {} : { log: (line: string) => process.stdout.write(`${new Date().toISOString()} ${line}\n`) }),
      // Even with --quiet: the state file's problems (a torn line dropped, a failed save).
      warn: (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`),
    });
  } catch (error) {
    process.stderr.write(`The emulator did not start: ${(error as Error).message}\n`);
    process.exitCode = 1;
    return;
  }
  // An unexpected rejection is logged rather than fatal (rotation functions run in processes of their own).
  process.on("unhandledRejection", (reason) => process.stderr.write(`unhandled rejection: ${String(reason)}\n`));
  let stopping = false;
  const stop = (reason: string): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${reason}: stopping\n`);
    setTimeout(() => process.exit(1), STOP_GRACE_MS).unref();
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`stopping failed: ${(error as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  // `npm start` runs `sh -c "node dist/cli.js"`. On SIGTERM npm signals that shell, which exits
  // without passing the signal on (dash, Debian's sh, does not exec its last command): the
  // emulator would go on, orphaned, holding the port. Under npm, the end of the parent ends it.
  if (process.env["npm_lifecycle_event"] !== undefined) whenOrphaned(() => stop("the npm script ended"));
  // Last: whoever reads the banner may stop the emulator at once, and must find it listening for that.
  process.stdout.write(banner(server, options));
}

/** The options with the keys of --credentials-file and the token of --control-token-file. */
function withSecretFiles(options: CliOptions): { ok: true; options: CliOptions } | { ok: false; error: string } {
  let credentials = options.credentials;
  if (options.credentialsFile !== undefined) {
    const keys = readCredentialsFile(options.credentialsFile);
    if (!keys.ok) return keys;
    credentials = new Map([...credentials, ...keys.value]);
  }
  if (options.controlTokenFile === undefined) return { ok: true, options: { ...options, credentials } };
  const token = readControlTokenFile(options.controlTokenFile);
  if (!token.ok) return token;
  return { ok: true, options: { ...options, credentials, controlToken: { token: token.value, source: `--control-token-file ${options.controlTokenFile}` } } };
}

/** Where to listen, and how to call: secret keys and the control token are named, never shown. */
function banner(server: EmulatorServer, options: CliOptions): string {
  const { url } = server;
  const lambdas = [...options.lambdas].map(([arn, path]) => `\n  Lambda:   ${arn} -> ${path}`).join("");
  // The SDK and CLI lines use a configured key, which --verify-signatures accepts.
  const [key] = options.credentials;
  const secretKey = key === undefined ? "test" : `<the secret key of ${key[0]}, from ${key[1].source ?? "--credentials"}>`;
  const sdkKey = `accessKeyId: "${key?.[0] ?? "test"}", secretAccessKey: ${key === undefined ? '"test"' : secretKey}`;
  // The CLI line carries its key and region, so it works where no AWS profile is configured.
  const cliEnvironment = `AWS_ACCESS_KEY_ID=${key?.[0] ?? "test"} AWS_SECRET_ACCESS_KEY=${secretKey} AWS_DEFAULT_REGION=${options.region}`;
  const signatures = options.verifySignatures ? `\n  Signed:   every request, with a configured key (${[...options.credentials.keys()].join(", ")})` : "";
  const token = options.controlToken;
  const off = token === undefined ? controlAccess("GET", "/_emulator/state", undefined, { host: server.host, verifySignatures: options.verifySignatures }) : undefined;
  const control = off
    ? `${off.why} ${off.allow}`
    : token === undefined
      ? `curl ${url}/_emulator/clock`
      : `curl -H "authorization: Bearer $${CONTROL_TOKEN_VARIABLE}" ${url}/_emulator/clock   (the token: from ${token.source})`;
  return `Secrets Manager emulator listening on ${url} (region ${options.region}, account ${options.accountId})
  AWS CLI:  ${cliEnvironment} aws --endpoint-url ${url} secretsmanager create-secret --name demo --secret-string s3cret
  JS SDK:   new SecretsManagerClient({ endpoint: "${url}", region: "${options.region}", credentials: { ${sdkKey} } })
  Control:  ${control}
  Console:  ${url}${CONSOLE_PATH}
  State:    ${options.stateFile === undefined ? "in memory only (use --state-file PATH to keep it)" : options.stateFile}${lambdas}${signatures}
Press Ctrl+C to stop.
`;
}
