// Large catalogues for the benchmarks, built directly through the secret
// table's write function (the operations would take minutes at 100,000
// secrets), and a steadier timer than vitest's mean on a shared machine.
import { freeze } from "immer";
import { AWSCURRENT, emptyDict, emptyState, type Context, type Secret, type State, type VersionId } from "../src/index.ts";
import { dictOf } from "../src/core/model/dict.ts";
import { emptySecretTable, tableSet, type SecretTable } from "../src/core/model/secret-table.ts";
import { versionsOf } from "../src/core/store/versions-edit.ts";
import { secretArn } from "../src/core/model/state.ts";
import type { SecretName } from "../src/core/model/ids.ts";

export const START = Date.UTC(2026, 0, 1);
export const context: Context = { now: START + 1e9, region: "us-east-1", arnSuffix: "AAAAAA", randomSeed: 1 };

/** Secret number i as CreateSecret stores it (one version, AWSCURRENT), with `extra` members. */
export function catalogueSecret(state: State, i: number, extra: Partial<Secret> = {}, value = `p${i}`): Secret {
  const name = `team-${i % 100}/service-${i}` as SecretName;
  const versionId = `${i.toString(16).padStart(8, "0")}-0000-4000-8000-000000000000` as VersionId;
  const created = START + i * 1000;
  return {
    ARN: secretArn(state, context.region, name, i.toString(36).padStart(6, "0")),
    Name: name,
    CreatedDate: created,
    LastChangedDate: created,
    ...extra,
    versions: versionsOf([{ VersionId: versionId, CreatedDate: created, value: { kind: "string", SecretString: value } }]),
    labels: dictOf([[AWSCURRENT, versionId]]),
  };
}

/** A frozen state whose region holds `count` secrets made by `make`. */
export function catalogueState(count: number, make: (state: State, i: number) => Secret): State {
  const state = emptyState();
  const table = emptySecretTable() as Parameters<typeof tableSet>[0];
  for (let i = 0; i < count; i++) tableSet(table, make(state, i));
  const regions = emptyDict<{ secrets: SecretTable }>() as Record<string, { secrets: SecretTable }>;
  regions[context.region] = { secrets: table as SecretTable };
  return freeze({ ...state, regions }, true);
}

/** The median of many timed runs, in milliseconds. */
export function medianMs(run: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[runs >> 1]!;
}
