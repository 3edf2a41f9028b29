// Reading a State back from JSON: checked, with null-prototype dicts rebuilt.
import { describe, expect, it } from "vitest";
import { tableGet, type State } from "../../../src/core/index.ts";
import { stateFromJson, stateToJson } from "../../../src/core/model/state-json.ts";
import { Driver } from "../../../src/testing/driver.ts";

function stateWithSecrets(): State {
  const driver = new Driver();
  driver.ok("CreateSecret", { Name: "toString", SecretString: "a", ClientRequestToken: driver.token() });
  driver.ok("PutSecretValue", { SecretId: "toString", SecretString: "b", ClientRequestToken: driver.token(), VersionStages: ["__proto__"] });
  return driver.state;
}

const roundTrip = (state: State) => stateFromJson(JSON.parse(JSON.stringify(stateToJson(state))));

describe("stateFromJson", () => {
  it("gives back an equal state whose name- and label-keyed dicts have no prototype", () => {
    const state = stateWithSecrets();
    const read = roundTrip(state);
    expect(read).toEqual(state);
    const secret = tableGet(read.regions["us-east-1"]!.secrets, "toString")!;
    expect(Object.getPrototypeOf(read.regions)).toBeNull();
    expect(Object.getPrototypeOf(secret.labels)).toBeNull();
    expect(Object.keys(secret.labels).sort()).toEqual(["AWSCURRENT", "__proto__"]);
  });

  it("puts a secret filed under the wrong shard back where its name hashes to", () => {
    const json = JSON.parse(JSON.stringify(stateWithSecrets()));
    const secret = secretOf(json);
    json.regions["us-east-1"].secrets.shards = { "99": { "99": { toString: secret } } };
    const read = stateFromJson(json);
    expect(tableGet(read.regions["us-east-1"]!.secrets, "toString")?.Name).toBe("toString");
    expect(read.regions["us-east-1"]!.secrets.count).toBe(1);
  });

  it.each([
    ["a missing accountId", (json: any) => delete json.accountId, "Invalid state: state.accountId must be a string"],
    ["a secret under another name's key", (json: any) => (secretOf(json).Name = "other"), /\.Name must be its key "toString"/],
    ["a version under another id's key", (json: any) => {
      secretOf(json).versions.list[0].VersionId = "ffffffff-ffff-ffff-ffff-ffffffffffff";
    }, /\.VersionId must be its key/],
    ["a CreatedDate that is not a number", (json: any) => (secretOf(json).CreatedDate = "yesterday"), /\.CreatedDate must be a number/],
    ["a version hash that is not its id's", (json: any) => (secretOf(json).versions.hashes[0] += 1), /\.hashes\[0\] must be the hash of the id at the same place/],
    ["a version count that is not the number of versions", (json: any) => (secretOf(json).versions.count = 7), /\.versions\.count must be the number of versions, 2/],
  ])("refuses %s, naming the member", (_, corrupt, message) => {
    const json = JSON.parse(JSON.stringify(stateWithSecrets()));
    corrupt(json);
    expect(() => stateFromJson(json)).toThrow(message);
  });
});

function secretOf(json: any): any {
  const shards = json.regions["us-east-1"].secrets.shards;
  for (const middle of Object.values(shards) as any[]) for (const leaf of Object.values(middle) as any[]) if (Object.hasOwn(leaf, "toString")) return leaf.toString;
  throw new Error("no secret");
}
