// The in-process double: the official client, a clock and a region under the test's control.
import {
  CreateSecretCommand,
  DeleteSecretCommand,
  DescribeSecretCommand,
  GetSecretValueCommand,
  InternalServiceError,
  ListSecretsCommand,
  PutSecretValueCommand,
  ResourceNotFoundException,
} from "@aws-sdk/client-secrets-manager";
import { describe, expect, it } from "vitest";
import { DAY_MS } from "../../src/core/index.ts";
import { createSecretsManagerDouble } from "../../src/sdk/index.ts";
import { rejection } from "../support/sdk-scenarios.ts";

const START = Date.UTC(2026, 4, 1, 12, 0, 0, 250);

describe("createSecretsManagerDouble", () => {
  it("stamps calls with the test's clock and files secrets under the chosen region and account", async () => {
    const { client, emulator } = createSecretsManagerDouble({ now: () => START, region: "ca-central-1", accountId: "444455556666" });
    const created = await client.send(new CreateSecretCommand({ Name: "clocked", SecretString: "v" }));
    expect(created.ARN).toMatch(/^arn:aws:secretsmanager:ca-central-1:444455556666:secret:clocked-[A-Za-z0-9]{6}$/);
    expect((await client.send(new DescribeSecretCommand({ SecretId: "clocked" }))).CreatedDate).toEqual(new Date(START));
    emulator.advanceTime(DAY_MS);
    await client.send(new PutSecretValueCommand({ SecretId: "clocked", SecretString: "w" }));
    const described = await client.send(new DescribeSecretCommand({ SecretId: "clocked" }));
    expect(described.LastChangedDate).toEqual(new Date(START + DAY_MS));
  });

  it("startTime sets the clock, and moving it past the recovery window deletes the secret for good", async () => {
    const { client, emulator } = createSecretsManagerDouble({ startTime: START });
    expect(Math.abs(emulator.now() - START)).toBeLessThan(1000);
    await client.send(new CreateSecretCommand({ Name: "windowed", SecretString: "v" }));
    const deleted = await client.send(new DeleteSecretCommand({ SecretId: "windowed", RecoveryWindowInDays: 7 }));
    expect(deleted.DeletionDate!.getTime() - START).toBeGreaterThanOrEqual(7 * DAY_MS);
    emulator.advanceTime(8 * DAY_MS);
    const error = await rejection(client.send(new GetSecretValueCommand({ SecretId: "windowed" })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
  });

  it("clients that share one emulator see each other's secrets only in the same account and region", async () => {
    const first = createSecretsManagerDouble({ region: "us-east-1", accountId: "111111111111" });
    const sameAccountOtherRegion = createSecretsManagerDouble({ emulator: first.emulator, region: "eu-west-1", accountId: "111111111111" });
    const otherAccount = createSecretsManagerDouble({ emulator: first.emulator, region: "us-east-1", accountId: "222222222222" });
    const sameAccountSameRegion = createSecretsManagerDouble({ emulator: first.emulator, region: "us-east-1", accountId: "111111111111" });
    await first.client.send(new CreateSecretCommand({ Name: "shared", SecretString: "v" }));
    const count = async (double: { client: typeof first.client }) =>
      (await double.client.send(new ListSecretsCommand({}))).SecretList?.length;
    expect(await count(sameAccountSameRegion)).toBe(1);
    expect(await count(sameAccountOtherRegion)).toBe(0);
    expect(await count(otherAccount)).toBe(0);
  });

  it("a server fault reaches the SDK as its InternalServiceError class with status 500", async () => {
    const { client } = createSecretsManagerDouble({
      emulatorOptions: {
        onChange: () => {
          throw new Error("storage unavailable");
        },
      },
    });
    const error = await rejection(client.send(new CreateSecretCommand({ Name: "faulty", SecretString: "v" })));
    expect(error).toBeInstanceOf(InternalServiceError);
    expect(error.$metadata.httpStatusCode).toBe(500);
    expect(error.$fault).toBe("server");
  });

  it("the SDK retries a server fault when the client allows attempts, with the same idempotency token", async () => {
    let failures = 1;
    const { client } = createSecretsManagerDouble({
      emulatorOptions: {
        onChange: () => {
          if (failures-- > 0) throw new Error("transient");
        },
      },
      clientConfig: { maxAttempts: 2 },
    });
    const created = await client.send(new CreateSecretCommand({ Name: "retried", SecretString: "v" }));
    expect(created.$metadata.attempts).toBe(2);
    const value = await client.send(new GetSecretValueCommand({ SecretId: "retried" }));
    expect(value.VersionId).toBe(created.VersionId);
  });
});
