// The commands that change versions, labels and the deletion state, one per operation.
import { expect } from "vitest";
import type { RequestOf } from "../../src/index.ts";
import { call, Command, modelValue, note, resolve, sorted, type Real, type ValueMembers, type VersionRef } from "./command-support.ts";
import { deleteSecret, restoreSecret } from "./model-lifecycle.ts";
import type { Model } from "./model.ts";

export class CreateSecret extends Command {
  constructor(readonly request: RequestOf<"CreateSecret">) {
    super();
  }
  run(model: Model, real: Real) {
    const r = this.request;
    const v = r.SecretString !== undefined || r.SecretBinary !== undefined ? modelValue(r as ValueMembers) : undefined;
    const reused = model.purged.has(r.Name) && !model.secrets.has(r.Name);
    const expected = model.create(r.Name, r.ClientRequestToken, v);
    const result = call(real, "CreateSecret", r, expected);
    if (reused && result) note(real, "a name created again after its recovery window ended");
    if (result && expected.ok) expect(result.response["VersionId"], "CreateSecret's VersionId").toBe(expected.value);
  }
  toString = () => `CreateSecret(${JSON.stringify(this.request)})`;
}

export class PutSecretValue extends Command {
  constructor(readonly request: RequestOf<"PutSecretValue"> & ValueMembers) {
    super();
  }
  run(model: Model, real: Real) {
    const r = this.request;
    const stages = r.VersionStages === undefined ? undefined : [...r.VersionStages];
    const expected = model.put(r.SecretId, r.ClientRequestToken, modelValue(r), stages);
    const result = call(real, "PutSecretValue", r, expected);
    if (result && expected.ok) {
      expect(result.response["VersionId"], "PutSecretValue's VersionId").toBe(r.ClientRequestToken);
      expect(sorted(result.response["VersionStages"] as string[]), "PutSecretValue's VersionStages").toEqual(expected.value);
    }
  }
  toString = () => `PutSecretValue(${JSON.stringify(this.request)})`;
}

export class UpdateSecret extends Command {
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

export class UpdateSecretVersionStage extends Command {
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

export class DeleteSecret extends Command {
  constructor(readonly request: RequestOf<"DeleteSecret">) {
    super();
  }
  run(model: Model, real: Real) {
    const r = this.request;
    const replicated = model.secrets.get(r.SecretId)?.replicated === true;
    const expected = deleteSecret(model, r.SecretId, r.ForceDeleteWithoutRecovery === true, r.RecoveryWindowInDays);
    const result = call(real, "DeleteSecret", r, expected);
    if (result && expected.ok) expect(result.response["DeletionDate"], "DeleteSecret's DeletionDate").toBe(expected.value);
    if (replicated && !expected.ok) note(real, "DeleteSecret refused for a replicated primary");
  }
  toString = () => `DeleteSecret(${JSON.stringify(this.request)})`;
}

export class RestoreSecret extends Command {
  constructor(readonly secretId: string) {
    super();
  }
  run(model: Model, real: Real) {
    call(real, "RestoreSecret", { SecretId: this.secretId }, restoreSecret(model, this.secretId));
  }
  toString = () => `RestoreSecret(${JSON.stringify(this.secretId)})`;
}
