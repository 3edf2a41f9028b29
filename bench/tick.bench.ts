// tick with nothing due over 1,000 and 100,000 secrets, every one of them with
// rotation on and its NextRotationDate 1 to 30 days ahead, against a baseline
// that looks at every secret (what tick did before the per-group memo).
// Run: npx vitest bench --run bench/tick.bench.ts
import { freeze } from "immer";
import { bench, describe } from "vitest";
import {
  AWSCURRENT,
  DAY_MS,
  emptyDict,
  emptyState,
  purgeDeletedSecrets,
  tableSecrets,
  tick,
  type Context,
  type Secret,
  type State,
  type VersionId,
} from "../src/index.ts";
import { emptySecretTable, tableSet, type SecretTable } from "../src/core/model/secret-table.ts";
import { secretArn } from "../src/core/model/state.ts";
import type { SecretName } from "../src/core/model/ids.ts";
import { recordReads } from "../src/core/rules/read-access.ts";
import { isRotationDue } from "../src/core/time/tick.ts";

const START = Date.UTC(2026, 0, 1);
const context: Context = { now: START + 1e9, region: "us-east-1", arnSuffix: "AAAAAA", randomSeed: 1 };
const LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:rotate";

/** A secret as CreateSecret and RotateSecret leave it: one version, rotation on, not yet due. */
function secretNumber(state: State, i: number): Secret {
  const name = `team-${i % 100}/service-${i}` as SecretName;
  const versionId = `${i.toString(16).padStart(8, "0")}-0000-4000-8000-000000000000` as VersionId;
  const created = START + i * 1000;
  return {
    ARN: secretArn(state, context.region, name, i.toString(36).padStart(6, "0")),
    Name: name,
    CreatedDate: created,
    LastChangedDate: created,
    RotationEnabled: true,
    RotationLambdaARN: LAMBDA,
    RotationRules: { AutomaticallyAfterDays: 30 },
    NextRotationDate: context.now + (1 + (i % 30)) * DAY_MS,
    versions: { [versionId]: { VersionId: versionId, CreatedDate: created, value: { kind: "string", SecretString: `p${i}` } } },
    labels: { [AWSCURRENT]: versionId },
    prunedVersionIds: {},
  };
}

/** Built directly through the table's write function: the operations would take minutes at 100,000. */
function stateOf(count: number): State {
  const state = emptyState();
  const table = emptySecretTable() as Parameters<typeof tableSet>[0];
  for (let i = 0; i < count; i++) tableSet(table, secretNumber(state, i));
  const regions = emptyDict<{ secrets: SecretTable }>() as Record<string, { secrets: SecretTable }>;
  regions[context.region] = { secrets: table as SecretTable };
  return freeze({ ...state, regions }, true);
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

/** The median of many timed runs: steadier than a mean on a shared machine. */
function medianMs(run: () => void, runs = 500): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[runs >> 1]!;
}

const COUNTS = [1_000, 100_000] as const;
const states = new Map(COUNTS.map((count) => [count, stateOf(count)] as const));
const clock = { now: context.now, randomSeed: 1 };

for (const count of COUNTS) {
  const state = states.get(count)!;
  tick(state, clock); // the first tick of a state fills the memo
  const ticked = medianMs(() => tick(state, clock));
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
    return recordReads(state, context.region, [{ secret, version: Object.values(secret.versions)[0]! }], context.now);
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
