// The steps of the explored universe, each run on the library and on the model
// of the model-based tests, with the library's answer checked against the model's.
import { AWSCURRENT, AWSPENDING, AWSPREVIOUS, HOUR_MS, operations, tick, type Result } from "../../src/index.ts";
import { advance, deleteSecret, restoreSecret } from "../model/model-lifecycle.ts";
import type { Answer, Model } from "../model/model.ts";
import { contextAt, copyModel, SECRET, TOKENS, type World } from "./world.ts";

export const LABELS = [AWSCURRENT, AWSPREVIOUS, AWSPENDING, "Custom"] as const;
const VALUES = ["a", "b"] as const;

/** What the steps call: the core's operations and tick, or a table wrapped around them. */
export interface Service {
  readonly operations: typeof operations;
  readonly tick: typeof tick;
}
export const core: Service = { operations, tick };

export interface Step {
  /** The call with its arguments, tokens as t1..t3. */
  readonly name: string;
  /** The call without tokens or values: what the diagram of the label machine shows. */
  readonly family: string;
  /** The next point, and what the library answered that the model did not, if anything. */
  run(world: World, service: Service): { readonly world: World; readonly problem?: string | undefined };
}

/** VersionStages omitted, or any non-empty set of the four labels (16 choices). */
export const STAGE_SETS: (readonly string[] | undefined)[] = [
  undefined,
  ...Array.from({ length: 15 }, (_, bits) => LABELS.filter((_, i) => ((bits + 1) >> i) & 1)),
];

const tokenName = (token: string | undefined) => (token === undefined ? "-" : `t${TOKENS.indexOf(token) + 1}`);
const sortedText = (list: readonly string[] | undefined) => JSON.stringify([...(list ?? [])].sort());

/** VersionStages compared as sets: AWS documents no order. */
function stagesProblem(answered: unknown, expected: readonly string[]): string | undefined {
  const stages = answered as string[] | undefined;
  return sortedText(stages) === sortedText(expected) ? undefined : `VersionStages ${JSON.stringify(stages)}, the model ${expected}`;
}

/** The answer's code against the model's; then, when both succeeded, `same` compares the members. */
function compare<T>(result: Result<unknown>, expected: Answer<T>, same?: (response: Record<string, unknown>, value: T) => string | undefined) {
  const code = result.ok ? "ok" : result.error.code;
  const wanted = expected.ok ? "ok" : expected.code;
  if (code !== wanted) return `answered ${code}, the model ${wanted}`;
  return result.ok && expected.ok && same ? same(result.response as Record<string, unknown>, expected.value) : undefined;
}

function call(world: World, model: Model, result: Result<unknown>, problem: string | undefined) {
  const changed = !result.ok && result.state !== world.state ? "a failed call changed the state" : undefined;
  return { world: { state: result.state, model, now: world.now }, problem: problem ?? changed };
}

function put(token: string, value: string, stages: readonly string[] | undefined): Step {
  const listed = stages === undefined ? "" : ` [${stages.join(",")}]`;
  return {
    name: `PutSecretValue ${tokenName(token)} ${value}${listed}`,
    family: `PutSecretValue${listed}`,
    run(world, { operations: ops }) {
      const model = copyModel(world.model);
      const expected = model.put(SECRET, token, `S:${value}`, stages && [...stages]);
      const request = { SecretId: SECRET, ClientRequestToken: token, SecretString: value, ...(stages && { VersionStages: stages }) };
      const result = ops.PutSecretValue(world.state, request, contextAt(world.now));
      const problem = compare(result, expected, (r, labels) =>
        r["VersionId"] === token ? stagesProblem(r["VersionStages"], labels) : `VersionId ${String(r["VersionId"])}`,
      );
      return call(world, model, result, problem);
    },
  };
}

function moveLabel(label: string, from: string | undefined, to: string | undefined): Step {
  const action = to === undefined ? "remove" : from === undefined ? "attach" : "move";
  return {
    name: `UpdateSecretVersionStage ${label} ${tokenName(from)}→${tokenName(to)}`,
    family: `UpdateSecretVersionStage ${label} ${action}`,
    run(world, { operations: ops }) {
      const model = copyModel(world.model);
      const expected = model.updateStage(SECRET, label, from, to);
      const request = {
        SecretId: SECRET,
        VersionStage: label,
        ...(from !== undefined && { RemoveFromVersionId: from }),
        ...(to !== undefined && { MoveToVersionId: to }),
      };
      const result = ops.UpdateSecretVersionStage(world.state, request, contextAt(world.now));
      return call(world, model, result, compare(result, expected));
    },
  };
}

function getByStage(label: string): Step {
  return {
    name: `GetSecretValue ${label}`,
    family: "GetSecretValue",
    run(world, { operations: ops }) {
      const model = copyModel(world.model);
      const expected = model.get(SECRET, undefined, label);
      const result = ops.GetSecretValue(world.state, { SecretId: SECRET, VersionStage: label }, contextAt(world.now));
      const problem = compare(result, expected, (r, version) => {
        const stages = model.stagesOn(model.secrets.get(SECRET)!, version.id);
        if (r["VersionId"] !== version.id) return `VersionId ${String(r["VersionId"])}, the model ${version.id}`;
        if (`S:${String(r["SecretString"])}` !== version.value) return `SecretString ${String(r["SecretString"])}`;
        return stagesProblem(r["VersionStages"], stages);
      });
      return call(world, model, result, problem);
    },
  };
}

function deleteIt(force: boolean): Step {
  const how = force ? "ForceDeleteWithoutRecovery" : "RecoveryWindowInDays 7";
  return {
    name: `DeleteSecret ${how}`,
    family: `DeleteSecret ${how}`,
    run(world, { operations: ops }) {
      const model = copyModel(world.model);
      const expected = deleteSecret(model, SECRET, force, force ? undefined : 7);
      const request = force ? { SecretId: SECRET, ForceDeleteWithoutRecovery: true } : { SecretId: SECRET, RecoveryWindowInDays: 7 };
      const result = ops.DeleteSecret(world.state, request, contextAt(world.now));
      const problem = compare(result, expected, (r, date) =>
        r["DeletionDate"] === date ? undefined : `DeletionDate ${String(r["DeletionDate"])}, the model ${date}`,
      );
      return call(world, model, result, problem);
    },
  };
}

const restore: Step = {
  name: "RestoreSecret",
  family: "RestoreSecret",
  run(world, { operations: ops }) {
    const model = copyModel(world.model);
    const expected = restoreSecret(model, SECRET);
    const result = ops.RestoreSecret(world.state, { SecretId: SECRET }, contextAt(world.now));
    return call(world, model, result, compare(result, expected));
  },
};

/** The clock moved: past 24 hours, or past the shortest recovery window (so that a purge is near). */
function clock(hours: number): Step {
  return {
    name: `clock +${hours} h`,
    family: "clock",
    run(world) {
      const model = copyModel(world.model);
      advance(model, hours * HOUR_MS, false);
      return { world: { state: world.state, model, now: world.now + hours * HOUR_MS } };
    },
  };
}

/** The service acts on its own at the current time: it removes secrets whose recovery window ended. */
const serviceTick: Step = {
  name: "tick",
  family: "tick",
  run(world, service) {
    const model = copyModel(world.model);
    advance(model, 0, true);
    const result = service.tick(world.state, { now: world.now, randomSeed: 1 });
    const problem = result.rotationsStarted.length > 0 ? "a tick started a rotation" : undefined;
    return { world: { state: result.state, model, now: world.now }, problem };
  },
};

const optional = [undefined, ...TOKENS];

/** Every step of the universe: 96 writes, 64 label moves, 4 reads, 2 deletions, a restore, 2 clock moves, a tick. */
export const STEPS: readonly Step[] = [
  ...TOKENS.flatMap((t) => VALUES.flatMap((v) => STAGE_SETS.map((s) => put(t, v, s)))),
  ...LABELS.flatMap((l) => optional.flatMap((from) => optional.map((to) => moveLabel(l, from, to)))),
  ...LABELS.map(getByStage),
  deleteIt(false),
  deleteIt(true),
  restore,
  clock(25),
  clock(8 * 24),
  serviceTick,
];
