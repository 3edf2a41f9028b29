// Model-based test: random command sequences run on the library and on a far
// simpler model (./model.ts) must give the same answers, and the library's
// state must satisfy every invariant after every command.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Driver } from "../../src/index.ts";
import { pools, type Pools } from "../properties/calls.ts";
import { commandArbitraries } from "./commands.ts";
import { Model } from "./model.ts";

const RUNS = 200;

/** Runs the sequences and answers the mean number of commands per sequence. */
function runAgainstModel(p: Pools): number {
  let commands = 0;
  fc.assert(
    fc.property(fc.commands(commandArbitraries(p), { maxCommands: 50, size: "max" }), (sequence) => {
      fc.modelRun(() => ({ model: new Model(), real: { driver: new Driver() } }), sequence);
      commands += [...sequence].length;
    }),
    { numRuns: RUNS },
  );
  return commands / RUNS;
}

describe("the library against a simple model of versions and labels", () => {
  it("answers CreateSecret, UpdateSecret, PutSecretValue, UpdateSecretVersionStage, GetSecretValue, DescribeSecret, ListSecretVersionIds, DeleteSecret and RestoreSecret as the model does", () => {
    // Guards the generator: the runs must be long enough to reach label quotas and retries.
    expect(runAgainstModel(pools)).toBeGreaterThan(15);
  });

  it("treats secret names and staging labels such as __proto__ and constructor as plain data", () => {
    const odd: Pools = {
      ...pools,
      names: ["__proto__", "constructor", "app/db"],
      labels: ["AWSCURRENT", "AWSPREVIOUS", "AWSPENDING", "__proto__", "constructor", "toString", "hasOwnProperty"],
    };
    expect(runAgainstModel(odd)).toBeGreaterThan(15);
  });
});
