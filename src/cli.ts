#!/usr/bin/env node
// The command line: starts the emulator over HTTP. `npm start -- --help` lists the options.
import { startServer, type EmulatorServer } from "./http/server.ts";
import { parseCliArgs, USAGE, type CliOptions } from "./server/args.ts";

/** How long a stop waits for open requests and running rotations before giving up. */
const STOP_GRACE_MS = 5000;

async function main(argv: readonly string[]): Promise<void> {
  // A closed log pipe (`npm start | head`) must not stop the emulator.
  process.stdout.on("error", () => undefined);
  process.stderr.on("error", () => undefined);
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.error}\n\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const options = parsed.options;
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
      verifySignatures: options.verifySignatures,
      credentials: options.credentials,
      ...(options.stateFile === undefined ? {} : { stateFile: options.stateFile }),
      ...(options.quiet ? {} : { log: (line: string) => process.stdout.write(`${new Date().toISOString()} ${line}\n`) }),
    });
  } catch (error) {
    process.stderr.write(`The emulator did not start: ${(error as Error).message}\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(banner(server, options));
  // A rotation function that fails outside its returned promise must not stop the emulator.
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

function banner(server: EmulatorServer, options: CliOptions): string {
  const { url } = server;
  const lambdas = [...options.lambdas].map(([arn, path]) => `\n  Lambda:   ${arn} -> ${path}`).join("");
  // The SDK line uses a configured key, which --verify-signatures accepts.
  const [key] = options.credentials;
  const [accessKeyId, secretAccessKey] = key === undefined ? ["test", "test"] : [key[0], key[1].secretAccessKey];
  const signatures = options.verifySignatures ? `\n  Signed:   every request, with a key of --credentials (${[...options.credentials.keys()].join(", ")})` : "";
  return `Secrets Manager emulator listening on ${url} (region ${options.region}, account ${options.accountId})
  AWS CLI:  aws --endpoint-url ${url} secretsmanager create-secret --name demo --secret-string s3cret
  JS SDK:   new SecretsManagerClient({ endpoint: "${url}", region: "${options.region}", credentials: { accessKeyId: "${accessKeyId}", secretAccessKey: "${secretAccessKey}" } })
  Control:  curl ${url}/_emulator/clock
  State:    ${options.stateFile === undefined ? "in memory only (use --state-file PATH to keep it)" : options.stateFile}${lambdas}${signatures}
Press Ctrl+C to stop.
`;
}

if (process.argv[2] === "check") {
  const { main: check } = await import("./check/main.ts");
  process.exitCode = await check(process.argv.slice(3));
} else {
  await main(process.argv.slice(2));
}
