// tick with nothing due over 1,000 and 100,000 secrets, every one of them with
// rotation on and its NextRotationDate 1 to 30 days ahead, against a baseline
// that looks at every secret (what tick did before the per-group memo).
// Run: npx vitest bench --run bench/tick.bench.ts
import { bench, describe } from "vitest";
import { DAY_MS, purgeDeletedSecrets, tableSecrets, tick, versionsInOrder, type Secret, type State } from "../src/index.ts";
import { recordReads } from "../src/core/rules/read-access.ts";
import { isRotationDue } from "../src/core/time/tick.ts";
import { catalogueSecret, catalogueState, context, medianMs } from "./catalogue.ts";

const LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:rotate";

/** A secret as CreateSecret and RotateSecret leave it: one version, rotation on, not yet due. */
function secretNumber(state: State, i: number): Secret {
  return catalogueSecret(state, i, {
    RotationEnabled: true,
    RotationLambdaARN: LAMBDA,
    RotationRules: { AutomaticallyAfterDays: 30 },
    NextRotationDate: context.now + (1 + (i % 30)) * DAY_MS,
  });
}

/** The baseline: the purge, then every secret of every region asked whether its rotation is due. */
function scanningTick(state: State, now: number): number {
  const next = purgeDeletedSecrets(state, now);
  let due = 0;
  for (const regionState of Object.values(next.regions)) {
    for (const secret of tableSecrets(regionState.secrets)) if (isRotationDue(secret, now)) due++;
  }
  return due;
}

const COUNTS = [1_000, 100_000] as const;
const states = new Map(COUNTS.map((count) => [count, catalogueState(count, secretNumber)] as const));
const clock = { now: context.now, randomSeed: 1 };

for (const count of COUNTS) {
  const state = states.get(count)!;
  tick(state, clock); // the first tick of a state fills the memo
  const ticked = medianMs(() => tick(state, clock), 500);
  const scanned = medianMs(() => scanningTick(state, clock.now), count > 10_000 ? 50 : 500);
  console.log(
    `${count} secrets, nothing due: tick median ${(ticked * 1000).toFixed(1)} µs, ` +
      `full scan median ${(scanned * 1000).toFixed(1)} µs`,
  );
}

for (const count of COUNTS) {
  const state = states.get(count)!;
  const secrets = [...tableSecrets(state.regions[context.region]!.secrets)];
  let next = 0;
  /** What GetSecretValue writes: LastAccessedDate of one secret (one leaf of the table replaced). */
  const oneRead = () => {
    const secret = secrets[next++ % secrets.length]!;
    return recordReads(state, context.region, [{ secret, version: versionsInOrder(secret.versions).next().value! }], context.now);
  };
  describe(`tick over ${count.toLocaleString("en")} secrets with rotation on, nothing due`, () => {
    bench("tick", () => {
      tick(state, clock);
    });
    bench("one read recorded, then tick (the memo of one leaf rebuilt)", () => {
      tick(oneRead(), clock);
    });
    bench("one read recorded alone (the write's share of the line above)", () => {
      oneRead();
    });
    bench("baseline: the purge, then every secret asked whether it is due", () => {
      scanningTick(state, clock.now);
    });
  });
}
