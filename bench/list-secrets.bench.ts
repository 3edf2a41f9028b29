// ListSecrets over 1,000 and 100,000 secrets: the first page of 100, unfiltered
// and filtered by name prefix, against a baseline that sorts the catalogue per
// call. Also prints the heap each stored secret and its sorted index take.
// Run: npx vitest bench --run bench/list-secrets.bench.ts
import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { bench, describe } from "vitest";
import { listSecrets, tableSecrets, versionsInOrder, type Secret, type State } from "../src/index.ts";
import { sortedIndex } from "../src/core/rules/list-index.ts";
import { buildIndex } from "../src/core/rules/list-sort.ts";
import { recordReads } from "../src/core/rules/read-access.ts";
import { catalogueSecret, catalogueState, context, medianMs } from "./catalogue.ts";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** A secret as CreateSecret stores it: one version with a value, labelled AWSCURRENT. */
function secretNumber(state: State, i: number): Secret {
  return catalogueSecret(state, i, { Description: `secret number ${i}` }, `{"password":"p${i}"}`);
}

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const COUNTS = [1_000, 100_000] as const;
const states = new Map<number, State>();
for (const count of COUNTS) {
  const before = heapUsed();
  const state = catalogueState(count, secretNumber);
  const stored = heapUsed();
  sortedIndex(state.regions[context.region]!.secrets, "created-date");
  const indexed = heapUsed();
  states.set(count, state);
  console.log(
    `${count} secrets: ${((stored - before) / count).toFixed(0)} bytes of heap per stored secret, ` +
      `${((indexed - stored) / count).toFixed(0)} more per secret for the created-date index`,
  );
}

const prefix = { Filters: [{ Key: "name", Values: ["team-7/"] }] };

const medians = COUNTS.map((count) => {
  const state = states.get(count)!;
  return [
    medianMs(() => listSecrets(state, { MaxResults: 100 }, context), 1000),
    medianMs(() => listSecrets(state, { MaxResults: 100, ...prefix }, context), 200),
  ] as const;
});
console.log(
  `median first page of 100: unfiltered ${medians.map(([u]) => u.toFixed(3)).join(" ms / ")} ms, ` +
    `name prefix ${medians.map(([, f]) => f.toFixed(3)).join(" ms / ")} ms (1,000 / 100,000 secrets); ` +
    `unfiltered ratio ${(medians[1]![0] / medians[0]![0]).toFixed(2)}x`,
);

for (const count of COUNTS) {
  const state = states.get(count)!;
  const table = state.regions[context.region]!.secrets;
  const secrets = [...tableSecrets(table)];
  let next = 0;
  /** What GetSecretValue writes: LastAccessedDate of one secret (a new table version). */
  const oneRead = () => {
    const secret = secrets[next++ % secrets.length]!;
    return recordReads(state, context.region, [{ secret, version: versionsInOrder(secret.versions).next().value! }], context.now);
  };
  describe(`ListSecrets over ${count.toLocaleString("en")} secrets`, () => {
    bench("first page of 100, unfiltered", () => {
      listSecrets(state, { MaxResults: 100 }, context);
    });
    bench("first page of 100, filtered by name prefix (1 secret in 100)", () => {
      listSecrets(state, { MaxResults: 100, ...prefix }, context);
    });
    bench("one read recorded, then the first page (index patched)", () => {
      listSecrets(oneRead(), { MaxResults: 100 }, context);
    });
    bench("one read recorded alone (the write's share of the line above)", () => {
      oneRead();
    });
    bench("baseline: sort every secret, as a call without the index would", () => {
      buildIndex(table, "created-date");
    });
  });
}
