// One fast-check command per operation: each runs the call on the model and
// on the library (through the Driver) and compares the answers; after every
// command the library's state must satisfy invariantViolations.
import fc from "fast-check";
import { expect } from "vitest";
import { Driver, invariantViolations, tokenFor, type OperationName, type RequestOf, type Result } from "../../src/index.ts";
import { arbitrariesOf, pools } from "../properties/calls.ts";
import type { Answer, Model, Value } from "./model.ts";

export interface Real {
  readonly driver: Driver;
}

type ValueMembers = { SecretString: string } | { SecretBinary: string };
const modelValue = (v: ValueMembers): Value => ("SecretString" in v ? `S:${v.SecretString}` : `B:${v.SecretBinary}`);
const sorted = (list: readonly string[] | undefined) => [...(list ?? [])].sort();

/** A VersionId as the generator picks it: a pooled token, or whichever version holds a label now. */
type VersionRef = { readonly token: string } | { readonly holderOf: string };
function resolve(model: Model, name: string, ref: VersionRef | undefined): string | undefined {
  if (ref === undefined || "token" in ref) return ref?.token;
  const labels = model.secrets.get(name)?.labels;
  return labels?.get(ref.holderOf) ?? labels?.get("AWSCURRENT") ?? tokenFor(0);
}

/** Run one call on the library and check it against the model's answer. */
function call<Name extends OperationName, T>(
  real: Real,
  name: Name,
  request: RequestOf<Name>,
  expected: Answer<T>,
): Result<unknown> & { ok: true; response: Record<string, unknown> } | undefined {
  const before = real.driver.state;
  const result = real.driver.call(name, request) as Result<unknown>;
  const answer = result.ok ? "ok" : result.error.code;
  expect(answer).toBe(expected.ok ? "ok" : expected.code);
  if (!result.ok) expect(result.state).toBe(before);
  expect(invariantViolations(result.state)).toEqual([]);
  return result.ok ? (result as never) : undefined;
}

abstract class Command implements fc.Command<Model, Real> {
  check(): boolean {
    return true;
  }
  abstract run(model: Model, real: Real): void;
  abstract toString(): string;
}

const { name, token, label, value, write } = arbitrariesOf(pools);
const versionRef: fc.Arbitrary<VersionRef> = fc.oneof(
  { weight: 1, arbitrary: token.map((t) => ({ token: t })) },
  { weight: 2, arbitrary: label.map((l) => ({ holderOf: l })) },
);
const option = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

class CreateSecret extends Command {
  constructor(readonly request: RequestOf<"CreateSecret">) {
    super();
  }
  run(model: Model, real: Real) {
    const r = this.request;
    const v = r.SecretString !== undefined || r.SecretBinary !== undefined ? modelValue(r as ValueMembers) : undefined;
    const expected = model.create(r.Name, r.ClientRequestToken, v);
    const result = call(real, "CreateSecret", r, expected);
    if (result && expected.ok) expect(result.response["VersionId"]).toBe(expected.value);
  }
  toString = () => `CreateSecret(${JSON.stringify(this.request)})`;
}

class PutSecretValue extends Command {
  constructor(readonly request: RequestOf<"PutSecretValue"> & ValueMembers) {
    super();
  }
  run(model: Model, real: Real) {
    const r = this.request;
    const stages = r.VersionStages === undefined ? undefined : [...r.VersionStages];
    const expected = model.put(r.SecretId, r.ClientRequestToken, modelValue(r), stages);
    const result = call(real, "PutSecretValue", r, expected);
    if (result && expected.ok) {
      expect(result.response["VersionId"]).toBe(r.ClientRequestToken);
      expect(sorted(result.response["VersionStages"] as string[])).toEqual(expected.value);
    }
  }
  toString = () => `PutSecretValue(${JSON.stringify(this.request)})`;
}

class UpdateSecret extends Command {
  constructor(readonly request: RequestOf<"UpdateSecret">) {
    super();
  }
  run(model: Model, real: Real) {
    const r = this.request;
    const v = r.SecretString !== undefined || r.SecretBinary !== undefined ? modelValue(r as ValueMembers) : undefined;
    call(real, "UpdateSecret", r, model.update(r.SecretId, r.ClientRequestToken, v, r.Description));
  }
  toString = () => `UpdateSecret(${JSON.stringify(this.request)})`;
}

class UpdateSecretVersionStage extends Command {
  constructor(
    readonly secretId: string,
    readonly stage: string,
    readonly removeFrom: VersionRef | undefined,
    readonly moveTo: VersionRef | undefined,
  ) {
    super();
  }
  run(model: Model, real: Real) {
    const removeFrom = resolve(model, this.secretId, this.removeFrom);
    const moveTo = resolve(model, this.secretId, this.moveTo);
    const request = {
      SecretId: this.secretId,
      VersionStage: this.stage,
      ...(removeFrom !== undefined && { RemoveFromVersionId: removeFrom }),
      ...(moveTo !== undefined && { MoveToVersionId: moveTo }),
    };
    call(real, "UpdateSecretVersionStage", request, model.updateStage(this.secretId, this.stage, removeFrom, moveTo));
  }
  toString = () =>
    `UpdateSecretVersionStage(${JSON.stringify([this.secretId, this.stage, this.removeFrom, this.moveTo])})`;
}

class GetSecretValue extends Command {
  constructor(
    readonly secretId: string,
    readonly version: VersionRef | undefined,
    readonly stage: string | undefined,
  ) {
    super();
  }
  run(model: Model, real: Real) {
    const versionId = resolve(model, this.secretId, this.version);
    const request = {
      SecretId: this.secretId,
      ...(versionId !== undefined && { VersionId: versionId }),
      ...(this.stage !== undefined && { VersionStage: this.stage }),
    };
    const expected = model.get(this.secretId, versionId, this.stage);
    const result = call(real, "GetSecretValue", request, expected);
    if (result && expected.ok) {
      const got = result.response as { VersionId: string; VersionStages: string[] } & ValueMembers;
      expect(got.VersionId).toBe(expected.value.id);
      expect(modelValue(got)).toBe(expected.value.value);
      expect(sorted(got.VersionStages)).toEqual(model.stagesOn(model.secrets.get(this.secretId)!, got.VersionId));
    }
  }
  toString = () => `GetSecretValue(${JSON.stringify([this.secretId, this.version, this.stage])})`;
}

class DescribeSecret extends Command {
  constructor(readonly secretId: string) {
    super();
  }
  run(model: Model, real: Real) {
    const expected = model.versionIdsToStages(this.secretId);
    const result = call(real, "DescribeSecret", { SecretId: this.secretId }, expected);
    if (result && expected.ok) {
      const stages = (result.response["VersionIdsToStages"] ?? {}) as Record<string, string[]>;
      expect(Object.fromEntries(Object.entries(stages).map(([id, list]) => [id, sorted(list)]))).toEqual(expected.value);
      expect(result.response["Description"]).toBe(model.secrets.get(this.secretId)!.description);
    }
  }
  toString = () => `DescribeSecret(${JSON.stringify(this.secretId)})`;
}

class ListSecretVersionIds extends Command {
  constructor(
    readonly secretId: string,
    readonly includeDeprecated: boolean,
  ) {
    super();
  }
  run(model: Model, real: Real) {
    const expected = model.versionIds(this.secretId, this.includeDeprecated);
    const request = { SecretId: this.secretId, IncludeDeprecated: this.includeDeprecated };
    const result = call(real, "ListSecretVersionIds", request, expected);
    if (result && expected.ok) {
      const ids = (result.response["Versions"] as { VersionId: string }[]).map((v) => v.VersionId);
      expect(ids.sort()).toEqual([...expected.value].sort());
    }
  }
  toString = () => `ListSecretVersionIds(${JSON.stringify([this.secretId, this.includeDeprecated])})`;
}

class AdvanceClock extends Command {
  constructor(readonly milliseconds: number) {
    super();
  }
  run(_model: Model, real: Real) {
    real.driver.advance(this.milliseconds);
  }
  toString = () => `AdvanceClock(${this.milliseconds})`;
}

/** Every command, weighted; add a new operation's command here. */
export const commandArbitraries: fc.Arbitrary<fc.Command<Model, Real>>[] = [
  fc.record({ Name: name, write }).map(({ Name, write: w }) => new CreateSecret({ Name, ...w })),
  fc
    .record({
      SecretId: name,
      value,
      token: fc.option(token, { nil: undefined, freq: 12 }),
      stages: option(fc.uniqueArray(label, { minLength: 1, maxLength: 20, size: "max" })),
    })
    .map(
      ({ SecretId, value: v, token: t, stages }) =>
        new PutSecretValue({
          SecretId,
          ...v,
          ...(t !== undefined && { ClientRequestToken: t }),
          ...(stages !== undefined && { VersionStages: stages }),
        }),
    ),
  fc
    .record({ SecretId: name, write, description: option(fc.constantFrom("", "d1", "d2")) })
    .map(({ SecretId, write: w, description }) => new UpdateSecret({ SecretId, ...w, ...(description !== undefined && { Description: description }) })),
  fc
    .tuple(name, label, option(versionRef), option(versionRef))
    .map(([n, l, from, to]) => new UpdateSecretVersionStage(n, l, from, to)),
  fc.tuple(name, option(versionRef), option(label)).map(([n, ref, stage]) => new GetSecretValue(n, ref, stage)),
  name.map((n) => new DescribeSecret(n)),
  fc.tuple(name, fc.boolean()).map(([n, all]) => new ListSecretVersionIds(n, all)),
  fc.constantFrom(60_000, 25 * 60 * 60 * 1000).map((ms) => new AdvanceClock(ms)),
];
