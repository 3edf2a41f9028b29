// exportState / importState: the whole emulator as JSON and back.
import { describe, expect, it } from "vitest";
import { bodyOf, fixedEmulator, ok, post, TOKEN_1, TOKEN_2 } from "../support/wire.ts";
import { authorization } from "../support/wire.ts";
import type { EmulatorSnapshot } from "../../src/emulator/emulator.ts";

function populated() {
  const emulator = fixedEmulator({ accounts: { AKIDB: "222222222222" } });
  for (const name of ["__proto__", "constructor", "plain"]) {
    ok(emulator, "CreateSecret", { Name: name, SecretString: `v-${name}`, ClientRequestToken: TOKEN_1 });
  }
  ok(emulator, "PutSecretValue", { SecretId: "plain", SecretString: "w", ClientRequestToken: TOKEN_2, VersionStages: ["hasOwnProperty"] });
  ok(emulator, "CreateSecret", { Name: "b", SecretBinary: "AAE=", ClientRequestToken: TOKEN_1 }, { authorization: authorization("AKIDB", "sa-east-1") });
  emulator.advanceTime(5000);
  return emulator;
}

describe("snapshots", () => {
  it("a snapshot written as JSON and read back gives the same emulator, user-chosen keys included", () => {
    const original = populated();
    const text = JSON.stringify(original.exportState());
    const copy = fixedEmulator({ accounts: { AKIDB: "222222222222" } });
    copy.importState(JSON.parse(text) as EmulatorSnapshot);
    expect(JSON.stringify(copy.exportState())).toBe(text);
    expect(copy.now()).toBe(original.now());
    expect(ok(copy, "GetSecretValue", { SecretId: "__proto__" }).SecretString).toBe("v-__proto__");
    expect(ok(copy, "GetSecretValue", { SecretId: "plain", VersionStage: "hasOwnProperty" }).SecretString).toBe("w");
    expect(ok(copy, "DescribeSecret", { SecretId: "constructor" }).Name).toBe("constructor");
    // A secret created after the import lands beside the imported ones.
    ok(copy, "CreateSecret", { Name: "after" });
    expect(ok(copy, "ListSecrets", {}).SecretList).toHaveLength(4);
  });

  it.each([
    ["not an object", "x", /^Invalid snapshot: not an object$/],
    ["another version", { version: 2, clockOffsetMs: 0, accounts: {} }, /version must be 1/],
    ["a clock offset that is not a number", { version: 1, clockOffsetMs: "0", accounts: {} }, /clockOffsetMs/],
    ["an account holding another account's state", "swap-account", /account 999999999999 holds the state of account 000000000000/],
    ["a label on a version that does not exist", "dangling-label", /labels\.AWSCURRENT must be the id of one of the secret's versions/],
    ["a version whose value kind is unknown", "bad-kind", /value\.kind must be "string" or "binary"/],
  ])("importState refuses %s with a clear Error and changes nothing", (_, corruption, message) => {
    const emulator = populated();
    const before = JSON.stringify(emulator.exportState());
    const json = JSON.parse(before) as { accounts: Record<string, any> };
    let snapshot: unknown = corruption;
    if (corruption === "swap-account") snapshot = { ...json, accounts: { "999999999999": json.accounts["000000000000"] } };
    if (corruption === "dangling-label" || corruption === "bad-kind") {
      const shards = json.accounts["000000000000"].regions["us-east-1"].secrets.shards;
      const secrets = Object.values(shards).flatMap((middle: any) => Object.values(middle).flatMap((leaf: any) => Object.values(leaf)));
      const plain = secrets.find((s: any) => s.Name === "plain") as any;
      if (corruption === "dangling-label") plain.labels.AWSCURRENT = "no-such-version";
      else plain.versions.list.find((v: any) => v?.VersionId === TOKEN_1).value.kind = "text";
      snapshot = json;
    }
    expect(() => emulator.importState(snapshot as EmulatorSnapshot)).toThrow(message);
    expect(JSON.stringify(emulator.exportState())).toBe(before);
    expect(bodyOf(emulator.handle(post("DescribeSecret", { SecretId: "plain" })).response).Name).toBe("plain");
  });
});
