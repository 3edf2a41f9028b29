// The Emulator object: clock, change notifications, in-process calls, reset.
import { describe, expect, it } from "vitest";
import { DAY_MS } from "../../src/core/index.ts";
import { Emulator, type EmulatorSnapshot, type OperationEvent } from "../../src/emulator/emulator.ts";
import { bodyOf, fixedEmulator, ok, post, T0, TOKEN_1 } from "../support/wire.ts";

describe("the clock", () => {
  it("now() follows the given clock, and setTime and advanceTime move it", () => {
    let base = T0;
    const emulator = new Emulator({ now: () => base });
    expect(emulator.now()).toBe(T0);
    emulator.advanceTime(1500);
    expect(emulator.now()).toBe(T0 + 1500);
    base += 10;
    expect(emulator.now()).toBe(T0 + 1510);
    emulator.setTime(Date.UTC(2030, 0, 1));
    expect(emulator.now()).toBe(Date.UTC(2030, 0, 1));
    expect(() => emulator.advanceTime(Number.NaN)).toThrow(/advanceTime/);
  });

  it("calls are stamped with the emulator's time", () => {
    const emulator = fixedEmulator();
    emulator.advanceTime(DAY_MS);
    ok(emulator, "CreateSecret", { Name: "later" });
    expect(ok(emulator, "DescribeSecret", { SecretId: "later" }).CreatedDate).toBe((T0 + DAY_MS) / 1000);
  });

  it("advancing the clock past a recovery window removes the secret for good", () => {
    const changes: EmulatorSnapshot[] = [];
    const emulator = fixedEmulator({ onChange: (snapshot) => changes.push(snapshot) });
    ok(emulator, "CreateSecret", { Name: "doomed" });
    ok(emulator, "DeleteSecret", { SecretId: "doomed", RecoveryWindowInDays: 7 });
    emulator.advanceTime(7 * DAY_MS - 1);
    expect(emulator.handle(post("DescribeSecret", { SecretId: "doomed" })).response.status).toBe(200);
    const before = changes.length;
    emulator.advanceTime(1);
    expect(changes.length).toBe(before + 1);
    expect(bodyOf(emulator.handle(post("DescribeSecret", { SecretId: "doomed" })).response).__type).toBe("ResourceNotFoundException");
  });

  it("with a running clock, a call after the recovery window has ended finds the secret removed", () => {
    let base = T0;
    const emulator = new Emulator({ now: () => base });
    ok(emulator, "CreateSecret", { Name: "expiring" });
    ok(emulator, "DeleteSecret", { SecretId: "expiring", RecoveryWindowInDays: 7 });
    base += 7 * DAY_MS;
    expect(bodyOf(emulator.handle(post("DescribeSecret", { SecretId: "expiring" })).response).__type).toBe("ResourceNotFoundException");
    ok(emulator, "CreateSecret", { Name: "expiring" });
  });
});

describe("change notifications", () => {
  it("onChange sees the new state before handle returns, once per change and never for a failure or a pure read", () => {
    const seen: string[] = [];
    const emulator = fixedEmulator({ onChange: (snapshot) => seen.push(JSON.stringify(snapshot)) });
    ok(emulator, "CreateSecret", { Name: "watched", SecretString: "v", ClientRequestToken: TOKEN_1 });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContain('"watched"');
    ok(emulator, "DescribeSecret", { SecretId: "watched" });
    emulator.handle(post("CreateSecret", { Name: "watched" }));
    emulator.handle(post("GetSecretValue", { SecretId: "watched", VersionStage: "NOPE" }));
    expect(seen).toHaveLength(1);
  });

  it("onOperation reports the operation, account, region and error code of each request", () => {
    const events: OperationEvent[] = [];
    const emulator = fixedEmulator({ onOperation: (event) => events.push(event) });
    emulator.handle(post("CreateSecret", { Name: "seen" }));
    emulator.handle(post("DescribeSecret", { SecretId: "unseen" }));
    emulator.handle(post("NoSuchOperation", {}));
    expect(events.map((e) => [e.operation, e.accountId, e.region, e.errorCode])).toEqual([
      ["CreateSecret", "000000000000", "us-east-1", undefined],
      ["DescribeSecret", "000000000000", "us-east-1", "ResourceNotFoundException"],
      ["", "000000000000", "us-east-1", "UnknownOperationException"],
    ]);
    expect(events[0]!.response).toMatchObject({ Name: "seen" });
  });

  it("handle() answers the event of its call alongside the response", () => {
    const emulator = fixedEmulator();
    const created = emulator.handle(post("CreateSecret", { Name: "paired", SecretString: "s3cret", ClientRequestToken: TOKEN_1 }));
    expect(created.response.status).toBe(200);
    expect(created.event).toMatchObject({ operation: "CreateSecret", accountId: "000000000000", region: "us-east-1" });
    expect(created.event.response).toMatchObject({ Name: "paired" });
    const refused = emulator.handle(post("NoSuchOperation", {}));
    expect([refused.response.status, refused.event.operation, refused.event.errorCode]).toEqual([400, "", "UnknownOperationException"]);
  });

  it("an operation listener that throws does not fail the call it reports", () => {
    const emulator = fixedEmulator({
      onOperation: () => {
        throw new Error("log unavailable");
      },
    });
    expect(emulator.handle(post("CreateSecret", { Name: "logged" })).response.status).toBe(200);
    expect(ok(emulator, "DescribeSecret", { SecretId: "logged" }).Name).toBe("logged");
  });
});

describe("in-process calls", () => {
  it("call() runs an operation with the core's shapes and keeps the state it makes", () => {
    const emulator = fixedEmulator();
    const created = emulator.call("111111111111", "eu-central-1", "CreateSecret", { Name: "inproc", SecretBinary: "AAE=", ClientRequestToken: TOKEN_1 });
    expect(created).toEqual({ ok: true, response: { ARN: expect.stringContaining(":eu-central-1:111111111111:"), Name: "inproc", VersionId: TOKEN_1 } });
    const read = emulator.call("111111111111", "eu-central-1", "GetSecretValue", { SecretId: "inproc" });
    expect(read.response).toMatchObject({ SecretBinary: "AAE=", CreatedDate: T0 });
    expect(emulator.call("111111111111", "us-east-1", "GetSecretValue", { SecretId: "inproc" }).error?.code).toBe("ResourceNotFoundException");
    expect(emulator.call("1", "us-east-1", "Nope", {}).error?.code).toBe("UnknownOperationException");
  });

  it("apply() keeps the state of a change that succeeds and drops one that fails", () => {
    const emulator = fixedEmulator();
    const snapshot = () => JSON.stringify(emulator.exportState());
    const failed = emulator.apply("000000000000", "us-east-1", (state) => ({ ok: false, state, error: { code: "InvalidRequestException", message: "no" } }));
    expect(failed.ok).toBe(false);
    expect(snapshot()).toBe('{"version":1,"clockOffsetMs":0,"accounts":{}}');
    emulator.apply("000000000000", "us-east-1", (state, context) => ({ ok: true, state: { ...state, partition: context.region }, response: null }));
    expect(snapshot()).toContain('"partition":"us-east-1"');
  });
});

describe("reset", () => {
  it("reset() removes every secret of every account and the clock offset", () => {
    const emulator = fixedEmulator({ accounts: { AKID2: "222222222222" } });
    ok(emulator, "CreateSecret", { Name: "gone" });
    emulator.call("222222222222", "us-east-1", "CreateSecret", { Name: "gone" });
    emulator.advanceTime(DAY_MS);
    emulator.reset();
    expect(emulator.exportState()).toEqual({ version: 1, clockOffsetMs: 0, accounts: {} });
    expect(emulator.now()).toBe(T0);
    ok(emulator, "CreateSecret", { Name: "gone" });
  });
});
