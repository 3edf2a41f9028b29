// Model-based test: random command sequences run on the library and on a far
// simpler model (./model.ts) must give the same answers, and the library's
// state must satisfy every invariant after every command.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Driver } from "../../src/index.ts";
import { commandArbitraries } from "./commands.ts";
import { Model } from "./model.ts";

describe("the library against a simple model of versions and labels", () => {
  it("answers every call of CreateSecret, UpdateSecret, PutSecretValue, UpdateSecretVersionStage, GetSecretValue, DescribeSecret and ListSecretVersionIds as the model does", () => {
    let commands = 0;
    fc.assert(
      fc.property(fc.commands(commandArbitraries, { maxCommands: 50, size: "max" }), (sequence) => {
        fc.modelRun(() => ({ model: new Model(), real: { driver: new Driver() } }), sequence);
        commands += [...sequence].length;
      }),
      { numRuns: 200 },
    );
    // Guards the generator: the runs must be long enough to reach label quotas and retries.
    expect(commands / 200).toBeGreaterThan(15);
  });
});
