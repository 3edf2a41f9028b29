// One sequence of a check: each call sent to the endpoint and to the model, both
// answers compared, until the first difference the check has not reported yet.
// Every sequence names its secrets under a prefix of its own and removes them at
// the end, so sequences never see each other.
import type { OperationName } from "../core/index.ts";
import { CreatedSecrets, type CleanupTally } from "./cleanup.ts";
import { expandPutMany, type CallCommand, type Command } from "./commands.ts";
import { compareOutcomes, type Difference } from "./compare.ts";
import type { ClockControl, EndpointSide } from "./endpoint.ts";
import { ModelSide } from "./model.ts";
import type { Outcome } from "./outcome.ts";
import { pagedCall } from "./paging.ts";
import { SideIds } from "./side-ids.ts";

const HOUR_MS = 3_600_000;

/** What stays the same across the sequences of a check. */
export interface CheckSetting {
  readonly endpoint: EndpointSide;
  readonly clock: ClockControl | undefined;
  readonly account: string;
  readonly partition: string;
  /** Region names: the check's region, then the replica regions. */
  readonly regions: readonly string[];
  /** The prefix of every secret name the check creates. */
  readonly prefix: string;
  readonly cleanup: CleanupTally;
  /** How far the check has moved the endpoint's clock past the real time. */
  clockOffsetMs: number;
  readonly interrupted: () => boolean;
}

/** One step of a transcript: a call (or a put-many step, or a move of the clock) and both answers. */
export interface CallRecord {
  readonly operation: string;
  readonly region: string;
  readonly endpointRequest?: Readonly<Record<string, unknown>>;
  readonly modelRequest?: Readonly<Record<string, unknown>>;
  readonly endpoint?: Outcome;
  readonly model?: Outcome;
  readonly differences: readonly Difference[];
  /** For a put-many step: how many puts it made (the answers shown are the last one's). */
  readonly repeat?: number;
  readonly hours?: number;
}

export interface SequenceResult {
  readonly records: CallRecord[];
  /** The first difference whose kind is not in `known`, with the other differences of its call. */
  readonly finding?: { readonly signature: string; readonly differences: readonly Difference[] };
  readonly calls: number;
}

export async function runSequence(
  setting: CheckSetting,
  commands: readonly Command[],
  sequenceNumber: number,
  known: ReadonlySet<string>,
): Promise<SequenceResult> {
  const namePrefix = `${setting.prefix}-${sequenceNumber}/`;
  const model = new ModelSide(setting.account, setting.partition, setting.clockOffsetMs);
  const world = {
    account: setting.account,
    partition: setting.partition,
    regions: setting.regions,
    namePrefix,
    holderOf: model.holderOf.bind(model),
    versionsOf: model.versionsOf.bind(model),
  };
  const sides = { endpoint: new SideIds(world), model: new SideIds(world) };
  const created = new CreatedSecrets();
  const records: CallRecord[] = [];
  let calls = 0;
  try {
    for (const command of commands) {
      if (setting.interrupted()) break;
      if (command.kind === "advance") {
        const milliseconds = command.hours * HOUR_MS;
        await setting.clock?.advance(milliseconds);
        model.advance(milliseconds);
        setting.clockOffsetMs += milliseconds;
        records.push({ operation: "AdvanceClock", region: setting.regions[0]!, differences: [], hours: command.hours });
        continue;
      }
      const steps = command.kind === "put-many" ? expandPutMany(command) : [command];
      for (const [i, step] of steps.entries()) {
        const record = await runCall(setting, sides, model, created, step);
        calls += 1;
        const fresh = record.differences.find((d) => !known.has(d.signature));
        // A known difference that may have parted the two states ends the sequence.
        const stop = record.differences.some((d) => d.diverges);
        if (i === steps.length - 1 || fresh || stop) records.push(steps.length > 1 ? { ...record, repeat: i + 1 } : record);
        if (fresh) return { records, finding: { signature: fresh.signature, differences: record.differences }, calls };
        if (stop) return { records, calls };
        // A put-many step ends at the first put both sides refuse (the quota, or no such secret).
        if (step !== command && record.endpoint?.ok === false && record.model?.ok === false) {
          if (i < steps.length - 1) records.push({ ...record, repeat: i + 1 });
          break;
        }
      }
    }
    return { records, calls };
  } finally {
    await created.remove(setting.endpoint, setting.cleanup);
  }
}

async function runCall(
  setting: CheckSetting,
  sides: { readonly endpoint: SideIds; readonly model: SideIds },
  model: ModelSide,
  created: CreatedSecrets,
  step: CallCommand,
): Promise<CallRecord> {
  const region = setting.regions[step.region] ?? setting.regions[0]!;
  const endpointRequest = sides.endpoint.resolve(step.input, step.region) as Record<string, unknown>;
  const modelRequest = sides.model.resolve(step.input, step.region) as Record<string, unknown>;
  remember(created, step, endpointRequest, region);
  const now = model.now();
  const endpointOutcome = await pagedCall(endpointRequest, (request) => setting.endpoint.send(region, step.operation, request));
  const modelOutcome = await pagedCall(modelRequest, async (request) => modelCall(model, step.operation, region, request, now));
  sides.endpoint.observe(endpointOutcome);
  sides.model.observe(modelOutcome);
  const differences = compareOutcomes(
    step.operation,
    modelRequest,
    sides.endpoint.symbolize(endpointOutcome) as Outcome,
    sides.model.symbolize(modelOutcome) as Outcome,
  );
  return { operation: step.operation, region, endpointRequest, modelRequest, endpoint: endpointOutcome, model: modelOutcome, differences };
}

/** The model's answer; a throw is a bug of the library, reported as such. */
function modelCall(model: ModelSide, operation: OperationName, region: string, request: Readonly<Record<string, unknown>>, now: number): Outcome {
  try {
    return model.call(operation, region, request, now);
  } catch (error) {
    return { ok: false, error: { code: "(model failure)", message: (error as Error).message } };
  }
}

/** Notes the secrets a call may create on the endpoint, for the removal at the end. */
function remember(created: CreatedSecrets, step: CallCommand, request: Readonly<Record<string, unknown>>, region: string): void {
  const replicas = (members: unknown): string[] =>
    Array.isArray(members) ? members.map((member: { Region?: unknown }) => String(member.Region)) : [];
  const name =
    step.operation === "CreateSecret" ? request["Name"] : step.operation === "ReplicateSecretToRegions" ? request["SecretId"] : undefined;
  if (typeof name !== "string") return;
  const regions = replicas(request["AddReplicaRegions"]);
  if (regions.length > 0) created.replicate(nameOf(name), region, regions);
  else created.add(name, region);
}

/** The secret name in a SecretId that may be an ARN (full: without its suffix). */
function nameOf(secretId: string): string {
  const match = /^arn:[^:]+:secretsmanager:[^:]+:\d+:secret:(.+)$/.exec(secretId);
  if (match === null) return secretId;
  return match[1]!.replace(/-[A-Za-z0-9]{6}$/, "");
}
