// The costliest ListSecrets and BatchGetSecretValue requests that the API
// model allows (bench/list-secrets-worst-requests.ts) over 100,000 secrets,
// none of them matching, so that every secret is looked at; against the
// unfiltered first page in the same run. Also prints the first filtered call
// (each secret's words found and kept) and the heap those words take, and
// the CPU time of each request beside its wall time (the machine is shared).
// Run: npx vitest bench --run bench/list-secrets-worst.bench.ts
// WORST_RUNS=1 measures each request once (for a slow matcher).
import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { bench, describe } from "vitest";
import { batchGetSecretValue, listSecrets, type Filter, type Secret, type State } from "../src/index.ts";
import { catalogueSecret, catalogueState, context, medianMs } from "./catalogue.ts";
import { WORST_REQUESTS } from "./list-secrets-worst-requests.ts";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const COUNT = 100_000;
const RUNS = Number(process.env["WORST_RUNS"] ?? 21);

/** A secret with a description and two tags: every attribute that `all` searches has words. */
function secretNumber(state: State, i: number): Secret {
  return catalogueSecret(state, i, {
    Description: `secret number ${i}`,
    Tags: [
      { Key: "team", Value: `team-${i % 100}` },
      { Key: "env", Value: i % 2 === 0 ? "prod" : "dev" },
    ],
  });
}

/** The median CPU time (user and system) of many runs, in milliseconds: steadier than wall time on a shared machine. */
function medianCpuMs(run: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((a, b) => a - b)[runs >> 1]!;
}

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const state = catalogueState(COUNT, secretNumber);
const list = (filters: readonly Filter[] | undefined) => () => {
  const result = listSecrets(state, { MaxResults: 100, ...(filters && { Filters: filters }) }, context);
  if (!result.ok) throw new Error(result.error.message);
  return result.response.SecretList.length;
};
const batch = (filters: readonly Filter[]) => () => {
  const result = batchGetSecretValue(state, { Filters: filters }, context);
  if (!result.ok) throw new Error(result.error.message);
  return result.response.SecretValues.length;
};

const before = heapUsed();
const coldStart = performance.now();
list(WORST_REQUESTS[0]!.filters)();
const coldMs = performance.now() - coldStart;
const wordsBytes = (heapUsed() - before) / COUNT;
const baseline = medianMs(list(undefined), 501);
console.log(
  `${COUNT.toLocaleString("en")} secrets. First filtered call (finds and keeps every secret's words): ` +
    `${coldMs.toFixed(0)} ms, ${wordsBytes.toFixed(0)} bytes of heap per secret. ` +
    `Baseline, the unfiltered first page of 100: median ${baseline.toFixed(3)} ms.`,
);
for (const request of WORST_REQUESTS) {
  const bytes = JSON.stringify({ Filters: request.filters }).length;
  for (const [operation, run] of [["ListSecrets", list], ["BatchGetSecretValue", batch]] as const) {
    const call = run(request.filters);
    const found = call();
    const median = medianMs(call, RUNS);
    const cpu = medianCpuMs(call, RUNS);
    console.log(
      `${operation}, ${request.name} (${bytes} bytes of Filters, ${found} found): ` +
        `median ${median.toFixed(1)} ms of ${RUNS} (CPU ${cpu.toFixed(1)} ms), ${(median / baseline).toFixed(0)}x the baseline`,
    );
  }
}

describe(`ListSecrets over ${COUNT.toLocaleString("en")} secrets, nothing matching`, () => {
  bench("baseline: first page of 100, unfiltered", () => {
    list(undefined)();
  });
  // With WORST_RUNS=1 (a slow matcher) only the printed figures are taken.
  for (const request of RUNS > 1 ? WORST_REQUESTS : []) {
    bench(request.name, () => {
      list(request.filters)();
    });
  }
});
