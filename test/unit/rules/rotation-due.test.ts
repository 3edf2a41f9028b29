import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  DAY_MS,
  Driver,
  HOUR_MS,
  getOwn,
  nextRotationStep,
  recordRotationStep,
  tableGet,
  tick,
  type State,
} from "../../../src/index.ts";
import { dueRotations, dueRotationsByScan } from "../../../src/core/rules/rotation-due.ts";

const LAMBDA_ARN = "arn:aws:lambda:us-east-1:123456789012:function:rotate";

/** Rotation every `days` days, its test run through: the first rotation is due in `days` days. */
function scheduled(driver: Driver, name: string, days: number): void {
  driver.ok("CreateSecret", { Name: name, SecretString: "v", ClientRequestToken: driver.token() });
  driver.ok("RotateSecret", {
    SecretId: name,
    ClientRequestToken: driver.token(),
    RotationLambdaARN: LAMBDA_ARN,
    RotationRules: { AutomaticallyAfterDays: days },
    RotateImmediately: false,
  });
  runStep(driver, name, true);
}

/** Records the next step of the rotation of `name` in progress, if any, as having run or failed. */
function runStep(driver: Driver, name: string, ok: boolean): void {
  const region = getOwn(driver.state.regions, driver.region);
  const arn = region && tableGet(region.secrets, name)?.ARN;
  const step = arn === undefined ? undefined : nextRotationStep(driver.state, arn);
  if (step !== undefined) driver.state = recordRotationStep(driver.state, step, ok, driver.now).state;
}

const namesDue = (state: State, now: number, region = "us-east-1") =>
  dueRotations(getOwn(state.regions, region)!.secrets, now).map((secret) => secret.Name);

describe("the due rotations of a region", () => {
  it("include a secret from its NextRotationDate on, and not before", () => {
    const driver = new Driver();
    scheduled(driver, "a", 2);
    scheduled(driver, "b", 3);
    expect(namesDue(driver.state, driver.now + 2 * DAY_MS - 1)).toEqual([]);
    expect(namesDue(driver.state, driver.now + 2 * DAY_MS)).toEqual(["a"]);
    expect(namesDue(driver.state, driver.now + 3 * DAY_MS).sort()).toEqual(["a", "b"]);
  });

  it("see a rotation scheduled after a tick of an older state found nothing due", () => {
    const driver = new Driver();
    for (const name of ["a", "b", "c"]) driver.ok("CreateSecret", { Name: name, SecretString: "v", ClientRequestToken: driver.token() });
    const later = driver.now + 5 * DAY_MS;
    expect(tick(driver.state, { now: later, randomSeed: 1 }).rotationsStarted).toEqual([]);
    scheduled(driver, "d", 1);
    const { rotationsStarted } = tick(driver.state, { now: later, randomSeed: 1 });
    expect(rotationsStarted.map((started) => started.SecretId)).toEqual([
      tableGet(driver.state.regions["us-east-1"]!.secrets, "d")!.ARN,
    ]);
  });

  it("leave out a secret whose rotation was cancelled after a tick found it due", () => {
    const driver = new Driver();
    scheduled(driver, "a", 1);
    const later = driver.now + DAY_MS;
    expect(namesDue(driver.state, later)).toEqual(["a"]);
    driver.ok("CancelRotateSecret", { SecretId: "a" });
    expect(namesDue(driver.state, later)).toEqual([]);
  });

  it("are not stored in the state", () => {
    const driver = new Driver();
    scheduled(driver, "a", 1);
    const before = JSON.stringify(driver.state);
    namesDue(driver.state, driver.now + DAY_MS);
    expect(JSON.stringify(driver.state)).toBe(before);
  });
});

describe("the due rotations after random writes", () => {
  const NAMES = ["s0", "s1", "s2", "s3"] as const;
  const name = fc.constantFrom(...NAMES);
  const step = fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant("create" as const), name }), weight: 3 },
    {
      arbitrary: fc.record({ kind: fc.constant("schedule" as const), name, days: fc.integer({ min: 1, max: 3 }), now: fc.boolean() }),
      weight: 3,
    },
    fc.record({ kind: fc.constant("cancel" as const), name }),
    fc.record({ kind: fc.constant("delete" as const), name }),
    fc.record({ kind: fc.constant("restore" as const), name }),
    fc.record({ kind: fc.constant("replicate" as const), name }),
    fc.record({ kind: fc.constant("step" as const), name, ok: fc.boolean() }),
    fc.record({ kind: fc.constant("tick" as const) }),
    fc.record({ kind: fc.constant("wait" as const), ms: fc.constantFrom(0, HOUR_MS, DAY_MS, 3 * DAY_MS) }),
    fc.record({ kind: fc.constant("check" as const) }),
  );

  type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

  function apply(driver: Driver, command: Step): void {
    switch (command.kind) {
      case "create":
        driver.call("CreateSecret", { Name: command.name, SecretString: "v", ClientRequestToken: driver.token() });
        return;
      case "schedule":
        driver.call("RotateSecret", {
          SecretId: command.name,
          ClientRequestToken: driver.token(),
          RotationLambdaARN: LAMBDA_ARN,
          RotationRules: { AutomaticallyAfterDays: command.days },
          RotateImmediately: command.now,
        });
        if (!command.now) runStep(driver, command.name, true); // the test of the Lambda passes
        return;
      case "cancel":
        driver.call("CancelRotateSecret", { SecretId: command.name });
        return;
      case "delete":
        driver.call("DeleteSecret", { SecretId: command.name, RecoveryWindowInDays: 7 });
        return;
      case "restore":
        driver.call("RestoreSecret", { SecretId: command.name });
        return;
      case "replicate":
        driver.call("ReplicateSecretToRegions", { SecretId: command.name, AddReplicaRegions: [{ Region: "eu-west-1" }] });
        return;
      case "step":
        runStep(driver, command.name, command.ok);
        return;
      case "tick":
        driver.state = tick(driver.state, driver.context()).state;
        return;
      case "wait":
        driver.advance(command.ms);
        return;
      case "check":
        expectSameAsScan(driver);
    }
  }

  /** At several times ahead, in every region: the same secrets, the same objects, the same order. */
  function expectSameAsScan(driver: Driver): void {
    for (const regionState of Object.values(driver.state.regions)) {
      for (const ahead of [0, DAY_MS, 2 * DAY_MS, 4 * DAY_MS, 30 * DAY_MS]) {
        const cached = dueRotations(regionState.secrets, driver.now + ahead);
        const scanned = dueRotationsByScan(regionState.secrets, driver.now + ahead);
        expect(cached.map((secret) => secret.ARN)).toEqual(scanned.map((secret) => secret.ARN));
        expect(cached.every((secret, i) => secret === scanned[i])).toBe(true);
      }
    }
  }

  const schedules = fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), fc.boolean()), { minLength: 4, maxLength: 4 });

  test.prop([schedules, fc.array(step, { maxLength: 60 })], { numRuns: 80 })(
    "are the secrets a scan of every secret finds, whatever writes and ticks came between",
    (start, steps) => {
      const driver = new Driver();
      start.forEach(([days, now], i) => {
        apply(driver, { kind: "create", name: NAMES[i]! });
        apply(driver, { kind: "schedule", name: NAMES[i]!, days, now });
      });
      for (const command of steps) apply(driver, command);
      expectSameAsScan(driver);
    },
  );
});
