// The Emulator's one rotation scheduler: the functions plugged into its port run in the
// background after RotateSecret has answered and when a scheduled rotation falls due.
import { describe, expect, it } from "vitest";
import { DAY_MS } from "../../src/core/index.ts";
import { Emulator } from "../../src/emulator/emulator.ts";
import type { RotationEvent } from "../../src/rotation/driver.ts";
import { MAX_OUTPUT_CHARACTERS, MAX_OUTPUT_LINES } from "../../src/emulator/rotation-runs.ts";
import { singleUserRotation } from "../../src/rotation/single-user.ts";
import { bodyOf, ok, post, T0, TOKEN_1, TOKEN_2 } from "../support/wire.ts";

const LAMBDA = "arn:aws:lambda:us-east-1:000000000000:function:rotate";

function rotatingEmulator(options: { saved?: () => Promise<void>; steps?: RotationEvent[] } = {}): Emulator {
  const rotate = singleUserRotation();
  let now = T0;
  return new Emulator({
    now: () => now++,
    rotation: {
      functions: {
        [LAMBDA]: (event, client) => {
          options.steps?.push(event);
          return rotate(event, client);
        },
      },
      ...(options.saved && { saved: options.saved }),
    },
  });
}

describe("the rotation scheduler", () => {
  it("RotateSecret over the wire runs the four steps after it has answered", async () => {
    const steps: RotationEvent[] = [];
    const emulator = rotatingEmulator({ steps });
    ok(emulator, "CreateSecret", { Name: "db", SecretString: "old", ClientRequestToken: TOKEN_1 });
    ok(emulator, "RotateSecret", { SecretId: "db", RotationLambdaARN: LAMBDA, ClientRequestToken: TOKEN_2 });
    expect(steps).toEqual([]);
    expect(emulator.rotationRuns().rotations.map((run) => run.status)).toEqual(["running"]);

    const outcomes = await emulator.rotationsSettled();
    expect(outcomes.map((outcome) => [outcome.recorded, outcome.stepsRun])).toEqual([
      ["rotated", ["createSecret", "setSecret", "testSecret", "finishSecret"]],
    ]);
    expect(steps.map((step) => step.ClientRequestToken)).toEqual([TOKEN_2, TOKEN_2, TOKEN_2, TOKEN_2]);
    expect(emulator.rotationRuns().rotations.map((run) => run.status)).toEqual(["rotated"]);
    expect(ok(emulator, "DescribeSecret", { SecretId: "db" }).VersionIdsToStages[TOKEN_2]).toEqual(["AWSCURRENT"]);
    // The outcomes are handed out once.
    expect(await emulator.rotationsSettled()).toEqual([]);
  });

  it("RotateSecret called in process starts the rotation as the wire does", async () => {
    const emulator = rotatingEmulator();
    emulator.call("000000000000", "us-east-1", "CreateSecret", { Name: "db", SecretString: "old", ClientRequestToken: TOKEN_1 });
    emulator.call("000000000000", "us-east-1", "RotateSecret", { SecretId: "db", RotationLambdaARN: LAMBDA, ClientRequestToken: TOKEN_2 });
    expect((await emulator.rotationsSettled()).map((outcome) => outcome.recorded)).toEqual(["rotated"]);
  });

  it("a scheduled rotation runs when moving the clock makes it due", async () => {
    const emulator = rotatingEmulator();
    ok(emulator, "CreateSecret", { Name: "db", SecretString: "old", ClientRequestToken: TOKEN_1 });
    ok(emulator, "RotateSecret", {
      SecretId: "db",
      RotationLambdaARN: LAMBDA,
      RotationRules: { AutomaticallyAfterDays: 1 },
      RotateImmediately: false,
      ClientRequestToken: TOKEN_2,
    });
    await emulator.rotationsSettled();
    emulator.advanceTime(2 * DAY_MS);
    const outcomes = await emulator.rotationsSettled();
    expect(outcomes.map((outcome) => outcome.recorded)).toEqual(["rotated"]);
  });

  it("the Lambda ARNs RotateSecret accepts are those of the functions", () => {
    const emulator = rotatingEmulator();
    ok(emulator, "CreateSecret", { Name: "db", SecretString: "old", ClientRequestToken: TOKEN_1 });
    const other = "arn:aws:lambda:us-east-1:000000000000:function:other";
    const response = emulator.handle(post("RotateSecret", { SecretId: "db", RotationLambdaARN: other, ClientRequestToken: TOKEN_2 })).response;
    expect(bodyOf(response).__type).toBe("AccessDeniedException");
  });

  it("goes on to a step only once the changes made so far are saved", async () => {
    let save = (): void => undefined;
    const saved = new Promise<void>((resolve) => (save = resolve));
    const steps: RotationEvent[] = [];
    const emulator = rotatingEmulator({ saved: () => saved, steps });
    ok(emulator, "CreateSecret", { Name: "db", SecretString: "old", ClientRequestToken: TOKEN_1 });
    ok(emulator, "RotateSecret", { SecretId: "db", RotationLambdaARN: LAMBDA, ClientRequestToken: TOKEN_2 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(steps).toEqual([]);
    save();
    expect((await emulator.rotationsSettled()).map((outcome) => outcome.stepsRun.length)).toEqual([4]);
  });

  it("the report gives each run's steps with start, end and outcome on the emulator's clock, and what the function wrote, bounded", async () => {
    let now = T0;
    const failure = Object.assign(new Error("database unreachable"), { name: "ConnectionError", stackTrace: ['  File "rotate.py", line 3, in set_secret\n'] });
    const emulator = new Emulator({
      now: () => (now += 10),
      rotation: {
        functions: {
          [LAMBDA]: (event, _client, output) => {
            for (let i = 0; i < MAX_OUTPUT_LINES + 5; i++) output?.(`${event.Step} line ${i}`);
            if (event.Step === "setSecret") throw failure;
          },
        },
      },
    });
    ok(emulator, "CreateSecret", { Name: "db", SecretString: "old", ClientRequestToken: TOKEN_1 });
    const rotated = ok(emulator, "RotateSecret", { SecretId: "db", RotationLambdaARN: LAMBDA, ClientRequestToken: TOKEN_2 });
    await emulator.rotationsSettled();
    const [run] = emulator.rotationRuns().rotations;
    expect(run).toMatchObject({
      secretId: rotated.ARN,
      status: "failed",
      stepsRun: ["createSecret", "setSecret"],
      error: "ConnectionError: database unreachable",
      clientRequestToken: TOKEN_2,
      rotationLambdaArn: LAMBDA,
    });
    const [create, set] = run!.steps;
    expect(create).toMatchObject({ step: "createSecret", outcome: "succeeded", outputLinesDropped: 5 });
    expect(set).toMatchObject({ step: "setSecret", outcome: "failed", error: "ConnectionError: database unreachable", stackTrace: failure.stackTrace });
    expect(create!.output.split("\n")).toHaveLength(MAX_OUTPUT_LINES);
    expect(create!.output).toMatch(/^createSecret line 0\ncreateSecret line 1\n/);
    const times = [run!.start, create!.start, create!.end!, set!.start, set!.end!, run!.end!];
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(times).size).toBe(times.length);
  });

  it("the report keeps at most 32 KiB of a step's output: a long line is cut, the next ones are counted", async () => {
    const long = "x".repeat(MAX_OUTPUT_CHARACTERS * 0.75);
    const emulator = new Emulator({ now: () => T0, rotation: { functions: { [LAMBDA]: (_event, _client, output) => ["first", long, long, "last"].forEach((line) => output?.(line)) } } });
    ok(emulator, "CreateSecret", { Name: "db", SecretString: "old", ClientRequestToken: TOKEN_1 });
    ok(emulator, "RotateSecret", { SecretId: "db", RotationLambdaARN: LAMBDA, ClientRequestToken: TOKEN_2 });
    await emulator.rotationsSettled();
    const [create] = emulator.rotationRuns().rotations[0]!.steps;
    expect(create!.output).toHaveLength(MAX_OUTPUT_CHARACTERS);
    expect(create!.output.split("\n").map((line) => line.length)).toEqual([5, long.length, MAX_OUTPUT_CHARACTERS - long.length - 7]);
    expect(create!.outputLinesDropped).toBe(1);
  });

  it("an emulator without rotation functions runs nothing and reports no run", async () => {
    const emulator = new Emulator({ now: () => T0 });
    ok(emulator, "CreateSecret", { Name: "db", SecretString: "old", ClientRequestToken: TOKEN_1 });
    ok(emulator, "RotateSecret", { SecretId: "db", RotationLambdaARN: LAMBDA, ClientRequestToken: TOKEN_2 });
    expect(await emulator.rotationsSettled()).toEqual([]);
    expect(emulator.rotationRuns()).toEqual({ rotations: [] });
    expect(emulator.resumeRotations()).toEqual([]);
  });
});
