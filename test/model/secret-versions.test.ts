// Model-based test: random command sequences run on the library and on a far
// simpler model (./model.ts and its companions) must give the same answers, and
// the library's state must satisfy every invariant after every command.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Driver } from "../../src/index.ts";
import { pools, type Pools } from "../properties/calls.ts";
import { commandArbitrary } from "./commands.ts";
import { Model } from "./model.ts";

// More than the 200 of the property tests: the events below need them (measured: each was
// reached 14 times or more in 500 runs) and a test takes about 2 s.
const RUNS = 500;

/** Events every batch of runs must reach, or the generator has stopped covering them. */
const EVENTS = [
  "a tick removed a secret whose recovery window ended",
  "a name created again after its recovery window ended",
  "a replica read answered the primary's version",
  "a write to a replica refused",
  "DeleteSecret refused for a replicated primary",
  "TagResource refused while scheduled for deletion",
  "every tag removed",
  "a write refused by the 20-label quota",
];

/** Runs the sequences; answers the mean number of commands per sequence and the events reached. */
function runAgainstModel(p: Pools): { meanLength: number; seen: Map<string, number> } {
  let commands = 0;
  const seen = new Map<string, number>();
  fc.assert(
    fc.property(fc.commands([commandArbitrary(p)], { maxCommands: 50, size: "max" }), (sequence) => {
      fc.modelRun(() => ({ model: new Model(), real: { driver: new Driver(), seen } }), sequence);
      commands += [...sequence].length;
    }),
    { numRuns: RUNS },
  );
  return { meanLength: commands / RUNS, seen };
}

describe("the library against a simple model of versions, labels, tags, deletion, time and replication", () => {
  // CreateSecret, UpdateSecret, PutSecretValue, UpdateSecretVersionStage, GetSecretValue, DescribeSecret,
  // ListSecretVersionIds, DeleteSecret, RestoreSecret, TagResource, UntagResource,
  // ReplicateSecretToRegions, RemoveRegionsFromReplication, and the clock with and without a tick.
  it("answers calls on versions, labels, tags, deletion, recovery windows and replicas as the model does", () => {
    const { meanLength, seen } = runAgainstModel(pools);
    // Guards the generator: the runs must be long enough to reach label quotas and
    // retries, and must reach purges, replica reads and the refusals.
    expect(meanLength).toBeGreaterThan(15);
    expect([...seen.keys()].sort()).toEqual([...EVENTS].sort());
  });

  it("treats secret names and staging labels such as __proto__ and constructor as plain data", () => {
    const odd: Pools = {
      ...pools,
      names: ["__proto__", "constructor", "app/db"],
      labels: ["AWSCURRENT", "AWSPREVIOUS", "AWSPENDING", "__proto__", "constructor", "toString", "hasOwnProperty"],
    };
    expect(runAgainstModel(odd).meanLength).toBeGreaterThan(15);
  });
});
