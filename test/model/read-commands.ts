// The commands that read: each compares the library's answer with the model's.
import { expect } from "vitest";
import { call, Command, modelValue, resolve, sorted, type Real, type ValueMembers, type VersionRef } from "./command-support.ts";
import type { Model } from "./model.ts";

export class GetSecretValue extends Command {
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

export class DescribeSecret extends Command {
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

export class ListSecretVersionIds extends Command {
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
