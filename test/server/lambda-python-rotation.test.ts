// Rotation end to end with Python rotation functions in the shape of AWS's templates
// (examples/rotation/single_user.py and alternating_users.py, boto3 against the emulator): the
// emulator runs them after RotateSecret, and the JS SDK sees the value and the labels; a failing
// function, one that exits the interpreter and one that hangs fail their rotation as AWS records
// a failed rotation. GET /_emulator/rotations shows each run's steps and output, and DescribeSecret
// what AWS shows during and after a run.
import {
  CreateSecretCommand,
  DescribeSecretCommand,
  GetSecretValueCommand,
  RotateSecretCommand,
  SecretsManagerClient,
} from "@aws-sdk/client-secrets-manager";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DAY_MS } from "../../src/index.ts";
import type { RotationRun } from "../../src/emulator.ts";
import { startServer, type EmulatorServer } from "../../src/server/server.ts";
import { rejection } from "../support/sdk-scenarios.ts";
import { temporaryDirectory } from "../support/temp-directory.ts";

const EXAMPLES = resolve(import.meta.dirname, "../../examples/rotation");
const FIXTURES = resolve(import.meta.dirname, "../fixtures/lambdas");
const lambda = (name: string) => `arn:aws:lambda:us-east-1:000000000000:function:${name}`;
const SINGLE_USER = lambda("single-user");
const ALTERNATING = lambda("alternating-users");
const GATED = lambda("gated");
const EXITS = lambda("exits");
const EXITS_AT_ONCE = lambda("exits-at-once");
const HANGS = lambda("hangs");
const NOT_COMPLETE = "A previous rotation isn't complete. That rotation will be reattempted.";
// Holds the pretend databases and the gated function; removed after this file's tests.
const directory = temporaryDirectory("python-rotation");

let server: EmulatorServer;
let client: SecretsManagerClient;
const lines: string[] = [];

beforeAll(async () => {
  // A function that waits in setSecret until the test opens its gate, then runs the single-user example.
  writeFileSync(
    join(directory, "gated.py"),
    [
      "import os, sys, time",
      `sys.path.append(${JSON.stringify(EXAMPLES)})`,
      "import single_user",
      "def lambda_handler(event, context):",
      "    if event['Step'] == 'setSecret':",
      "        print('waiting at setSecret')",
      "        while not os.path.exists(os.path.join(os.environ['LAMBDA_TASK_ROOT'], 'open')):",
      "            time.sleep(0.02)",
      "    return single_user.lambda_handler(event, context)",
    ].join("\n"),
  );
  server = await startServer({
    lambdas: new Map([
      [SINGLE_USER, join(EXAMPLES, "single_user.py")],
      [ALTERNATING, join(EXAMPLES, "alternating_users.py")],
      [GATED, `${directory}:gated.lambda_handler`],
      [EXITS, join(FIXTURES, "exits.py")],
      [EXITS_AT_ONCE, join(FIXTURES, "exits_at_once.py")],
    ]),
    log: (line) => lines.push(line),
  });
  client = new SecretsManagerClient({ endpoint: server.url, region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" } });
}, 60_000);

afterAll(async () => {
  client.destroy();
  await server.close();
});

/** A pretend database (a JSON file of users) and a secret of app whose host names it. */
async function databaseSecret(name: string, users: Record<string, string>, password = users["app"]!) {
  const database = join(directory, `${name.replaceAll("/", "-")}.json`);
  writeFileSync(database, JSON.stringify(users));
  const value = { engine: "postgres", host: database, port: 5432, username: "app", password, dbname: "orders" };
  const created = await client.send(new CreateSecretCommand({ Name: name, SecretString: JSON.stringify(value) }));
  return { value, created, users: () => JSON.parse(readFileSync(database, "utf8")) as Record<string, string> };
}

async function runsOf(url: string, secretArn: string): Promise<RotationRun[]> {
  const report = (await (await fetch(`${url}/_emulator/rotations`)).json()) as { rotations: RotationRun[] };
  return report.rotations.filter((run) => run.secretId === secretArn);
}

async function current(secretId: string) {
  return JSON.parse((await client.send(new GetSecretValueCommand({ SecretId: secretId }))).SecretString!) as Record<string, unknown>;
}

describe("a Python rotation function in the shape of AWS's templates", () => {
  it("single user: RotateSecret runs its four steps; the JSON secret keeps every key but the password, and the labels move as on AWS", async () => {
    const { value, created, users } = await databaseSecret("python/single", { app: "old-password" });
    const rotated = await client.send(new RotateSecretCommand({ SecretId: "python/single", RotationLambdaARN: SINGLE_USER, RotationRules: { AutomaticallyAfterDays: 30 } }));
    await server.rotationsSettled();

    const now = await current("python/single");
    expect(now).toEqual({ ...value, password: expect.stringMatching(/^[^:/@"'\\]{32}$/) });
    expect(users()).toEqual({ app: now["password"] });
    const described = await client.send(new DescribeSecretCommand({ SecretId: "python/single" }));
    expect(described.VersionIdsToStages).toEqual({ [created.VersionId!]: ["AWSPREVIOUS"], [rotated.VersionId!]: ["AWSCURRENT"] });
    expect(described).toMatchObject({ RotationEnabled: true, RotationLambdaARN: SINGLE_USER, RotationRules: { AutomaticallyAfterDays: 30 } });

    const [run] = await runsOf(server.url, created.ARN!);
    expect(run).toMatchObject({ status: "rotated", stepsRun: ["createSecret", "setSecret", "testSecret", "finishSecret"], clientRequestToken: rotated.VersionId, rotationLambdaArn: SINGLE_USER });
    expect(run!.steps.map((step) => [step.step, step.outcome])).toEqual([
      ["createSecret", "succeeded"],
      ["setSecret", "succeeded"],
      ["testSecret", "succeeded"],
      ["finishSecret", "succeeded"],
    ]);
    for (const step of run!.steps) expect(step.end).toBeGreaterThanOrEqual(step.start);
    // The template's logger.info lines, in Lambda's format, with the step they were written in.
    expect(run!.steps[1]!.output).toMatch(/^\[INFO\]\t.*\tsetSecret: set the password of app in \S+\.$/);
    expect(lines).toContainEqual(expect.stringMatching(/^lambda single-user finishSecret: \[INFO\]\t.*finishSecret: version \S+ of \S+ is now AWSCURRENT\.$/));
  });

  it("alternating users: each rotation switches username between app and app_clone, and both users keep working", async () => {
    const { value, users } = await databaseSecret("python/alternating", { app: "app-password" });
    await client.send(new RotateSecretCommand({ SecretId: "python/alternating", RotationLambdaARN: ALTERNATING }));
    await server.rotationsSettled();
    const first = await current("python/alternating");
    expect(first).toEqual({ ...value, username: "app_clone", password: expect.any(String) });
    expect(users()).toEqual({ app: "app-password", app_clone: first["password"] });

    await client.send(new RotateSecretCommand({ SecretId: "python/alternating" }));
    await server.rotationsSettled();
    const second = await current("python/alternating");
    expect(second).toEqual({ ...value, username: "app", password: expect.any(String) });
    expect(users()).toEqual({ app: second["password"], app_clone: first["password"] });
  });

  it("a failing step ends the run as failed, leaves AWSPENDING with its value, and the next RotateSecret with another token is refused", async () => {
    // The database does not know the current password: setSecret cannot log in.
    const { created } = await databaseSecret("python/failing", { app: "changed-behind-our-back" }, "old-password");
    const rotated = await client.send(new RotateSecretCommand({ SecretId: "python/failing", RotationLambdaARN: ALTERNATING }));
    await server.rotationsSettled();

    const [run] = await runsOf(server.url, created.ARN!);
    const failure = `ValueError: Unable to log into database using current credentials for secret ${created.ARN}`;
    expect(run).toMatchObject({ status: "failed", stepsRun: ["createSecret", "setSecret"], error: failure });
    expect(run!.steps[1]).toMatchObject({ step: "setSecret", outcome: "failed", error: failure, stackTrace: [expect.stringContaining("in lambda_handler"), expect.stringContaining("in set_secret")] });

    const described = await client.send(new DescribeSecretCommand({ SecretId: "python/failing" }));
    expect(described.VersionIdsToStages).toEqual({ [created.VersionId!]: ["AWSCURRENT"], [rotated.VersionId!]: ["AWSPENDING"] });
    const pending = await client.send(new GetSecretValueCommand({ SecretId: "python/failing", VersionStage: "AWSPENDING" }));
    expect(JSON.parse(pending.SecretString!)).toMatchObject({ username: "app_clone" });

    const again = await rejection(client.send(new RotateSecretCommand({ SecretId: "python/failing", ClientRequestToken: "22222222-2222-3333-4444-555555555555" })));
    expect([again.name, again.message]).toEqual(["InvalidRequestException", NOT_COMPLETE]);
  });

  it("one that exits the interpreter (sys.exit, os._exit) fails its rotation with Lambda's Runtime.ExitError, and the emulator answers on", async () => {
    for (const [name, arn, status] of [["python/exits", EXITS, 3], ["python/exits-at-once", EXITS_AT_ONCE, 4]] as const) {
      const created = await client.send(new CreateSecretCommand({ Name: name, SecretString: "v" }));
      const rotated = await client.send(new RotateSecretCommand({ SecretId: name, RotationLambdaARN: arn }));
      await server.rotationsSettled();
      expect(await runsOf(server.url, created.ARN!)).toMatchObject([
        { status: "failed", error: `Runtime.ExitError: Runtime exited with error: exit status ${status}`, steps: [{ step: "createSecret", outcome: "failed" }] },
      ]);
      const described = await client.send(new DescribeSecretCommand({ SecretId: name }));
      expect(described.VersionIdsToStages).toEqual({ [created.VersionId!]: ["AWSCURRENT"], [rotated.VersionId!]: ["AWSPENDING"] });
    }
    const [run] = await runsOf(server.url, (await client.send(new DescribeSecretCommand({ SecretId: "python/exits" }))).ARN!);
    expect(run!.steps[0]!.output).toBe("exiting during createSecret");
  });

  it("DescribeSecret shows RotationEnabled and the AWSPENDING version during the run; after it, LastRotatedDate, NextRotationDate and no AWSPENDING", async () => {
    const { created } = await databaseSecret("python/watched", { app: "old-password" });
    const rotated = await client.send(new RotateSecretCommand({ SecretId: "python/watched", RotationLambdaARN: GATED, RotationRules: { AutomaticallyAfterDays: 7 } }));
    // The function says when it waits: no race against the clock.
    await vi.waitFor(async () => expect((await runsOf(server.url, created.ARN!))[0]?.steps[1]?.output).toBe("waiting at setSecret"), { timeout: 30_000, interval: 50 });

    const during = await client.send(new DescribeSecretCommand({ SecretId: "python/watched" }));
    expect(during.RotationEnabled).toBe(true);
    expect(during.VersionIdsToStages).toEqual({ [created.VersionId!]: ["AWSCURRENT"], [rotated.VersionId!]: ["AWSPENDING"] });
    expect(during.LastRotatedDate).toBeUndefined();
    expect((await runsOf(server.url, created.ARN!))[0]).toMatchObject({ status: "running", steps: [{ outcome: "succeeded" }, { step: "setSecret", outcome: "running" }] });

    writeFileSync(join(directory, "open"), "");
    await server.rotationsSettled();
    const after = await client.send(new DescribeSecretCommand({ SecretId: "python/watched" }));
    expect(after.VersionIdsToStages).toEqual({ [created.VersionId!]: ["AWSPREVIOUS"], [rotated.VersionId!]: ["AWSCURRENT"] });
    expect(after.RotationEnabled).toBe(true);
    expect(after.LastRotatedDate).toBeInstanceOf(Date);
    // Seven days after the day of the rotation (the window's start: docs/semantics/rotation.md#nextrotationdate).
    const last = after.LastRotatedDate!.getTime();
    expect(after.NextRotationDate!.getTime()).toBe(last - (last % DAY_MS) + 7 * DAY_MS);
  });
});

describe("a Python rotation function that hangs", () => {
  it("fails its rotation at the timeout with Lambda's Sandbox.Timedout, while the emulator answers", async ({ onTestFinished }) => {
    // Only this function runs here: a short timeout that no healthy step has to meet.
    const hanging = await startServer({ lambdas: new Map([[HANGS, join(FIXTURES, "hangs.py")]]), lambdaTimeoutSeconds: 1 });
    onTestFinished(() => hanging.close());
    const sdk = new SecretsManagerClient({ endpoint: hanging.url, region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" } });
    onTestFinished(() => sdk.destroy());
    const created = await sdk.send(new CreateSecretCommand({ Name: "python/hangs", SecretString: "v" }));
    const rotated = await sdk.send(new RotateSecretCommand({ SecretId: "python/hangs", RotationLambdaARN: HANGS }));
    expect((await sdk.send(new GetSecretValueCommand({ SecretId: "python/hangs" }))).SecretString).toBe("v");
    await hanging.rotationsSettled();
    expect(await runsOf(hanging.url, created.ARN!)).toMatchObject([{ status: "failed", error: "Sandbox.Timedout: Task timed out after 1.00 seconds" }]);
    const described = await sdk.send(new DescribeSecretCommand({ SecretId: "python/hangs" }));
    expect(described.VersionIdsToStages).toEqual({ [created.VersionId!]: ["AWSCURRENT"], [rotated.VersionId!]: ["AWSPENDING"] });
    const again = await rejection(sdk.send(new RotateSecretCommand({ SecretId: "python/hangs", ClientRequestToken: "22222222-2222-3333-4444-555555555555" })));
    expect(again.message).toBe(NOT_COMPLETE);
  });
});
