// Scenarios the official @aws-sdk/client-secrets-manager drives, written once
// and run against the in-process double and against the HTTP server. Each one
// makes its own secret names, so scenarios can share one emulator; none needs
// to move the clock.
import {
  BatchGetSecretValueCommand,
  CreateSecretCommand,
  DeleteSecretCommand,
  DescribeSecretCommand,
  GetRandomPasswordCommand,
  GetSecretValueCommand,
  InvalidParameterException,
  InvalidRequestException,
  ListSecretsCommand,
  ListSecretVersionIdsCommand,
  PutSecretValueCommand,
  ResourceExistsException,
  ResourceNotFoundException,
  RestoreSecretCommand,
  SecretsManagerServiceException,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateSecretCommand,
  UpdateSecretVersionStageCommand,
  type SecretsManagerClient,
} from "@aws-sdk/client-secrets-manager";
import { expect } from "vitest";

export interface SdkScenario {
  readonly name: string;
  readonly run: (client: SecretsManagerClient) => Promise<void>;
}

let counter = 0;
/** A secret name no other scenario uses. */
export function uniqueName(label: string): string {
  counter += 1;
  return `sdk/${label}-${Date.now().toString(36)}-${counter}`;
}

/** The error a call rejects with. */
export async function rejection(promise: Promise<unknown>): Promise<SecretsManagerServiceException> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(SecretsManagerServiceException);
    return error as SecretsManagerServiceException;
  }
  throw new Error("the call succeeded where an error was expected");
}

async function stagesById(client: SecretsManagerClient, secretId: string): Promise<Record<string, string[]>> {
  const listed = await client.send(new ListSecretVersionIdsCommand({ SecretId: secretId }));
  return Object.fromEntries((listed.Versions ?? []).map((v) => [v.VersionId!, [...(v.VersionStages ?? [])].sort()]));
}

export const sdkScenarios: readonly SdkScenario[] = [
  {
    name: "CreateSecret then GetSecretValue answers the value under AWSCURRENT",
    async run(client) {
      const name = uniqueName("create");
      const created = await client.send(new CreateSecretCommand({ Name: name, SecretString: "s3cret" }));
      expect(created.Name).toBe(name);
      expect(created.ARN).toMatch(new RegExp(`^arn:aws:secretsmanager:[a-z0-9-]+:\\d{12}:secret:${name}-[A-Za-z0-9]{6}$`));
      // The SDK filled ClientRequestToken (idempotencyToken trait): that is the version id.
      expect(created.VersionId).toMatch(/^[0-9a-f-]{36}$/);
      const value = await client.send(new GetSecretValueCommand({ SecretId: name }));
      expect(value).toMatchObject({ ARN: created.ARN, Name: name, SecretString: "s3cret", VersionId: created.VersionId });
      expect(value.VersionStages).toEqual(["AWSCURRENT"]);
      expect(value.CreatedDate).toBeInstanceOf(Date);
      expect(value.SecretBinary).toBeUndefined();
    },
  },
  {
    name: "SecretBinary round-trips arbitrary bytes",
    async run(client) {
      const name = uniqueName("binary");
      const bytes = new Uint8Array([0x00, 0x01, 0x02, 0xff, 0xfe, 0xfd]);
      await client.send(new CreateSecretCommand({ Name: name, SecretBinary: bytes }));
      const value = await client.send(new GetSecretValueCommand({ SecretId: name }));
      expect(value.SecretString).toBeUndefined();
      expect([...(value.SecretBinary ?? [])]).toEqual([...bytes]);
    },
  },
  {
    name: "UpdateSecret with a new value moves AWSCURRENT and leaves AWSPREVIOUS on the old version",
    async run(client) {
      const name = uniqueName("update");
      const first = await client.send(new CreateSecretCommand({ Name: name, SecretString: "one" }));
      const second = await client.send(new UpdateSecretCommand({ SecretId: name, SecretString: "two", Description: "d" }));
      expect(second.VersionId).not.toBe(first.VersionId);
      expect(await stagesById(client, name)).toEqual({
        [first.VersionId!]: ["AWSPREVIOUS"],
        [second.VersionId!]: ["AWSCURRENT"],
      });
      const previous = await client.send(new GetSecretValueCommand({ SecretId: name, VersionStage: "AWSPREVIOUS" }));
      expect(previous.SecretString).toBe("one");
      const described = await client.send(new DescribeSecretCommand({ SecretId: name }));
      expect(described.Description).toBe("d");
      expect(described.Type).toBeUndefined();
    },
  },
  {
    name: "PutSecretValue with VersionStages AWSPENDING leaves AWSCURRENT where it was",
    async run(client) {
      const name = uniqueName("pending");
      const current = await client.send(new CreateSecretCommand({ Name: name, SecretString: "current" }));
      const pending = await client.send(
        new PutSecretValueCommand({ SecretId: name, SecretString: "pending", VersionStages: ["AWSPENDING"] }),
      );
      expect(pending.VersionStages).toEqual(["AWSPENDING"]);
      expect((await client.send(new GetSecretValueCommand({ SecretId: name }))).SecretString).toBe("current");
      const byStage = await client.send(new GetSecretValueCommand({ SecretId: name, VersionStage: "AWSPENDING" }));
      expect(byStage.SecretString).toBe("pending");
      const byId = await client.send(new GetSecretValueCommand({ SecretId: current.ARN!, VersionId: pending.VersionId! }));
      expect(byId).toMatchObject({ SecretString: "pending", VersionStages: ["AWSPENDING"] });
    },
  },
  {
    name: "UpdateSecretVersionStage moves AWSCURRENT to another version and AWSPREVIOUS follows the old one",
    async run(client) {
      const name = uniqueName("move");
      const first = await client.send(new CreateSecretCommand({ Name: name, SecretString: "one" }));
      const pending = await client.send(
        new PutSecretValueCommand({ SecretId: name, SecretString: "two", VersionStages: ["AWSPENDING"] }),
      );
      await client.send(
        new UpdateSecretVersionStageCommand({
          SecretId: name,
          VersionStage: "AWSCURRENT",
          MoveToVersionId: pending.VersionId!,
          RemoveFromVersionId: first.VersionId!,
        }),
      );
      expect(await stagesById(client, name)).toEqual({
        [first.VersionId!]: ["AWSPREVIOUS"],
        [pending.VersionId!]: ["AWSCURRENT", "AWSPENDING"],
      });
      const described = await client.send(new DescribeSecretCommand({ SecretId: name }));
      expect(Object.keys(described.VersionIdsToStages ?? {}).sort()).toEqual([first.VersionId!, pending.VersionId!].sort());
      expect(described.LastChangedDate).toBeInstanceOf(Date);
      expect(described.CreatedDate).toBeInstanceOf(Date);
    },
  },
  {
    name: "PutSecretValue again with the same ClientRequestToken and value answers the same version",
    async run(client) {
      const name = uniqueName("retry");
      await client.send(new CreateSecretCommand({ Name: name, SecretString: "one" }));
      const token = "11111111-2222-3333-4444-555555555555";
      const put = { SecretId: name, SecretString: "two", ClientRequestToken: token };
      const first = await client.send(new PutSecretValueCommand(put));
      const again = await client.send(new PutSecretValueCommand(put));
      expect(again.VersionId).toBe(token);
      expect(first.VersionId).toBe(token);
      expect(Object.keys(await stagesById(client, name))).toHaveLength(2);
      const error = await rejection(client.send(new PutSecretValueCommand({ ...put, SecretString: "three" })));
      expect(error).toBeInstanceOf(ResourceExistsException);
    },
  },
  {
    name: "GetSecretValue of a secret that does not exist throws ResourceNotFoundException with AWS's message",
    async run(client) {
      const error = await rejection(client.send(new GetSecretValueCommand({ SecretId: uniqueName("missing") })));
      expect(error).toBeInstanceOf(ResourceNotFoundException);
      expect(error.name).toBe("ResourceNotFoundException");
      expect(error.message).toBe("Secrets Manager can't find the specified secret.");
      expect(error.$metadata.httpStatusCode).toBe(400);
      expect(error.$fault).toBe("client");
    },
  },
  {
    name: "CreateSecret with a name in use throws ResourceExistsException",
    async run(client) {
      const name = uniqueName("exists");
      await client.send(new CreateSecretCommand({ Name: name, SecretString: "a" }));
      const error = await rejection(client.send(new CreateSecretCommand({ Name: name, SecretString: "b" })));
      expect(error).toBeInstanceOf(ResourceExistsException);
      expect(error.message).toBe(`The operation failed because the secret ${name} already exists.`);
    },
  },
  {
    name: "An invalid secret name is refused with ValidationException and AWS's message",
    async run(client) {
      const error = await rejection(client.send(new GetSecretValueCommand({ SecretId: "bad name?" })));
      expect(error.name).toBe("ValidationException");
      expect(error.message).toBe(
        "Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!",
      );
    },
  },
  {
    name: "DeleteSecret schedules deletion, GetSecretValue is then refused, RestoreSecret brings the secret back",
    async run(client) {
      const name = uniqueName("delete");
      const created = await client.send(new CreateSecretCommand({ Name: name, SecretString: "kept" }));
      const deleted = await client.send(new DeleteSecretCommand({ SecretId: name, RecoveryWindowInDays: 7 }));
      expect(deleted).toMatchObject({ ARN: created.ARN, Name: name });
      expect(deleted.DeletionDate).toBeInstanceOf(Date);
      const refused = await rejection(client.send(new GetSecretValueCommand({ SecretId: name })));
      expect(refused).toBeInstanceOf(InvalidRequestException);
      expect(refused.message).toBe("You can't perform this operation on the secret because it was marked for deletion.");
      expect((await client.send(new DescribeSecretCommand({ SecretId: name }))).DeletedDate).toBeInstanceOf(Date);
      const restored = await client.send(new RestoreSecretCommand({ SecretId: name }));
      expect(restored).toMatchObject({ ARN: created.ARN, Name: name });
      expect((await client.send(new GetSecretValueCommand({ SecretId: name }))).SecretString).toBe("kept");
    },
  },
  {
    name: "DeleteSecret with ForceDeleteWithoutRecovery frees the name at once",
    async run(client) {
      const name = uniqueName("force");
      await client.send(new CreateSecretCommand({ Name: name, SecretString: "old" }));
      await client.send(new DeleteSecretCommand({ SecretId: name, ForceDeleteWithoutRecovery: true }));
      const missing = await rejection(client.send(new DescribeSecretCommand({ SecretId: name })));
      expect(missing).toBeInstanceOf(ResourceNotFoundException);
      await client.send(new CreateSecretCommand({ Name: name, SecretString: "new" }));
      expect((await client.send(new GetSecretValueCommand({ SecretId: name }))).SecretString).toBe("new");
    },
  },
  {
    name: "TagResource and UntagResource change the Tags DescribeSecret shows",
    async run(client) {
      const name = uniqueName("tags");
      await client.send(new CreateSecretCommand({ Name: name, SecretString: "t", Tags: [{ Key: "a", Value: "1" }] }));
      await client.send(new TagResourceCommand({ SecretId: name, Tags: [{ Key: "b", Value: "2" }] }));
      await client.send(new UntagResourceCommand({ SecretId: name, TagKeys: ["a"] }));
      const described = await client.send(new DescribeSecretCommand({ SecretId: name }));
      expect(described.Tags).toEqual([{ Key: "b", Value: "2" }]);
    },
  },
  {
    name: "ListSecrets with a name filter finds the secret",
    async run(client) {
      const name = uniqueName("listed");
      const created = await client.send(new CreateSecretCommand({ Name: name, SecretString: "l", Type: "database" }));
      const listed = await client.send(new ListSecretsCommand({ Filters: [{ Key: "name", Values: [name] }] }));
      const entry = listed.SecretList?.find((s) => s.Name === name);
      expect(entry?.ARN).toBe(created.ARN);
      expect(entry?.SecretVersionsToStages).toEqual({ [created.VersionId!]: ["AWSCURRENT"] });
      expect(entry?.Type).toBe("database");
    },
  },
  {
    name: "BatchGetSecretValue reads several secrets at once and reports a missing one in Errors",
    async run(client) {
      const [a, b, missing] = [uniqueName("batch-a"), uniqueName("batch-b"), uniqueName("batch-missing")];
      await client.send(new CreateSecretCommand({ Name: a, SecretString: "A" }));
      await client.send(new CreateSecretCommand({ Name: b, SecretString: "B" }));
      const batch = await client.send(new BatchGetSecretValueCommand({ SecretIdList: [a, b, missing] }));
      expect(Object.fromEntries((batch.SecretValues ?? []).map((v) => [v.Name, v.SecretString]))).toEqual({ [a]: "A", [b]: "B" });
      expect(batch.Errors?.map((e) => [e.SecretId, e.ErrorCode])).toEqual([[missing, "ResourceNotFoundException"]]);
    },
  },
  {
    name: "GetSecretValue with a VersionStage not on the VersionId throws InvalidRequestException",
    async run(client) {
      const name = uniqueName("mismatch");
      const created = await client.send(new CreateSecretCommand({ Name: name, SecretString: "v" }));
      const error = await rejection(
        client.send(new GetSecretValueCommand({ SecretId: name, VersionId: created.VersionId!, VersionStage: "AWSPREVIOUS" })),
      );
      expect(error).toBeInstanceOf(InvalidRequestException);
      expect(error.message).toBe("You provided a VersionStage that is not associated to the provided VersionId.");
    },
  },
  {
    name: "UpdateSecretVersionStage that would take AWSCURRENT off every version throws InvalidParameterException",
    async run(client) {
      const name = uniqueName("keep-current");
      const created = await client.send(new CreateSecretCommand({ Name: name, SecretString: "v" }));
      const error = await rejection(
        client.send(new UpdateSecretVersionStageCommand({ SecretId: name, VersionStage: "AWSCURRENT", RemoveFromVersionId: created.VersionId! })),
      );
      expect(error).toBeInstanceOf(InvalidParameterException);
      expect(error.message).toBe(
        "You can only move staging label AWSCURRENT to a different secret version. It can’t be completely removed.",
      );
    },
  },
  {
    name: "GetRandomPassword answers a password of the requested length without excluded characters",
    async run(client) {
      const answer = await client.send(new GetRandomPasswordCommand({ PasswordLength: 40, ExcludePunctuation: true }));
      expect(answer.RandomPassword).toMatch(/^[A-Za-z0-9]{40}$/);
    },
  },
];
