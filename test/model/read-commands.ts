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
      expect(got.VersionId, "GetSecretValue's VersionId").toBe(expected.value.id);
      expect(modelValue(got), "GetSecretValue's value").toBe(expected.value.value);
      const stages = model.stagesOn(model.secrets.get(this.secretId)!, got.VersionId);
      expect(sorted(got.VersionStages), "GetSecretValue's VersionStages").toEqual(stages);
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
      const bySortedStages = Object.fromEntries(Object.entries(stages).map(([id, list]) => [id, sorted(list)]));
      expect(bySortedStages, "DescribeSecret's VersionIdsToStages").toEqual(expected.value);
      expect(got["Description"], "DescribeSecret's Description").toBe(secret.description);
      // Absent until first tagged, [] once every tag is removed (docs/semantics/tags-and-policies.md#tags-absent-or-empty).
      expect(got["Tags"], "DescribeSecret's Tags").toEqual(secret.tags);
      expect(got["DeletedDate"] !== undefined, "DescribeSecret's DeletedDate").toBe(secret.deletionDate !== undefined);
      // A primary lists its replica; a replica lists none and names its primary's Region.
      const replicas = ((got["ReplicationStatus"] ?? []) as { Region: string }[]).map((s) => s.Region);
      expect(replicas, "DescribeSecret's ReplicationStatus").toEqual(this.region === PRIMARY && secret.replicated ? [REPLICA] : []);
      if (this.region === REPLICA) expect(got["PrimaryRegion"], "a replica's PrimaryRegion").toBe(PRIMARY);
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
      expect(ids.sort(), "ListSecretVersionIds' VersionIds").toEqual([...expected.value].sort());
    }
  }
  toString = () => `ListSecretVersionIds(${JSON.stringify([this.secretId, this.includeDeprecated])})`;
}
