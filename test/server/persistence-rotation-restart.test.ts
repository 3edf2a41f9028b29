// A rotation cut off by a crash or a stop runs again when the emulator starts on the same state
// file, from the step that did not finish, as AWS retries a rotation that did not finish
// (docs/semantics/rotation.md#failed-rotations-are-retried). The first test kills the emulator
// while its rotation function runs.
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { callOperation, rotationsInProgress, type State } from "../../src/core/index.ts";
import { startServer } from "../../src/server/server.ts";
import { temporaryDirectory } from "../support/temp-directory.ts";
import { useBuiltCli } from "./built-cli.ts";
import { awsCall, exited, type RunningCli } from "./server-process.ts";

const ROTATOR = "arn:aws:lambda:us-east-1:000000000000:function:rotator";
const SINGLE_USER = resolve(import.meta.dirname, "../../examples/rotation/single-user.mjs");
const TOKEN = "11111111-2222-3333-4444-555555555555";
const CREATED = "00000000-0000-0000-0000-000000000001";

const cli = useBuiltCli();

async function outputContains(running: RunningCli, text: string): Promise<void> {
  for (let i = 0; !running.output().includes(text); i++) {
    if (i >= 400) throw new Error(`no "${text}" in the output:\n${running.output()}`);
    await new Promise((done) => setTimeout(done, 25));
  }
}

/** The rotation runs the emulator reports, once none is running (or after ~10 s). */
async function finishedRuns(url: string): Promise<{ secretId: string; status: string; stepsRun?: string[] }[]> {
  for (let i = 0; ; i++) {
    const report = (await (await fetch(`${url}/_emulator/rotations`)).json()) as { rotations: { secretId: string; status: string; stepsRun?: string[] }[] };
    if (i >= 200 || (report.rotations.length > 0 && report.rotations.every((run) => run.status !== "running"))) return report.rotations;
    await new Promise((done) => setTimeout(done, 50));
  }
}

describe("a rotation cut off by a crash", () => {
  it("runs again from setSecret when the emulator restarts with the state file, and ends with the new version AWSCURRENT", async () => {
    const directory = temporaryDirectory("restart");
    const stateFile = join(directory, "state.json");
    // The single-user function, but setSecret says so and never returns: the emulator is killed then.
    const crashing = join(directory, "crashing.mjs");
    writeFileSync(
      crashing,
      `import { handler as rotate } from ${JSON.stringify(SINGLE_USER)};
export async function handler(event, context) {
  if (event.Step === "setSecret") {
    console.log("setSecret started");
    return new Promise(() => setInterval(() => undefined, 1000));
  }
  return rotate(event, context);
}`,
    );
    const first = await cli.start(["--state-file", stateFile, "--lambda", `${ROTATOR}=${crashing}`]);
    const created = await awsCall(first.url, "CreateSecret", { Name: "restart/db", SecretString: '{"password":"old"}', ClientRequestToken: CREATED });
    expect(created.status).toBe(200);
    const rotated = await awsCall(first.url, "RotateSecret", { SecretId: "restart/db", RotationLambdaARN: ROTATOR, ClientRequestToken: TOKEN });
    expect(rotated.status).toBe(200);
    await outputContains(first, "lambda rotator setSecret: setSecret started");
    first.child.kill("SIGKILL");
    await exited(first.child);

    const second = await cli.start(["--quiet", "--state-file", stateFile, "--lambda", `${ROTATOR}=${SINGLE_USER}`]);
    const runs = await finishedRuns(second.url);
    expect(runs).toMatchObject([{ secretId: created.json["ARN"], status: "rotated", stepsRun: ["setSecret", "testSecret", "finishSecret"] }]);
    expect(runs).toHaveLength(1);

    const described = await awsCall(second.url, "DescribeSecret", { SecretId: "restart/db" });
    const stages = described.json["VersionIdsToStages"] as Record<string, string[]>;
    expect(stages[TOKEN]).toEqual(["AWSCURRENT"]);
    expect(Object.values(stages).flat()).not.toContain("AWSPENDING");
    expect(typeof described.json["LastRotatedDate"]).toBe("number");
    const current = await awsCall(second.url, "GetSecretValue", { SecretId: "restart/db" });
    expect(JSON.parse(current.json["SecretString"] as string)).not.toEqual({ password: "old" });
  }, 60_000);
});

describe("a rotation cut off by a stop", () => {
  /** A state file holding a RotateSecret whose steps have not run (the core's operation, applied where no scheduler sees it). */
  async function stateWithRotationInProgress(): Promise<{ stateFile: string; arn: string }> {
    const stateFile = join(temporaryDirectory("stopped"), "state.json");
    const server = await startServer({ stateFile, lambdas: new Map([[ROTATOR, SINGLE_USER]]) });
    const created = server.emulator.call("000000000000", "us-east-1", "CreateSecret", { Name: "stopped/db", SecretString: "old", ClientRequestToken: CREATED });
    const arn = (created.response as { ARN: string }).ARN;
    const request = { SecretId: arn, RotationLambdaARN: ROTATOR, ClientRequestToken: TOKEN };
    expect(server.emulator.apply("000000000000", "us-east-1", (state, context) => callOperation("RotateSecret", state, request, context)).ok).toBe(true);
    await server.close();
    return { stateFile, arn };
  }

  const inProgress = (state: State) => ({ ok: true as const, state, response: rotationsInProgress(state) });

  it("runs all four steps at the next start when the function is mapped", async () => {
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    onTestFinished(() => void vi.restoreAllMocks());
    const { stateFile, arn } = await stateWithRotationInProgress();
    const lines: string[] = [];
    const server = await startServer({ stateFile, lambdas: new Map([[ROTATOR, SINGLE_USER]]), log: (line) => lines.push(line) });
    await server.rotationsSettled();
    const left = server.emulator.apply("000000000000", "us-east-1", inProgress);
    const described = server.emulator.call("000000000000", "us-east-1", "DescribeSecret", { SecretId: arn });
    await server.close();
    expect(left.ok && left.response).toEqual([]);
    expect(lines).toContain(`rotation ${arn} resumed at createSecret`);
    expect(lines).toContain(`rotation ${arn} rotated after createSecret,setSecret,testSecret,finishSecret`);
    expect((described.response as { LastRotatedDate?: number }).LastRotatedDate).toBeTypeOf("number");
  });

  it("leaves it in progress, and says so, when no module is mapped to its function", async () => {
    const { stateFile, arn } = await stateWithRotationInProgress();
    const lines: string[] = [];
    const server = await startServer({ stateFile, log: (line) => lines.push(line) });
    await server.rotationsSettled();
    const left = server.emulator.apply("000000000000", "us-east-1", inProgress);
    await server.close();
    expect(left.ok && left.response.map((step) => [step.SecretId, step.Step])).toEqual([[arn, "createSecret"]]);
    expect(lines).toContain(`rotation ${arn} left at createSecret: no --lambda module for ${ROTATOR}`);
  });
});
