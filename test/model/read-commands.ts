// The commands that read: each compares the library's answer with the model's.
// GetSecretValue and DescribeSecret also read the replica, in REPLICA's Region.
import { expect } from "vitest";
import { call, Command, inRegion, modelValue, note, resolve, sorted, type Real, type ValueMembers, type VersionRef } from "./command-support.ts";
import { PRIMARY, REPLICA, type Model } from "./model.ts";

export class GetSecretValue extends Command {
  constructor(
    readonly secretId: string,
    readonly version: VersionRef | undefined,
    readonly stage: string | undefined,
    readonly region = PRIMARY,
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
    const expected = model.get(this.secretId, versionId, this.stage, this.region);
    const result = inRegion(real, this.region, () => call(real, "GetSecretValue", request, expected));
    if (result && expected.ok) {
      if (this.region === REPLICA) note(real, "a replica read answered the primary's version");
      const got = result.response as { VersionId: string; VersionStages: string[] } & ValueMembers;
      expect(got.VersionId).toBe(expected.value.id);
      expect(modelValue(got)).toBe(expected.value.value);
      expect(sorted(got.VersionStages)).toEqual(model.stagesOn(model.secrets.get(this.secretId)!, got.VersionId));
    }
  }
  toString = () => `GetSecretValue(${JSON.stringify([this.secretId, this.version, this.stage, this.region])})`;
}

export class DescribeSecret extends Command {
  constructor(
    readonly secretId: string,
    readonly region = PRIMARY,
  ) {
    super();
  }
  run(model: Model, real: Real) {
    const expected = model.versionIdsToStages(this.secretId, this.region);
    const result = inRegion(real, this.region, () => call(real, "DescribeSecret", { SecretId: this.secretId }, expected));
    if (result && expected.ok) {
      const got = result.response;
      const secret = model.secrets.get(this.secretId)!;
      const stages = (got["VersionIdsToStages"] ?? {}) as Record<string, string[]>;
      expect(Object.fromEntries(Object.entries(stages).map(([id, list]) => [id, sorted(list)]))).toEqual(expected.value);
      expect(got["Description"]).toBe(secret.description);
      // Absent until first tagged, [] once every tag is removed (docs/semantics/tags-and-policies.md#tags-absent-or-empty).
      expect(got["Tags"]).toEqual(secret.tags);
      expect(got["DeletedDate"] !== undefined).toBe(secret.deletionDate !== undefined);
      // A primary lists its replica; a replica lists none and names its primary's Region.
      const replicas = ((got["ReplicationStatus"] ?? []) as { Region: string }[]).map((s) => s.Region);
      expect(replicas).toEqual(this.region === PRIMARY && secret.replicated ? [REPLICA] : []);
      if (this.region === REPLICA) expect(got["PrimaryRegion"]).toBe(PRIMARY);
    }
  }
  toString = () => `DescribeSecret(${JSON.stringify([this.secretId, this.region])})`;
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
