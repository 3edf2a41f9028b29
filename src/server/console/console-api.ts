// The console's JSON API, under /_emulator/console/api/. Every answer but `reveal` is free of
// secret values: lists and descriptions come from ListSecrets, DescribeSecret and
// ListSecretVersionIds; a value is sent only when the user asks for one (POST reveal).
//
//   GET  overview                 the clock, the accounts and regions with their secret counts,
//                                 the secrets gone lately, the history's size and limit
//   POST secrets                  {accountId, region, request}: ListSecrets with the user's filters
//   GET  secret?arn=ARN           DescribeSecret, the policy, the versions, the timeline, the requests
//   POST reveal                   {arn, versionId}: one version's value (answered with no-store)
//   GET  requests?limit=N         the last AWS requests, the latest first
import { parseArn } from "../../core/model/arn.ts";
import type { Emulator } from "../../emulator/emulator.ts";
import { decodeRequest } from "../../wire/decode.ts";
import type { HistoryRecorder } from "./history.ts";
import { accountState, readModel } from "./model-reads.ts";
import type { RequestHistory } from "./request-history.ts";

export interface ConsoleSources {
  readonly emulator: Emulator;
  readonly history: HistoryRecorder;
  readonly requests: RequestHistory;
  readonly defaultAccountId: string;
  readonly defaultRegion: string;
}

export interface ApiAnswer {
  readonly status: number;
  readonly body: unknown;
}

/** How many of the secrets gone lately the overview lists. */
const GONE_SHOWN = 50;
const REQUESTS_SHOWN = 200;

export function answerApi(sources: ConsoleSources, method: string, route: string, query: URLSearchParams, body: string): ApiAnswer {
  const input = parseJson(body);
  if (input === undefined) return fault(400, "The body is not a JSON object.");
  switch (`${method} ${route}`) {
    case "GET overview":
      return { status: 200, body: overview(sources) };
    case "POST secrets":
      return listSecrets(sources, input);
    case "GET secret":
      return secretPage(sources, query.get("arn") ?? "");
    case "POST reveal":
      return reveal(sources, input);
    case "GET requests": {
      const limit = Number(query.get("limit") ?? REQUESTS_SHOWN);
      const count = Number.isSafeInteger(limit) && limit > 0 ? Math.min(limit, 1000) : REQUESTS_SHOWN;
      return { status: 200, body: { limit: sources.requests.limit, requests: sources.requests.latest(count) } };
    }
    default:
      return fault(404, `The console has no ${method} ${route}.`);
  }
}

function overview({ emulator, history, requests, defaultAccountId, defaultRegion }: ConsoleSources): unknown {
  const accountIds = new Set([defaultAccountId, ...Object.keys(emulator.exportState().accounts)]);
  const accounts = [...accountIds].sort().map((accountId) => {
    const state = accountState(emulator, accountId, defaultRegion);
    const regions = Object.entries(state.regions)
      .map(([region, { secrets }]) => ({ region, secrets: secrets.count }))
      .sort((a, b) => (a.region < b.region ? -1 : 1));
    return { accountId, regions };
  });
  return {
    now: emulator.now(),
    defaultAccountId,
    defaultRegion,
    accounts,
    history: { limit: history.limit, kept: history.size },
    requestLimit: requests.limit,
    gone: history.goneSecrets().slice(0, GONE_SHOWN),
  };
}

function listSecrets({ emulator }: ConsoleSources, input: Record<string, unknown>): ApiAnswer {
  const { accountId, region, request } = input;
  if (typeof accountId !== "string" || typeof region !== "string") return fault(400, "Name the accountId and the region to list.");
  const decoded = decodeRequest("ListSecrets", request ?? {});
  if (!decoded.ok) return { status: 400, body: { error: { code: decoded.error.code, message: decoded.error.message } } };
  const listed = readModel(emulator, accountId, region, "ListSecrets", decoded.value as never);
  return listed.ok ? { status: 200, body: listed.response } : { status: 400, body: { error: listed.error } };
}

function secretPage({ emulator, history, requests }: ConsoleSources, arn: string): ApiAnswer {
  const parts = parseArn(arn);
  if (parts === undefined) return fault(400, "Name the secret by its ARN: ?arn=arn:aws:secretsmanager:...");
  const { accountId, region } = parts;
  const read = <Name extends "DescribeSecret" | "GetResourcePolicy" | "ListSecretVersionIds">(name: Name, request: object) =>
    readModel(emulator, accountId, region, name, { SecretId: arn, ...request } as never);
  const described = read("DescribeSecret", {});
  const timeline = history.timeline(arn);
  if (!described.ok && timeline === undefined) return { status: 404, body: { error: described.error } };
  const policy = read("GetResourcePolicy", {});
  const versions = read("ListSecretVersionIds", { IncludeDeprecated: true, MaxResults: 100 });
  const name = described.ok ? described.response.Name : (timeline?.name ?? "");
  return {
    status: 200,
    body: {
      arn,
      accountId,
      region,
      historyLimit: history.limit,
      ...(described.ok ? { describe: described.response } : { describeError: described.error }),
      ...(policy.ok ? { policy: policy.response.ResourcePolicy ?? null } : {}),
      ...(versions.ok ? { versions: versions.response.Versions } : {}),
      ...(timeline === undefined ? {} : { timeline }),
      requests: requests.latest(REQUESTS_SHOWN, { arn, name }),
    },
  };
}

function reveal({ emulator }: ConsoleSources, input: Record<string, unknown>): ApiAnswer {
  const { arn, versionId } = input;
  const parts = typeof arn === "string" ? parseArn(arn) : undefined;
  if (parts === undefined || typeof versionId !== "string") return fault(400, "Name the secret's ARN and the versionId to reveal.");
  const read = readModel(emulator, parts.accountId, parts.region, "GetSecretValue", { SecretId: arn as string, VersionId: versionId });
  if (!read.ok) return { status: 400, body: { error: read.error } };
  const { ARN, Name, VersionId, VersionStages, SecretString, SecretBinary } = read.response;
  return {
    status: 200,
    body: { ARN, Name, VersionId, VersionStages, ...(SecretString === undefined ? {} : { SecretString }), ...(SecretBinary === undefined ? {} : { SecretBinary }) },
  };
}

function parseJson(body: string): Record<string, unknown> | undefined {
  if (body.trim() === "") return {};
  try {
    const value = JSON.parse(body) as unknown;
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function fault(status: number, message: string): ApiAnswer {
  return { status, body: { error: { code: status === 404 ? "NotFound" : "BadRequest", message } } };
}
