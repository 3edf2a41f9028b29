// Rotation functions that exit, throw outside their promise, hang or spin, run by the built
// command line (`node dist/cli.js`): each fails its rotation as AWS records a failed rotation
// (AWSPENDING stays, the next RotateSecret answers that a previous rotation isn't complete),
// while the emulator keeps answering, and again after a restart on the same state file.
import { join } from "node:path";
import { afterAll, beforeAll, describe, it, type OnTestFinishedHandler } from "vitest";
import { callOperation } from "../../src/core/index.ts";
import { startServer } from "../../src/server/server.ts";
import { processEnds } from "../support/processes.ts";
import { createTemporaryDirectory } from "../support/temp-directory.ts";
import { awsCall, buildCli, exited, startCli, type RunningCli } from "./server-process.ts";

const HOSTILE = ["exits", "throws-async", "hangs", "spins"] as const;
type Hostile = (typeof HOSTILE)[number];
const arn = (name: Hostile) => `arn:aws:lambda:us-east-1:000000000000:function:${name}`;
const modulePath = (name: Hostile) => join(import.meta.dirname, "../fixtures/lambdas", `${name}.mjs`);
const lambdaArgs = HOSTILE.flatMap((name) => ["--lambda", `${arn(name)}=${modulePath(name)}`]);
const CURRENT = "00000000-0000-0000-0000-000000000001";
const PENDING = "11111111-2222-3333-4444-555555555555";
/** Why each run fails, as GET /_emulator/rotations reports it, with --lambda-timeout `seconds`. */
const reasons = (seconds: number): Record<Hostile, string> => ({
  exits: "Runtime.ExitError: Runtime exited with error: exit status 3",
  "throws-async": "Error: connection reset outside the handler's promise",
  hangs: `Sandbox.Timedout: Task timed out after ${seconds}.00 seconds`,
  spins: `Sandbox.Timedout: Task timed out after ${seconds}.00 seconds`,
});

interface Run {
  readonly secretId: string;
  readonly status: string;
  readonly stepsRun?: readonly string[];
  readonly error?: string;
}

let cli: string;
const build = createTemporaryDirectory("build");

beforeAll(() => {
  cli = buildCli(build.path);
}, 120_000);

afterAll(() => build.remove());

type Finished = (handler: OnTestFinishedHandler) => void;

/** Starts the CLI with the hostile functions mapped; it is killed when the test (`finished`: its own hook) ends. */
async function start(finished: Finished, timeoutSeconds: number, args: readonly string[] = []): Promise<RunningCli> {
  const running = await startCli(cli, ["--port", "0", "--lambda-timeout", String(timeoutSeconds), ...lambdaArgs, ...args]);
  finished(async () => {
    running.child.kill("SIGKILL");
    await exited(running.child);
  });
  return running;
}

async function runs(url: string): Promise<Run[]> {
  return ((await (await fetch(`${url}/_emulator/rotations`)).json()) as { rotations: Run[] }).rotations;
}

/** The runs, once `count` have started and none is running (or after ~10 s). */
async function finishedRuns(url: string, count: number): Promise<Run[]> {
  for (let i = 0; ; i++) {
    const found = await runs(url);
    if (i >= 200 || (found.length >= count && found.every((run) => run.status !== "running"))) return found;
    await new Promise((done) => setTimeout(done, 50));
  }
}

async function outputContains(running: RunningCli, text: string): Promise<void> {
  for (let i = 0; !running.output().includes(text); i++) {
    if (i >= 400) throw new Error(`no "${text}" in the output:\n${running.output()}`);
    await new Promise((done) => setTimeout(done, 25));
  }
}

/** Each secret's version ids by stage, through DescribeSecret. */
async function stages(url: string, name: string): Promise<Record<string, string[]>> {
  return (await awsCall(url, "DescribeSecret", { SecretId: name })).json["VersionIdsToStages"] as Record<string, string[]>;
}

// Each test waits mostly on timeouts of its own: they run at once.
describe.concurrent("rotation functions that exit, throw outside their promise, hang or spin", () => {
  it("each fail their rotation with the reason, leave AWSPENDING, and the emulator answers throughout", async ({ expect, onTestFinished }) => {
    // 2 s: time enough to ask while the function spins, on a busy machine.
    const emulator = await start(onTestFinished, 2);
    const arns: Record<string, string> = {};
    for (const name of HOSTILE) {
      const created = await awsCall(emulator.url, "CreateSecret", { Name: `hostile/${name}`, SecretString: "old", ClientRequestToken: CURRENT });
      arns[name] = created.json["ARN"] as string;
      const rotated = await awsCall(emulator.url, "RotateSecret", { SecretId: `hostile/${name}`, RotationLambdaARN: arn(name), ClientRequestToken: PENDING });
      expect(rotated.status).toBe(200);
    }

    await outputContains(emulator, "lambda spins createSecret: spinning in process");
    const whileSpinning = await awsCall(emulator.url, "GetSecretValue", { SecretId: "hostile/spins" });
    expect(whileSpinning).toMatchObject({ status: 200, json: { SecretString: "old", VersionId: CURRENT } });
    expect((await runs(emulator.url)).find((run) => run.secretId === arns["spins"])?.status).toBe("running");

    const finished = await finishedRuns(emulator.url, HOSTILE.length);
    for (const name of HOSTILE) {
      expect(finished.find((run) => run.secretId === arns[name])).toMatchObject({ secretId: arns[name], status: "failed", stepsRun: ["createSecret"], error: reasons(2)[name] });
      expect(await stages(emulator.url, `hostile/${name}`)).toEqual({ [CURRENT]: ["AWSCURRENT"], [PENDING]: ["AWSPENDING"] });
      const again = await awsCall(emulator.url, "RotateSecret", { SecretId: `hostile/${name}`, ClientRequestToken: "22222222-2222-3333-4444-555555555555" });
      expect(again.status).toBe(400);
      expect(again.json["Message"]).toMatch(/^A previous rotation isn.t complete/);
    }
    expect(emulator.child.exitCode).toBe(null);
    expect(emulator.output()).toContain("lambda exits createSecret: exiting during createSecret");
    expect(emulator.output()).toContain(`rotation ${arns["hangs"]} failed after createSecret: Sandbox.Timedout: Task timed out after 2.00 seconds`);
  });

  it("cut off by a restart, are resumed once at the next start, recorded as failed, and not resumed again", async ({ expect, onTestFinished }) => {
    const directory = createTemporaryDirectory("hostile-restart");
    onTestFinished(() => directory.remove());
    const stateFile = join(directory.path, "state.json");
    // Four rotations in progress in the state file: the core's RotateSecret applied in this process, where no scheduler sees it.
    const maker = await startServer({ stateFile, lambdas: new Map(HOSTILE.map((name) => [arn(name), modulePath(name)])) });
    for (const name of HOSTILE) {
      maker.emulator.call("000000000000", "us-east-1", "CreateSecret", { Name: `hostile/${name}`, SecretString: "old", ClientRequestToken: CURRENT });
      const request = { SecretId: `hostile/${name}`, RotationLambdaARN: arn(name), ClientRequestToken: PENDING };
      const rotated = maker.emulator.apply("000000000000", "us-east-1", (state, context) => callOperation("RotateSecret", state, request, context));
      expect(rotated.ok).toBe(true);
    }
    await maker.close();

    const first = await start(onTestFinished, 1, ["--state-file", stateFile]);
    expect((await awsCall(first.url, "GetSecretValue", { SecretId: "hostile/spins" })).status).toBe(200);
    const finished = await finishedRuns(first.url, HOSTILE.length);
    expect(finished.map((run) => run.error).sort()).toEqual(HOSTILE.map((name) => reasons(1)[name]).sort());
    expect(finished.every((run) => run.status === "failed")).toBe(true);
    first.child.kill("SIGTERM");
    expect(await exited(first.child)).toBe(0);

    const second = await start(onTestFinished, 1, ["--state-file", stateFile]);
    expect((await awsCall(second.url, "GetSecretValue", { SecretId: "hostile/exits" })).json["VersionId"]).toBe(CURRENT);
    expect(await runs(second.url)).toEqual([]);
    expect(second.output()).not.toContain("resumed");
    expect(await stages(second.url, "hostile/hangs")).toEqual({ [CURRENT]: ["AWSCURRENT"], [PENDING]: ["AWSPENDING"] });
  });

  it("leave no process behind when the emulator is killed while one runs: neither a warm one, nor what a function started", async ({ expect, onTestFinished }) => {
    const background = "arn:aws:lambda:us-east-1:000000000000:function:background-child";
    const emulator = await start(onTestFinished, 60, ["--lambda", `${background}=${join(import.meta.dirname, "../fixtures/lambdas/background-child.mjs")}`]);
    await awsCall(emulator.url, "CreateSecret", { Name: "hostile/background", SecretString: "old", ClientRequestToken: CURRENT });
    await awsCall(emulator.url, "RotateSecret", { SecretId: "hostile/background", RotationLambdaARN: background, ClientRequestToken: PENDING });
    await outputContains(emulator, "rotation arn:aws:secretsmanager:us-east-1:000000000000:secret:hostile/background");
    await awsCall(emulator.url, "CreateSecret", { Name: "hostile/orphan", SecretString: "old", ClientRequestToken: CURRENT });
    await awsCall(emulator.url, "RotateSecret", { SecretId: "hostile/orphan", RotationLambdaARN: arn("spins"), ClientRequestToken: PENDING });
    await outputContains(emulator, "spinning in process");
    const pids = [...emulator.output().matchAll(/(?:spinning in process|left process) (\d+)/g)].map((match) => Number(match[1]));
    expect(pids.length).toBeGreaterThanOrEqual(2);
    emulator.child.kill("SIGKILL");
    await exited(emulator.child);
    // The functions' processes notice within half a second that the emulator is gone, and end with their process groups.
    const ended = await Promise.all(pids.map((pid) => processEnds(pid, 3000)));
    pids.forEach((pid, i) => ended[i] || process.kill(pid, "SIGKILL"));
    expect(ended.every(Boolean)).toBe(true);
  });
});
