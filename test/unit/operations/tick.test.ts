import { describe, expect, it } from "vitest";
import { DAY_MS, runRotation, runRotations, singleUserRotation, tick } from "../../../src/index.ts";
import { LAMBDA_ARN, hostOf, secretWithValue } from "../../rotation/support.ts";

/** Rotation configured without rotating now; its testSecret has run. */
async function scheduledSecret(days = 3) {
  const { driver, arn, first } = secretWithValue();
  driver.ok("RotateSecret", {
    SecretId: "app/db",
    ClientRequestToken: driver.token(),
    RotationLambdaARN: LAMBDA_ARN,
    RotationRules: { AutomaticallyAfterDays: days },
    RotateImmediately: false,
  });
  expect((await runRotation(hostOf(driver), singleUserRotation(), arn)).recorded).toBe("tested");
  return { driver, arn, first };
}

describe("tick: time passing", () => {
  it("with nothing due answers the same state and starts nothing", async () => {
    const { driver } = await scheduledSecret();
    const result = tick(driver.state, { now: driver.now + DAY_MS, randomSeed: 1 });
    expect(result.state).toBe(driver.state);
    expect(result.rotationsStarted).toEqual([]);
  });

  it("removes a secret for good once its recovery window has ended", () => {
    const { driver } = secretWithValue();
    driver.ok("DeleteSecret", { SecretId: "app/db", RecoveryWindowInDays: 7 });
    expect(tick(driver.state, { now: driver.now + 6 * DAY_MS, randomSeed: 1 }).state).toBe(driver.state);
    driver.state = tick(driver.state, { now: driver.now + 7 * DAY_MS, randomSeed: 1 }).state;
    expect(driver.call("DescribeSecret", { SecretId: "app/db" }).ok).toBe(false);
  });

  it("starts a rotation that is due: the AWSPENDING stub, and the invocation to run", async () => {
    const { driver, arn, first } = await scheduledSecret(3);
    const { state, rotationsStarted } = tick(driver.state, { now: driver.now + 3 * DAY_MS, randomSeed: 5 });
    expect(rotationsStarted).toHaveLength(1);
    const [started] = rotationsStarted;
    expect(started).toMatchObject({ Step: "createSecret", SecretId: arn, RotationLambdaARN: LAMBDA_ARN });
    expect(started!.ClientRequestToken).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    driver.state = state;
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).VersionIdsToStages).toEqual({
      [first]: ["AWSCURRENT"],
      [started!.ClientRequestToken]: ["AWSPENDING"],
    });
  });

  it("derives the same token from the same seed and time", async () => {
    const { driver } = await scheduledSecret(3);
    const clock = { now: driver.now + 3 * DAY_MS, randomSeed: 5 };
    expect(tick(driver.state, clock).rotationsStarted).toEqual(tick(driver.state, clock).rotationsStarted);
  });

  it("does not start a rotation twice, nor one that was cancelled", async () => {
    const { driver } = await scheduledSecret(3);
    const later = driver.now + 3 * DAY_MS;
    const once = tick(driver.state, { now: later, randomSeed: 1 });
    const twice = tick(once.state, { now: later + 1, randomSeed: 2 });
    expect(twice.rotationsStarted).toEqual([]);
    expect(twice.state).toBe(once.state);
    driver.ok("CancelRotateSecret", { SecretId: "app/db" });
    expect(tick(driver.state, { now: later, randomSeed: 1 }).rotationsStarted).toEqual([]);
  });

  it("the started rotation runs to the end and schedules the next one", async () => {
    const { driver, first } = await scheduledSecret(3);
    const rotationsStarted = driver.advance(3 * DAY_MS);
    const [outcome] = await runRotations(hostOf(driver), singleUserRotation(), rotationsStarted);
    expect(outcome?.recorded).toBe("rotated");
    const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
    expect(described.VersionIdsToStages).toEqual({
      [first]: ["AWSPREVIOUS"],
      [rotationsStarted[0]!.ClientRequestToken]: ["AWSCURRENT"],
    });
    expect(described.LastRotatedDate).toBe(driver.now);
    expect(described.NextRotationDate).toBe(driver.now + 3 * DAY_MS);
  });

  it("reattempts a rotation left unfinished with its own token", async () => {
    const { driver, arn } = await scheduledSecret(3);
    const first = driver.advance(3 * DAY_MS);
    await runRotations(hostOf(driver), () => {
      throw new Error("down");
    }, first);
    expect(driver.tick()).toEqual([
      { Step: "createSecret", SecretId: arn, ClientRequestToken: first[0]!.ClientRequestToken, RotationLambdaARN: LAMBDA_ARN },
    ]);
  });

  it("tries a failing scheduled rotation a few times, then leaves NextRotationDate in the past", async () => {
    const { driver } = await scheduledSecret(3);
    const due = driver.ok("DescribeSecret", { SecretId: "app/db" }).NextRotationDate;
    const failing = () => {
      throw new Error("the database is down");
    };
    let attempts = 0;
    let rotationsStarted = driver.advance(3 * DAY_MS);
    for (let i = 0; i < 10; i++) {
      attempts += rotationsStarted.length;
      await runRotations(hostOf(driver), failing, rotationsStarted);
      rotationsStarted = driver.advance(1000);
    }
    expect(attempts).toBe(5);
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).NextRotationDate).toBe(due);
  });

  it("starts counting failures afresh once a manual value change moves NextRotationDate on", async () => {
    const { driver } = await scheduledSecret(3);
    const failing = () => {
      throw new Error("down");
    };
    let rotationsStarted = driver.advance(3 * DAY_MS);
    for (let i = 0; i < 6; i++) {
      await runRotations(hostOf(driver), failing, rotationsStarted);
      rotationsStarted = driver.advance(1000);
    }
    driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "by hand", ClientRequestToken: driver.token() });
    expect(driver.advance(3 * DAY_MS)).toHaveLength(1);
  });
});
