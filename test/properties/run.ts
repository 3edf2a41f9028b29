// Running a sequence of calls with the Driver, one step at a time, and the
// views of a state that the properties compare.
import {
  AWSCURRENT,
  Driver,
  getOwn,
  stagesOf,
  tableSecrets,
  versionIds,
  type OperationName,
  type RequestOf,
  type Result,
  type Secret,
  type State,
  tokenFor,
} from "../../src/index.ts";
import { holderRef, type Call } from "./calls.ts";
import { runRotationSteps } from "./rotation-steps.ts";

/** A VersionId of no version: a holder reference on a secret without AWSCURRENT. */
const NO_VERSION = tokenFor(0);
const HOLDER_PREFIX = holderRef("");

/** Replace each holder reference with the VersionId that holds the label now, else AWSCURRENT. */
export function resolveHolders(state: State, request: unknown, region = "us-east-1"): unknown {
  const members = request as Record<string, unknown>;
  const secretId = members["SecretId"];
  const secret = typeof secretId === "string" ? secretsByName(state, region).get(secretId) : undefined;
  return Object.fromEntries(
    Object.entries(members).map(([key, value]) => {
      if (typeof value !== "string" || !value.startsWith(HOLDER_PREFIX)) return [key, value];
      const label = value.slice(HOLDER_PREFIX.length);
      const holder = secret && (getOwn(secret.labels, label) ?? getOwn(secret.labels, AWSCURRENT));
      return [key, holder ?? NO_VERSION];
    }),
  );
}

export interface Step {
  readonly call: Call;
  readonly before: State;
  readonly after: State;
  /** The time of the call. */
  readonly now: number;
  /** Absent when the clock moved. */
  readonly result?: Result<unknown>;
}

/** Each call with the states around it; a step that throws is a bug and ends the run. */
export function* steps(calls: readonly Call[], driver = new Driver()): Generator<Step> {
  for (const call of calls) {
    const before = driver.state;
    if (call.kind === "rotation-steps") {
      runRotationSteps(driver, call.name, call.fails);
      yield { call, before, after: driver.state, now: driver.now };
      continue;
    }
    if (call.kind !== "call") {
      // A tick lets time pass as the service does; otherwise the clock moves alone.
      if (call.kind === "tick") driver.advance(call.milliseconds);
      else driver.now += call.milliseconds;
      yield { call, before, after: driver.state, now: driver.now };
      continue;
    }
    const request = resolveHolders(driver.state, call.request, driver.region);
    const result = driver.call(call.name, request as RequestOf<OperationName>);
    yield { call, before, after: result.state, now: driver.now, result };
  }
}

/** The secrets of the driver's default region, by ARN (a name may be reused by a new secret). */
export function secretsByArn(state: State, region = "us-east-1"): Map<string, Secret> {
  const byArn = new Map<string, Secret>();
  const regionState = getOwn(state.regions, region);
  if (regionState === undefined) return byArn;
  for (const secret of tableSecrets(regionState.secrets)) byArn.set(secret.ARN, secret);
  return byArn;
}

export function secretsByName(state: State, region = "us-east-1"): Map<string, Secret> {
  return new Map([...secretsByArn(state, region).values()].map((secret) => [secret.Name, secret]));
}

/** Each version's labels as the API lists them, derived from the label index. */
export function stagesByVersion(secret: Secret): Map<string, string[]> {
  return new Map(versionIds(secret.versions).map((id) => [id, stagesOf(secret, id)]));
}

/** The versions that carry a label, with the label. */
export function holdersOf(secret: Secret, label: string): string[] {
  return [...stagesByVersion(secret)].filter(([, stages]) => stages.includes(label)).map(([id]) => id);
}
