// Rotation end to end through the started server: RotateSecret answers, then the emulator runs
// the local Lambda module (examples/rotation/single-user.mjs and alternating-users.mjs, which use
// the AWS SDK against the emulator) step by step, as AWS runs a rotation Lambda.
import {
  CreateSecretCommand,
  DescribeSecretCommand,
  GetSecretValueCommand,
  ListSecretVersionIdsCommand,
  RotateSecretCommand,
  SecretsManagerClient,
} from "@aws-sdk/client-secrets-manager";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startServer, type EmulatorServer } from "../../src/server/server.ts";
import { rejection } from "../support/sdk-scenarios.ts";
import { temporaryDirectory } from "../support/temp-directory.ts";

const SINGLE_USER = "arn:aws:lambda:us-east-1:000000000000:function:single-user";
const ALTERNATING = "arn:aws:lambda:us-east-1:000000000000:function:alternating-users";
const BROKEN = "arn:aws:lambda:us-east-1:000000000000:function:broken";
const UNMAPPED = "arn:aws:lambda:us-east-1:000000000000:function:nowhere";

let server: EmulatorServer;
let client: SecretsManagerClient;
const lines: string[] = [];
// Holds the broken Lambda module; removed after this file's tests.
const modules = temporaryDirectory("rotation");

beforeAll(async () => {
  vi.spyOn(console, "log").mockImplementation(() => undefined);
  const broken = join(modules, "broken.mjs");
  writeFileSync(broken, 'export async function handler(event) { if (event.Step === "setSecret") throw new Error("database unreachable"); }');
  server = await startServer({
    lambdas: new Map([
      [SINGLE_USER, resolve(import.meta.dirname, "../../examples/rotation/single-user.mjs")],
      [ALTERNATING, resolve(import.meta.dirname, "../../examples/rotation/alternating-users.mjs")],
      [BROKEN, broken],
    ]),
    log: (line) => lines.push(line),
  });
  client = new SecretsManagerClient({
    endpoint: server.url,
    region: "us-east-1",
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
  });
});

afterAll(async () => {
  client.destroy();
  await server.close();
  vi.restoreAllMocks();
});

async function stages(secretId: string): Promise<Record<string, string[]>> {
  const listed = await client.send(new ListSecretVersionIdsCommand({ SecretId: secretId, IncludeDeprecated: true }));
  return Object.fromEntries((listed.Versions ?? []).map((v) => [v.VersionId!, [...(v.VersionStages ?? [])].sort()]));
}

describe("rotation with a local Lambda module", () => {
  it("RotateSecret runs the single-user function's four steps: a new password becomes AWSCURRENT, the old one AWSPREVIOUS", async () => {
    const created = await client.send(new CreateSecretCommand({ Name: "rotation/db", SecretString: '{"username":"app","password":"old-password"}' }));
    const rotated = await client.send(
      new RotateSecretCommand({ SecretId: "rotation/db", RotationLambdaARN: SINGLE_USER, RotationRules: { AutomaticallyAfterDays: 30 } }),
    );
    expect(rotated.VersionId).toBeDefined();
    await server.rotationsSettled();

    const current = await client.send(new GetSecretValueCommand({ SecretId: "rotation/db" }));
    expect(current.VersionId).toBe(rotated.VersionId);
    const value = JSON.parse(current.SecretString!) as { username: string; password: string };
    expect(value.username).toBe("app");
    expect(value.password).not.toBe("old-password");
    expect(value.password).toMatch(/^[^/@"'\\]{32}$/);

    const previous = await client.send(new GetSecretValueCommand({ SecretId: "rotation/db", VersionStage: "AWSPREVIOUS" }));
    expect(previous.VersionId).toBe(created.VersionId);
    expect(await stages("rotation/db")).toEqual({ [created.VersionId!]: ["AWSPREVIOUS"], [rotated.VersionId!]: ["AWSCURRENT"] });

    const described = await client.send(new DescribeSecretCommand({ SecretId: "rotation/db" }));
    expect(described.RotationEnabled).toBe(true);
    expect(described.RotationLambdaARN).toBe(SINGLE_USER);
    expect(described.LastRotatedDate).toBeInstanceOf(Date);

    const report = (await (await fetch(`${server.url}/_emulator/rotations`)).json()) as { rotations: { secretId: string; status: string; stepsRun: string[] }[] };
    expect(report.rotations.find((run) => run.secretId === created.ARN)).toMatchObject({
      status: "rotated",
      stepsRun: ["createSecret", "setSecret", "testSecret", "finishSecret"],
    });
  });

  it("the alternating-users function switches username between app and app_clone in a JSON secret, and sets both users' passwords in its pretend database", async () => {
    const database = join(modules, "users.json");
    writeFileSync(database, JSON.stringify({ app: "app-password" }));
    const value = { engine: "mysql", host: database, username: "app", password: "app-password" };
    await client.send(new CreateSecretCommand({ Name: "rotation/alternating", SecretString: JSON.stringify(value) }));
    const usernames: unknown[] = [];
    for (let i = 0; i < 2; i++) {
      await client.send(new RotateSecretCommand({ SecretId: "rotation/alternating", RotationLambdaARN: ALTERNATING }));
      await server.rotationsSettled();
      const current = JSON.parse((await client.send(new GetSecretValueCommand({ SecretId: "rotation/alternating" }))).SecretString!) as typeof value;
      expect(current).toEqual({ ...value, username: current.username, password: expect.not.stringMatching(/^app-password$/) });
      expect((JSON.parse(readFileSync(database, "utf8")) as Record<string, string>)[current.username]).toBe(current.password);
      usernames.push(current.username);
    }
    expect(usernames).toEqual(["app_clone", "app"]);
  });

  it("a second RotateSecret with the stored configuration rotates again", async () => {
    await client.send(new CreateSecretCommand({ Name: "rotation/twice", SecretString: "first" }));
    await client.send(new RotateSecretCommand({ SecretId: "rotation/twice", RotationLambdaARN: SINGLE_USER }));
    await server.rotationsSettled();
    const second = await client.send(new RotateSecretCommand({ SecretId: "rotation/twice" }));
    await server.rotationsSettled();
    const current = await client.send(new GetSecretValueCommand({ SecretId: "rotation/twice" }));
    expect(current.VersionId).toBe(second.VersionId);
    expect(Object.keys(await stages("rotation/twice"))).toHaveLength(3);
  });

  it("moving the clock past NextRotationDate starts the scheduled rotation with the local module", async () => {
    await client.send(new CreateSecretCommand({ Name: "rotation/scheduled", SecretString: "v" }));
    const first = await client.send(
      new RotateSecretCommand({ SecretId: "rotation/scheduled", RotationLambdaARN: SINGLE_USER, RotationRules: { AutomaticallyAfterDays: 1 } }),
    );
    await server.rotationsSettled();
    const advanced = await fetch(`${server.url}/_emulator/clock/advance`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"days": 2}' });
    expect(advanced.status).toBe(200);
    await server.rotationsSettled();
    const current = await client.send(new GetSecretValueCommand({ SecretId: "rotation/scheduled" }));
    expect(current.VersionId).not.toBe(first.VersionId);
    expect(Object.keys(await stages("rotation/scheduled"))).toHaveLength(3);
  });

  it("RotateSecret with a Lambda ARN no module is mapped to fails with AccessDeniedException, as AWS answers for a Lambda it cannot invoke", async () => {
    await client.send(new CreateSecretCommand({ Name: "rotation/unmapped", SecretString: "v" }));
    const error = await rejection(client.send(new RotateSecretCommand({ SecretId: "rotation/unmapped", RotationLambdaARN: UNMAPPED })));
    expect(error.name).toBe("AccessDeniedException");
    expect(error.message).toBe(
      "Secrets Manager cannot invoke the specified Lambda function. Ensure that the function policy grants access to the principal secretsmanager.amazonaws.com.",
    );
    const described = await client.send(new DescribeSecretCommand({ SecretId: "rotation/unmapped" }));
    expect(described.RotationEnabled).toBeFalsy();
  });

  it("a step that throws ends the rotation, leaves AWSPENDING, and the next RotateSecret answers that a previous rotation isn't complete", async () => {
    const created = await client.send(new CreateSecretCommand({ Name: "rotation/broken", SecretString: "v" }));
    const rotated = await client.send(new RotateSecretCommand({ SecretId: "rotation/broken", RotationLambdaARN: BROKEN }));
    await server.rotationsSettled();
    expect((await stages("rotation/broken"))[rotated.VersionId!]).toEqual(["AWSPENDING"]);
    expect((await client.send(new GetSecretValueCommand({ SecretId: "rotation/broken" }))).VersionId).toBe(created.VersionId);
    expect(lines.some((line) => line.includes("rotation") && line.includes("failed") && line.includes("database unreachable"))).toBe(true);

    const again = await rejection(client.send(new RotateSecretCommand({ SecretId: "rotation/broken" })));
    expect(again.name).toBe("InvalidRequestException");
    expect(again.message).toMatch(/^A previous rotation isn.t complete/);
  });

  it("RotateSecret with RotateImmediately false runs only testSecret and leaves AWSCURRENT where it was", async () => {
    const created = await client.send(new CreateSecretCommand({ Name: "rotation/later", SecretString: "v" }));
    await client.send(
      new RotateSecretCommand({ SecretId: "rotation/later", RotationLambdaARN: SINGLE_USER, RotateImmediately: false, RotationRules: { AutomaticallyAfterDays: 7 } }),
    );
    await server.rotationsSettled();
    expect((await client.send(new GetSecretValueCommand({ SecretId: "rotation/later" }))).VersionId).toBe(created.VersionId);
    const report = (await (await fetch(`${server.url}/_emulator/rotations`)).json()) as { rotations: { secretId: string; stepsRun: string[] }[] };
    expect(report.rotations.find((run) => run.secretId === created.ARN)?.stepsRun).toEqual(["testSecret"]);
  });
});

describe("rotation with --state-file", () => {
  it("saves what the rotation function wrote, and the end of the rotation, to the state file", async () => {
    const path = join(temporaryDirectory("rotation-state"), "state.json");
    const lambdas = new Map([[SINGLE_USER, resolve(import.meta.dirname, "../../examples/rotation/single-user.mjs")]]);
    const first = await startServer({ stateFile: path, lambdas });
    const sdk = new SecretsManagerClient({ endpoint: first.url, region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" } });
    await sdk.send(new CreateSecretCommand({ Name: "rotation/saved", SecretString: "before" }));
    const rotated = await sdk.send(new RotateSecretCommand({ SecretId: "rotation/saved", RotationLambdaARN: SINGLE_USER }));
    await first.rotationsSettled();
    sdk.destroy();
    await first.close();

    const second = await startServer({ stateFile: path, lambdas });
    const again = new SecretsManagerClient({ endpoint: second.url, region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" } });
    const current = await again.send(new GetSecretValueCommand({ SecretId: "rotation/saved" }));
    const described = await again.send(new DescribeSecretCommand({ SecretId: "rotation/saved" }));
    again.destroy();
    await second.close();
    expect(current.VersionId).toBe(rotated.VersionId);
    expect(current.SecretString).not.toBe("before");
    expect(described.LastRotatedDate).toBeInstanceOf(Date);
  });
});
