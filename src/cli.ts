#!/usr/bin/env node
// The command line: starts the emulator over HTTP. `npm start -- --help` lists the options.
import { startServer, type EmulatorServer } from "./http/server.ts";
import { parseCliArgs, USAGE, type CliOptions } from "./server/args.ts";
import { controlAccess } from "./server/control-access.ts";
import { CONTROL_TOKEN_VARIABLE, readControlTokenFile, readCredentialsFile } from "./server/secret-sources.ts";

/** How long a stop waits for open requests and running rotations before giving up. */
const STOP_GRACE_MS = 5000;

async function main(argv: readonly string[]): Promise<void> {
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
      verifySignatures: options.verifySignatures,
      credentials: options.credentials,
      allowedHosts: options.allowedHosts,
      ...(options.controlToken === undefined ? {} : { controlToken: options.controlToken.token }),
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
  process.stdout.write(banner(server, options));
  // An unexpected rejection is logged rather than fatal (rotation functions run in processes of their own).
  process.on("unhandledRejection", (reason) => process.stderr.write(`unhandled rejection: ${String(reason)}\n`));
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${signal}: stopping\n`);
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
  // The SDK line uses a configured key, which --verify-signatures accepts.
  const [key] = options.credentials;
  const sdkKey =
    key === undefined
      ? `accessKeyId: "test", secretAccessKey: "test"`
      : `accessKeyId: "${key[0]}", secretAccessKey: <the secret key of ${key[0]}, from ${key[1].source ?? "--credentials"}>`;
  const signatures = options.verifySignatures ? `\n  Signed:   every request, with a configured key (${[...options.credentials.keys()].join(", ")})` : "";
  const token = options.controlToken;
  const off = token === undefined ? controlAccess("GET", "/_emulator/state", undefined, { host: server.host, verifySignatures: options.verifySignatures }) : undefined;
  const control = off
    ? `${off.why} ${off.allow}`
    : token === undefined
      ? `curl ${url}/_emulator/clock`
      : `curl -H "authorization: Bearer $${CONTROL_TOKEN_VARIABLE}" ${url}/_emulator/clock   (the token: from ${token.source})`;
  return `Secrets Manager emulator listening on ${url} (region ${options.region}, account ${options.accountId})
  AWS CLI:  aws --endpoint-url ${url} secretsmanager create-secret --name demo --secret-string s3cret
  JS SDK:   new SecretsManagerClient({ endpoint: "${url}", region: "${options.region}", credentials: { ${sdkKey} } })
  Control:  ${control}
  State:    ${options.stateFile === undefined ? "in memory only (use --state-file PATH to keep it)" : options.stateFile}${lambdas}${signatures}
Press Ctrl+C to stop.
`;
}

await main(process.argv.slice(2));
