// `secrets-manager-semantics check`: holds a Secrets Manager endpoint against the
// model. Parses the options, refuses an endpoint off this machine unless allowed,
// learns the endpoint's account from a probe secret, runs the search, reports,
// and removes what it created, also after Ctrl+C.
import { CHECK_USAGE, isLoopback, parseCheckArgs, type CheckOptions } from "./args.ts";
import type { CleanupTally } from "./cleanup.ts";
import { ClockControl, EndpointSide, loadSdk, SdkMissingError, type SdkModule, type StaticCredentials } from "./endpoint.ts";
import { NO_AWS_ANSWER } from "./outcome.ts";
import { checkReport, formatFinding, formatSummary, type CheckReport } from "./report.ts";
import { searchDifferences, type Finding } from "./search.ts";
import type { CheckSetting } from "./sequence.ts";

/** Raised when the check cannot run; the message says why, for a person. */
export class CheckSetupError extends Error {}

export interface CheckHooks {
  /** The SDK module (loaded from the installed package by default). */
  readonly sdk?: SdkModule;
  /** Fixed credentials instead of the SDK's default provider chain. */
  readonly credentials?: StaticCredentials;
  readonly onFinding?: (finding: Finding) => void;
  /** Returns true once the run should stop (Ctrl+C). */
  readonly interrupted?: () => boolean;
}

const LOOPBACK_CREDENTIALS: StaticCredentials = { accessKeyId: "test", secretAccessKey: "test" };
const SECRET_ARN = /^arn:([a-z-]+):secretsmanager:[a-z0-9-]+:(\d{12}):secret:/;

/** Runs a check and returns its report; throws CheckSetupError when it cannot run. */
export async function runCheck(options: CheckOptions, hooks: CheckHooks = {}): Promise<CheckReport> {
  const loopback = isLoopback(options.endpoint);
  if (!loopback && !options.allowRemote) {
    throw new CheckSetupError(
      `${options.endpoint} is not on this machine. The check creates secrets there (named ${options.prefix}-N/...) ` +
        "and deletes them with ForceDeleteWithoutRecovery when it ends; against real AWS that costs money and needs " +
        "permissions to create and delete secrets. Pass --allow-remote to run it anyway.",
    );
  }
  const sdk = hooks.sdk ?? (await loadSdk());
  const credentials = hooks.credentials ?? (await credentialsFor(sdk, options, loopback));
  const endpoint = new EndpointSide(sdk, options.endpoint, credentials);
  try {
    const { account, partition } = await probeAccount(endpoint, options);
    const clock = await ClockControl.find(options.endpoint);
    const offset = clock === undefined ? 0 : (await clock.now()) - Date.now();
    const cleanup: CleanupTally = { deleted: 0, failed: [] };
    const interrupted = hooks.interrupted ?? (() => false);
    const setting: CheckSetting = {
      endpoint,
      clock,
      account,
      partition,
      regions: [options.region, ...options.replicaRegions],
      prefix: options.prefix,
      cleanup,
      clockOffsetMs: offset,
      interrupted,
    };
    const search = await searchDifferences(setting, {
      runs: options.runs,
      seed: options.seed,
      operations: options.operations,
      replicaRegions: options.replicaRegions.length,
      clock: clock !== undefined,
      maxCommands: options.length,
      ...(options.maxDifferences !== undefined && { maxFindings: options.maxDifferences }),
      ...(hooks.onFinding !== undefined && { onFinding: hooks.onFinding }),
    });
    const facts = {
      endpoint: options.endpoint,
      region: options.region,
      seed: options.seed,
      prefix: options.prefix,
      clock: clock !== undefined,
      interrupted: interrupted(),
    };
    return checkReport(facts, search, cleanup);
  } finally {
    endpoint.destroy();
  }
}

/** The SDK's default provider chain; on this machine, test/test when it finds nothing. */
async function credentialsFor(sdk: SdkModule, options: CheckOptions, loopback: boolean): Promise<StaticCredentials | undefined> {
  const client = new sdk.SecretsManagerClient({ region: options.region, endpoint: options.endpoint });
  try {
    const provider = client.config.credentials as unknown as () => Promise<unknown>;
    await provider();
    return undefined;
  } catch (error) {
    if (loopback) return LOOPBACK_CREDENTIALS;
    throw new CheckSetupError(`No AWS credentials for ${options.endpoint}: ${(error as Error).message}`);
  } finally {
    client.destroy();
  }
}

/** The endpoint's account and partition, read from the ARN of a secret made and removed for the purpose. */
async function probeAccount(endpoint: EndpointSide, options: CheckOptions): Promise<{ account: string; partition: string }> {
  const name = `${options.prefix}-probe`;
  const created = await endpoint.send(options.region, "CreateSecret", { Name: name });
  await endpoint.send(options.region, "DeleteSecret", { SecretId: name, ForceDeleteWithoutRecovery: true });
  if (!created.ok && created.error.code === NO_AWS_ANSWER) {
    throw new CheckSetupError(`No Secrets Manager answer from ${options.endpoint} (${created.error.message}): is the endpoint running, and is it Secrets Manager?`);
  }
  if (!created.ok) {
    throw new CheckSetupError(`The endpoint ${options.endpoint} did not create a secret: ${created.error.code}: ${created.error.message}`);
  }
  const match = SECRET_ARN.exec(String(created.response["ARN"]));
  if (match === null) throw new CheckSetupError(`The endpoint answered CreateSecret with no secret ARN: ${JSON.stringify(created.response)}`);
  return { partition: match[1]!, account: match[2]! };
}

/** The command line: prints the report, returns the exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseCheckArgs(argv, process.env);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.error}\n\n${CHECK_USAGE}\n`);
    return 2;
  }
  const options = parsed.options;
  if (options.help) {
    process.stdout.write(`${CHECK_USAGE}\n`);
    return 0;
  }
  let stopping = false;
  const onSigint = (): void => {
    if (stopping) {
      process.stderr.write(`\nStopped. Secrets named ${options.prefix}-* may remain at ${options.endpoint}.\n`);
      process.exit(130);
    }
    stopping = true;
    process.stderr.write("\nStopping after the current call; removing the secrets created (Ctrl+C again to stop at once).\n");
  };
  process.on("SIGINT", onSigint);
  process.on("SIGTERM", onSigint);
  let found = 0;
  try {
    const report = await runCheck(options, {
      interrupted: () => stopping,
      onFinding: (finding) => {
        found += 1;
        if (!options.json) process.stdout.write(`${formatFinding(options.endpoint, finding, found)}\n\n`);
      },
    });
    process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatSummary(report)}\n`);
    if (stopping) return 130;
    return report.differences.length === 0 ? 0 : 1;
  } catch (error) {
    if (error instanceof CheckSetupError || error instanceof SdkMissingError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    process.off("SIGINT", onSigint);
    process.off("SIGTERM", onSigint);
  }
}
