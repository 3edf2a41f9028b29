// The command line of `secrets-manager-semantics check`.
import { parseArgs } from "node:util";
import { operations } from "../core/index.ts";

export interface CheckOptions {
  readonly endpoint: string;
  readonly runs: number;
  readonly seed: number;
  /** AWS operation names (and AdvanceClock) the sequences may call. */
  readonly operations: ReadonlySet<string>;
  readonly region: string;
  readonly replicaRegions: readonly string[];
  readonly prefix: string;
  readonly length: number;
  /** Stop after this many kinds of difference; all of them when absent. */
  readonly maxDifferences?: number;
  readonly allowRemote: boolean;
  readonly json: boolean;
  readonly help: boolean;
}

export type ParsedCheckArgs = { readonly ok: true; readonly options: CheckOptions } | { readonly ok: false; readonly error: string };

export const ALL_OPERATIONS: readonly string[] = [...Object.keys(operations), "AdvanceClock"];
const DEFAULT_RUNS = 100;
const DEFAULT_LENGTH = 20;
const REPLICA_CANDIDATES = ["us-west-2", "eu-west-1", "us-east-2"];
const NAME_CHARACTERS = /^[A-Za-z0-9/_+=.@-]{1,200}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

export const CHECK_USAGE = `Usage: secrets-manager-semantics check --endpoint URL [options]

Sends random sequences of Secrets Manager calls to the endpoint (through the official
AWS SDK) and to this library's model, compares the answers, and prints each kind of
difference with the shortest sequence of calls that shows it.

  --endpoint URL          the Secrets Manager endpoint to check (required)
  --runs N                number of random sequences (default ${DEFAULT_RUNS})
  --seed S                replay the run that printed this seed
  --operations A,B,...    only these operations (AWS names; AdvanceClock moves an
                          emulator's clock); CreateSecret is always in; default: all
  --region REGION         region of the calls (default: AWS_REGION, else us-east-1)
  --replica-regions A,B   regions for replication calls (default: two others;
                          "none" for an endpoint without regions)
  --prefix P              prefix of every secret name the check creates
                          (default: derived from the seed)
  --length N              most calls in one sequence (default ${DEFAULT_LENGTH})
  --max-differences N     stop after N kinds of difference (default: report all)
  --allow-remote          check an endpoint that is not on this machine
  --json                  print a JSON report (for CI) instead of text
  -h, --help              show this text

Credentials come from the usual AWS environment variables and profile; for an
endpoint on this machine, test/test when none is configured. The check creates
secrets named PREFIX-N/... and removes them (ForceDeleteWithoutRecovery) when it
ends, also after a failure or Ctrl+C.
Exit status: 0 no difference, 1 differences found, 2 the check could not run,
130 stopped by Ctrl+C.`;

function positiveInteger(text: string | undefined, fallback: number, option: string): number | string {
  if (text === undefined) return fallback;
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : `${option} needs a positive whole number, not "${text}"`;
}

function list(text: string): string[] {
  return text.split(",").map((item) => item.trim()).filter((item) => item !== "");
}

/** A prefix that looks random but comes from the seed, so that a replay names its secrets alike. */
export function prefixForSeed(seed: number): string {
  return `smschk-${(Math.imul(seed ^ 0x5bd1e995, 0x27d4eb2d) >>> 0).toString(36).padStart(7, "0").slice(0, 7)}`;
}

export function parseCheckArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): ParsedCheckArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        endpoint: { type: "string" },
        runs: { type: "string" },
        seed: { type: "string" },
        operations: { type: "string" },
        region: { type: "string" },
        "replica-regions": { type: "string" },
        prefix: { type: "string" },
        length: { type: "string" },
        "max-differences": { type: "string" },
        "allow-remote": { type: "boolean" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  const fail = (error: string): ParsedCheckArgs => ({ ok: false, error });
  const help = values.help === true;
  if (values.endpoint === undefined && !help) return fail("--endpoint URL is required.");
  const endpoint = values.endpoint ?? "http://127.0.0.1";
  try {
    const protocol = new URL(endpoint).protocol;
    if (protocol !== "http:" && protocol !== "https:") return fail(`--endpoint needs an http or https URL, not "${endpoint}".`);
  } catch {
    return fail(`--endpoint needs a URL such as http://127.0.0.1:4566, not "${endpoint}".`);
  }
  const runs = positiveInteger(values.runs, DEFAULT_RUNS, "--runs");
  const length = positiveInteger(values.length, DEFAULT_LENGTH, "--length");
  if (typeof runs === "string") return fail(runs);
  if (typeof length === "string") return fail(length);
  const maxDifferences = positiveInteger(values["max-differences"], 0, "--max-differences");
  if (typeof maxDifferences === "string") return fail(maxDifferences);
  let seed = Math.floor(Math.random() * 2 ** 31);
  if (values.seed !== undefined) {
    seed = Number(values.seed);
    if (!Number.isSafeInteger(seed)) return fail(`--seed needs a whole number, not "${values.seed}".`);
    seed |= 0;
  }
  const chosen = values.operations === undefined ? ALL_OPERATIONS : list(values.operations);
  const unknown = chosen.filter((name) => !ALL_OPERATIONS.includes(name));
  if (unknown.length > 0) return fail(`Unknown operation ${unknown.join(", ")}; the operations are: ${ALL_OPERATIONS.join(", ")}.`);
  // Every sequence needs secrets to call the others on.
  const included = new Set([...chosen, "CreateSecret"]);
  const region = values.region ?? env["AWS_REGION"] ?? env["AWS_DEFAULT_REGION"] ?? "us-east-1";
  const replicas =
    values["replica-regions"] === undefined
      ? REPLICA_CANDIDATES.filter((candidate) => candidate !== region).slice(0, 2)
      : values["replica-regions"] === "none"
        ? []
        : list(values["replica-regions"]);
  const badRegion = [region, ...replicas].find((name) => !REGION.test(name));
  if (badRegion !== undefined) return fail(`"${badRegion}" is not a region name such as us-east-1.`);
  if (replicas.includes(region)) return fail(`--replica-regions must not include the region of the calls (${region}).`);
  const prefix = values.prefix ?? prefixForSeed(seed);
  if (!NAME_CHARACTERS.test(prefix)) return fail("--prefix may hold only letters, digits and /_+=.@- (at most 200 characters).");
  return {
    ok: true,
    options: {
      endpoint,
      runs,
      seed,
      operations: included,
      region,
      replicaRegions: replicas,
      prefix,
      length,
      ...(maxDifferences > 0 && { maxDifferences }),
      allowRemote: values["allow-remote"] === true,
      json: values.json === true,
      help,
    },
  };
}

/** Whether the endpoint is on this machine (a loopback address or localhost). */
export function isLoopback(endpoint: string): boolean {
  const host = new URL(endpoint).hostname.replace(/^\[|\]$/g, "");
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}
