// Rotation through the double: the official client calls RotateSecret and a
// rotation function, standing in for the Lambda, runs the four steps in process.
import {
  CreateSecretCommand,
  DescribeSecretCommand,
  GetSecretValueCommand,
  RotateSecretCommand,
} from "@aws-sdk/client-secrets-manager";
import { describe, expect, it } from "vitest";
import { DAY_MS } from "../../src/core/index.ts";
import { alternatingUsersRotation } from "../../src/rotation/alternating-users.ts";
import { singleUserRotation } from "../../src/rotation/single-user.ts";
import { createSecretsManagerDouble } from "../../src/sdk/index.ts";
import { rejection } from "../support/sdk-scenarios.ts";

const LAMBDA = "arn:aws:lambda:us-east-1:000000000000:function:rotate-db";
const START = Date.UTC(2026, 2, 1);

function rotatingDouble() {
  let time = START;
  const double = createSecretsManagerDouble({ now: () => time, rotationFunctions: { [LAMBDA]: singleUserRotation() } });
  return { ...double, pass: (ms: number) => ((time += ms), double.emulator.advanceTime(0)) };
}

describe("rotation in the double", () => {
  it("RotateSecret runs the rotation function: a new AWSCURRENT, the old value AWSPREVIOUS, no AWSPENDING left", async () => {
    const { client, settled } = rotatingDouble();
    const created = await client.send(new CreateSecretCommand({ Name: "db", SecretString: "initial" }));
    const rotated = await client.send(new RotateSecretCommand({ SecretId: "db", RotationLambdaARN: LAMBDA, RotationRules: { AutomaticallyAfterDays: 30 } }));
    const outcomes = await settled();
    expect(outcomes.map((o) => [o.recorded, o.stepsRun])).toEqual([["rotated", ["createSecret", "setSecret", "testSecret", "finishSecret"]]]);
    const current = await client.send(new GetSecretValueCommand({ SecretId: "db" }));
    expect(current.VersionId).toBe(rotated.VersionId);
    expect(current.SecretString).not.toBe("initial");
    const previous = await client.send(new GetSecretValueCommand({ SecretId: "db", VersionStage: "AWSPREVIOUS" }));
    expect(previous.VersionId).toBe(created.VersionId);
    const described = await client.send(new DescribeSecretCommand({ SecretId: "db" }));
    expect(described.RotationEnabled).toBe(true);
    expect(described.LastRotatedDate).toBeInstanceOf(Date);
    expect(Object.values(described.VersionIdsToStages ?? {}).flat().sort()).toEqual(["AWSCURRENT", "AWSPREVIOUS"]);
  });

  it("the built-in strategies keep a JSON secret JSON: single user changes the password, alternating users the user too", async () => {
    const ALTERNATING = `${LAMBDA}-alternating`;
    const double = createSecretsManagerDouble({
      now: () => START,
      rotationFunctions: { [LAMBDA]: singleUserRotation(), [ALTERNATING]: alternatingUsersRotation() },
    });
    const credentials = { engine: "mysql", host: "db.example.com", port: 3306, username: "app", password: "initial" };
    for (const [name, lambda, username] of [["single", LAMBDA, "app"], ["alternating", ALTERNATING, "app_clone"]] as const) {
      await double.client.send(new CreateSecretCommand({ Name: name, SecretString: JSON.stringify(credentials) }));
      await double.client.send(new RotateSecretCommand({ SecretId: name, RotationLambdaARN: lambda }));
      expect((await double.settled()).map((o) => o.recorded)).toEqual(["rotated"]);
      const current = await double.client.send(new GetSecretValueCommand({ SecretId: name }));
      const value = JSON.parse(current.SecretString!) as typeof credentials;
      expect(value).toEqual({ ...credentials, username, password: expect.stringMatching(/^.{32}$/) });
      expect(value.password).not.toBe("initial");
    }
  });

  it("RotateSecret with a Lambda ARN that has no function is refused as AWS refuses a Lambda it cannot invoke", async () => {
    const { client, settled } = rotatingDouble();
    await client.send(new CreateSecretCommand({ Name: "db", SecretString: "initial" }));
    const error = await rejection(client.send(new RotateSecretCommand({ SecretId: "db", RotationLambdaARN: `${LAMBDA}-other` })));
    expect(error.name).toBe("AccessDeniedException");
    expect(error.message).toBe(
      "Secrets Manager cannot invoke the specified Lambda function. Ensure that the function policy grants access to the principal secretsmanager.amazonaws.com.",
    );
    expect(await settled()).toEqual([]);
  });

  it("a scheduled rotation runs once the clock passes NextRotationDate", async () => {
    const { client, settled, pass } = rotatingDouble();
    await client.send(new CreateSecretCommand({ Name: "db", SecretString: "initial" }));
    await client.send(new RotateSecretCommand({ SecretId: "db", RotationLambdaARN: LAMBDA, RotationRules: { AutomaticallyAfterDays: 1 } }));
    await settled();
    const first = (await client.send(new GetSecretValueCommand({ SecretId: "db" }))).VersionId;
    pass(2 * DAY_MS);
    const outcomes = await settled();
    expect(outcomes.map((o) => o.recorded)).toEqual(["rotated"]);
    const second = await client.send(new GetSecretValueCommand({ SecretId: "db" }));
    expect(second.VersionId).not.toBe(first);
    expect((await client.send(new GetSecretValueCommand({ SecretId: "db", VersionStage: "AWSPREVIOUS" }))).VersionId).toBe(first);
  });
});
