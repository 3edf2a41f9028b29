import { describe, expect, it } from "vitest";
import { nextRotationStep, runRotation, singleUserRotation, type RotationEvent, type RotationHost } from "../../src/index.ts";
import { LAMBDA_ARN, OTHER_LAMBDA_ARN, hostOf, secretWithValue } from "./support.ts";

function startedRotation() {
  const { driver, arn, first } = secretWithValue();
  const token = driver.token();
  driver.ok("RotateSecret", { SecretId: "app/db", ClientRequestToken: token, RotationLambdaARN: LAMBDA_ARN });
  return { driver, arn, first, token };
}

describe("the rotation driver", () => {
  it("calls the function with AWS's event for each step, in order", async () => {
    const { driver, arn, token } = startedRotation();
    const events: RotationEvent[] = [];
    const template = singleUserRotation();
    await runRotation(hostOf(driver), (event, client) => {
      events.push(event);
      return template(event, client);
    }, arn);
    expect(events).toEqual(
      ["createSecret", "setSecret", "testSecret", "finishSecret"].map((Step) =>
        expect.objectContaining({ Step, SecretId: arn, ClientRequestToken: token }),
      ),
    );
  });

  it("the core lists the next step as data until the rotation is over", async () => {
    const { driver, arn, token } = startedRotation();
    expect(nextRotationStep(driver.state, arn)).toEqual({
      Step: "createSecret",
      SecretId: arn,
      ClientRequestToken: token,
      RotationLambdaARN: LAMBDA_ARN,
    });
    await runRotation(hostOf(driver), singleUserRotation(), arn);
    expect(nextRotationStep(driver.state, arn)).toBeUndefined();
  });

  it("a failing step stops the rotation and leaves AWSPENDING where it is", async () => {
    const { driver, arn, first, token } = startedRotation();
    const template = singleUserRotation();
    const failure = new Error("the database is down");
    const outcome = await runRotation(hostOf(driver), async (event, client) => {
      if (event.Step === "setSecret") throw failure;
      return template(event, client);
    }, arn);
    expect(outcome).toMatchObject({ recorded: "failed", stepsRun: ["createSecret", "setSecret"], error: failure });
    const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
    expect(described.VersionIdsToStages).toEqual({ [first]: ["AWSCURRENT"], [token]: ["AWSPENDING"] });
    expect(described.LastRotatedDate).toBeUndefined();
    // The next RotateSecret with another token is refused until the rotation is finished.
    const again = driver.call("RotateSecret", { SecretId: "app/db", ClientRequestToken: driver.token() });
    expect(again.ok ? undefined : again.error.message).toBe("A previous rotation isn't complete. That rotation will be reattempted.");
  });

  it("a finishSecret that does not move AWSCURRENT is a failed rotation", async () => {
    const { driver, arn } = startedRotation();
    const outcome = await runRotation(hostOf(driver), () => undefined, arn);
    expect(outcome.recorded).toBe("failed");
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).LastRotatedDate).toBeUndefined();
  });

  it("fails a step with no function for its Lambda ARN; RotateSecret with the pending token reattempts it, awaiting a Promise", async () => {
    const { driver, arn } = startedRotation();
    const template = singleUserRotation();
    const slow = (event: RotationEvent, client: Parameters<typeof template>[1]) =>
      new Promise((resolve) => setTimeout(resolve, 1)).then(() => template(event, client));
    expect((await runRotation(hostOf(driver), { [OTHER_LAMBDA_ARN]: slow }, arn)).recorded).toBe("failed");
    driver.ok("RotateSecret", { SecretId: "app/db", ClientRequestToken: pendingOf(driver) });
    expect((await runRotation(hostOf(driver), { [LAMBDA_ARN]: slow }, arn)).recorded).toBe("rotated");
  });

  it("works with a host whose apply answers a Promise", async () => {
    const { driver, arn, token } = startedRotation();
    const sync = hostOf(driver);
    const host: RotationHost = {
      apply: (change) => new Promise((resolve) => setTimeout(() => resolve(sync.apply(change)), 0)),
    };
    expect(await runRotation(host, singleUserRotation(), arn)).toMatchObject({ recorded: "rotated" });
    expect(driver.ok("GetSecretValue", { SecretId: "app/db" }).VersionId).toBe(token);
  });

  it("stops when the rotation was cancelled between two steps", async () => {
    const { driver, arn } = startedRotation();
    const template = singleUserRotation();
    const outcome = await runRotation(hostOf(driver), async (event, client) => {
      await template(event, client);
      if (event.Step === "createSecret") driver.ok("CancelRotateSecret", { SecretId: "app/db" });
    }, arn);
    expect(outcome).toMatchObject({ recorded: "stale", stepsRun: ["createSecret"] });
  });

  it("the client throws AWS errors as Errors named after the code", async () => {
    const { driver, arn } = startedRotation();
    let caught: unknown;
    await runRotation(hostOf(driver), async (event, client) => {
      try {
        await client.getSecretValue({ SecretId: event.SecretId, VersionStage: "NOPE" });
      } catch (error) {
        caught = error;
      }
      throw new Error("stop");
    }, arn);
    expect(caught).toBeInstanceOf(Error);
    expect(caught).toMatchObject({ name: "ResourceNotFoundException", code: "ResourceNotFoundException" });
  });
});

function pendingOf(driver: ReturnType<typeof secretWithValue>["driver"]): string {
  const stages = driver.ok("DescribeSecret", { SecretId: "app/db" }).VersionIdsToStages ?? {};
  return Object.keys(stages).find((id) => stages[id]!.includes("AWSPENDING"))!;
}
