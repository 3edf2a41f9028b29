// The `serve` command (the default): starts the emulator over HTTP, prints where it listens, and
// stops on SIGINT, SIGTERM, or when the npm script that started it has ended.
import { parseCliArgs, USAGE, type CliOptions } from "./args.ts";
import { whenOrphaned } from "./parent-watch.ts";
import { CONSOLE_PATH } from "./console/console-routes.ts";
import { startServer, type EmulatorServer } from "./server.ts";

/** How long a stop waits for open requests and running rotations before giving up. */
const STOP_GRACE_MS = 5000;

export async function serve(argv: readonly string[]): Promise<void> {
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
      historyLimit: options.historyLimit,
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
}

function banner(server: EmulatorServer, options: CliOptions): string {
  const { url } = server;
  const lambdas = [...options.lambdas].map(([arn, path]) => `\n  Lambda:   ${arn} -> ${path}`).join("");
  // The SDK and CLI lines use a configured key, which --verify-signatures accepts.
  const [key] = options.credentials;
  const [accessKeyId, secretAccessKey] = key === undefined ? ["test", "test"] : [key[0], key[1].secretAccessKey];
  const signatures = options.verifySignatures ? `\n  Signed:   every request, with a key of --credentials (${[...options.credentials.keys()].join(", ")})` : "";
  // The CLI line carries its own key and region, so it works where no AWS profile is configured.
  const cliEnvironment = `AWS_ACCESS_KEY_ID=${accessKeyId} AWS_SECRET_ACCESS_KEY=${secretAccessKey} AWS_DEFAULT_REGION=${options.region}`;
  return `Secrets Manager emulator listening on ${url} (region ${options.region}, account ${options.accountId})
  AWS CLI:  ${cliEnvironment} aws --endpoint-url ${url} secretsmanager create-secret --name demo --secret-string s3cret
  JS SDK:   new SecretsManagerClient({ endpoint: "${url}", region: "${options.region}", credentials: { accessKeyId: "${accessKeyId}", secretAccessKey: "${secretAccessKey}" } })
  Control:  curl ${url}/_emulator/clock
  Console:  ${url}${CONSOLE_PATH}
  State:    ${options.stateFile === undefined ? "in memory only (use --state-file PATH to keep it)" : options.stateFile}${lambdas}${signatures}
Press Ctrl+C to stop.
`;
}
