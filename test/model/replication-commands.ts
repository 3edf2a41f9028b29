// Replication to one Region (REPLICA): adding and removing the replica, and
// writes sent to the replica's Region, which a replica refuses (docs/semantics/replication.md#replicas-are-read-only).
import { expect } from "vitest";
import { tokenFor, type OperationName } from "../../src/index.ts";
import { call, Command, inRegion, note, type Real } from "./command-support.ts";
import { removeRegions, replicate, replicaWrite } from "./model-lifecycle.ts";
import { REPLICA, type Model } from "./model.ts";

type Status = { Region: string; Status: string };
const regionsOf = (statuses: unknown) => (statuses as Status[]).map((s) => [s.Region, s.Status]);

export class ReplicateSecretToRegions extends Command {
  constructor(
    readonly secretId: string,
    readonly regions: readonly string[],
  ) {
    super();
  }
  run(model: Model, real: Real) {
    const expected = replicate(model, this.secretId, this.regions);
    const request = { SecretId: this.secretId, AddReplicaRegions: this.regions.map((Region) => ({ Region })) };
    const result = call(real, "ReplicateSecretToRegions", request, expected);
    const replicas = result && regionsOf(result.response["ReplicationStatus"]);
    if (result) expect(replicas, "ReplicateSecretToRegions' ReplicationStatus").toEqual([[REPLICA, "InSync"]]);
  }
  toString = () => `ReplicateSecretToRegions(${JSON.stringify([this.secretId, this.regions])})`;
}

export class RemoveRegionsFromReplication extends Command {
  constructor(
    readonly secretId: string,
    readonly regions: readonly string[],
  ) {
    super();
  }
  run(model: Model, real: Real) {
    const expected = removeRegions(model, this.secretId, this.regions);
    const request = { SecretId: this.secretId, RemoveReplicaRegions: this.regions };
    const result = call(real, "RemoveRegionsFromReplication", request, expected);
    // The answer lists the replicas left.
    const left = model.secrets.get(this.secretId)?.replicated ? [[REPLICA, "InSync"]] : [];
    if (result) expect(regionsOf(result.response["ReplicationStatus"]), "RemoveRegionsFromReplication's ReplicationStatus").toEqual(left);
  }
  toString = () => `RemoveRegionsFromReplication(${JSON.stringify([this.secretId, this.regions])})`;
}

/** The writes sent to REPLICA, each a request that would succeed on the primary. */
const replicaWrites = {
  PutSecretValue: (SecretId: string) => ({ SecretId, SecretString: "from-replica", ClientRequestToken: tokenFor(999) }),
  UpdateSecret: (SecretId: string) => ({ SecretId, Description: "from-replica" }),
  TagResource: (SecretId: string) => ({ SecretId, Tags: [{ Key: "region", Value: REPLICA }] }),
  DeleteSecret: (SecretId: string) => ({ SecretId }),
  ForcedDeleteSecret: (SecretId: string) => ({ SecretId, ForceDeleteWithoutRecovery: true }),
  RestoreSecret: (SecretId: string) => ({ SecretId }),
} as const;
export type ReplicaWriteKind = keyof typeof replicaWrites;
export const replicaWriteKinds = Object.keys(replicaWrites) as ReplicaWriteKind[];

export class WriteInReplicaRegion extends Command {
  constructor(
    readonly kind: ReplicaWriteKind,
    readonly secretId: string,
  ) {
    super();
  }
  run(model: Model, real: Real) {
    const expected = replicaWrite(model, this.secretId, this.kind === "ForcedDeleteSecret");
    const operation = (this.kind === "ForcedDeleteSecret" ? "DeleteSecret" : this.kind) satisfies OperationName;
    inRegion(real, REPLICA, () => call(real, operation, replicaWrites[this.kind](this.secretId) as never, expected));
    if (!expected.ok && expected.code === "InvalidParameterException") note(real, "a write to a replica refused");
  }
  toString = () => `WriteInReplicaRegion(${JSON.stringify([this.kind, this.secretId])})`;
}
