// The Driver's clock means what the Emulator's clock means: moving it lets time pass.
import { describe, expect, it } from "vitest";
import { DAY_MS } from "../../src/core/index.ts";
import { Emulator } from "../../src/emulator/emulator.ts";
import { stateHost } from "../../src/rotation/client.ts";
import { runRotation } from "../../src/rotation/driver.ts";
import { singleUserRotation } from "../../src/rotation/single-user.ts";
import { Driver, tokenFor } from "../../src/testing/driver.ts";

const START = Date.UTC(2026, 0, 1);
const LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:rotate";

describe("the Driver's clock", () => {
  it("advance() ends a recovery window as Emulator.advanceTime does", () => {
    const driver = new Driver({ now: START });
    const emulator = new Emulator({ now: () => START, defaultAccountId: "123456789012" });
    const call = (name: string, request: unknown) => emulator.call("123456789012", "us-east-1", name, request);

    driver.ok("CreateSecret", { Name: "doomed", SecretString: "s", ClientRequestToken: tokenFor(1) });
    driver.ok("DeleteSecret", { SecretId: "doomed", RecoveryWindowInDays: 7 });
    call("CreateSecret", { Name: "doomed", SecretString: "s", ClientRequestToken: tokenFor(1) });
    call("DeleteSecret", { SecretId: "doomed", RecoveryWindowInDays: 7 });

    driver.advance(7 * DAY_MS - 1);
    emulator.advanceTime(7 * DAY_MS - 1);
    expect(driver.call("DescribeSecret", { SecretId: "doomed" }).ok).toBe(true);
    expect(call("DescribeSecret", { SecretId: "doomed" }).ok).toBe(true);

    driver.advance(1);
    emulator.advanceTime(1);
    expect(driver.call("DescribeSecret", { SecretId: "doomed" })).toMatchObject({ ok: false, error: { code: "ResourceNotFoundException" } });
    expect(call("DescribeSecret", { SecretId: "doomed" }).error?.code).toBe("ResourceNotFoundException");
  });

  it("advance() returns the rotations that fell due, started", async () => {
    const driver = new Driver({ now: START });
    const { ARN } = driver.ok("CreateSecret", { Name: "db", SecretString: "old", ClientRequestToken: driver.token() });
    driver.ok("RotateSecret", {
      SecretId: "db",
      RotationLambdaARN: LAMBDA,
      RotationRules: { AutomaticallyAfterDays: 2 },
      RotateImmediately: false,
      ClientRequestToken: driver.token(),
    });
    // RotateImmediately=false: the rotation function tests the new version, then the schedule runs.
    const host = stateHost(driver, () => driver.context());
    expect((await runRotation(host, singleUserRotation(), ARN)).recorded).toBe("tested");
    expect(driver.advance(DAY_MS)).toEqual([]);
    const started = driver.advance(DAY_MS);
    expect(started.map((invocation) => [invocation.Step, invocation.SecretId])).toEqual([["createSecret", ARN]]);
  });

  it("tick() with nothing due keeps the very same state", () => {
    const driver = new Driver({ now: START });
    driver.ok("CreateSecret", { Name: "calm", SecretString: "s", ClientRequestToken: driver.token() });
    const before = driver.state;
    expect(driver.tick()).toEqual([]);
    expect(driver.state).toBe(before);
    expect(() => driver.advance(Number.NaN)).toThrow(/advance/);
  });
});
