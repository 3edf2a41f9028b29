// A state file written by release 0.1.0 (test/fixtures/state-file-0.1.0: a snapshot line and a
// journal line per save, made by make.mjs there) loads, and the state it holds answers every
// read as 0.1.0 answered it: versions, labels, pruned ids, values and dates.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  describeSecret,
  getSecretValue,
  invariantViolations,
  listSecretVersionIds,
  stateFromJson,
  stateToJson,
  tableSecrets,
  tokenFor,
  type Result,
  type State,
} from "../../../src/index.ts";
import { loadStateFile } from "../../../src/server/persistence.ts";

const FIXTURE = join(import.meta.dirname, "../../fixtures/state-file-0.1.0");
const recorded = JSON.parse(readFileSync(join(FIXTURE, "answers.json"), "utf8")) as {
  now: number;
  answers: Record<string, { describe: unknown; versions: { Versions?: { VersionId: string }[] }; reads: Record<string, unknown> }>;
};

function loadAccounts(): Map<string, State> {
  const { snapshot, entries } = loadStateFile(join(FIXTURE, "state.jsonl"))!;
  expect(entries).toBeGreaterThan(100);
  const accounts = (snapshot as { accounts: Record<string, unknown> }).accounts;
  return new Map(Object.entries(accounts).map(([id, json]) => [id, stateFromJson(json)]));
}

const answer = (result: Result<unknown>) => (result.ok ? result.response : { error: result.error });
const STAGES = ["AWSCURRENT", "AWSPREVIOUS", "AWSPENDING", "constructor", "L25", "L50", "L75"];

describe("a state file written by release 0.1.0", () => {
  const accounts = loadAccounts();

  it("loads a state that keeps every invariant", () => {
    expect([...accounts.values()].flatMap(invariantViolations)).toEqual([]);
  });

  it("answers DescribeSecret, ListSecretVersionIds and GetSecretValue as 0.1.0 answered", () => {
    const seen: string[] = [];
    for (const [accountId, state] of accounts) {
      for (const [region, { secrets }] of Object.entries(state.regions)) {
        const context = { now: recorded.now, region, arnSuffix: "AAAAAA", randomSeed: 0 };
        for (const secret of tableSecrets(secrets)) {
          const key = `${accountId}/${region}/${secret.Name}`;
          const expected = recorded.answers[key]!;
          seen.push(key);
          expect(answer(describeSecret(state, { SecretId: secret.ARN }, context)), key).toEqual(expected.describe);
          const versions = answer(listSecretVersionIds(state, { SecretId: secret.ARN, IncludeDeprecated: true }, context));
          expect(versions, key).toEqual(expected.versions);
          const ids = [...(expected.versions.Versions ?? []).map((v) => v.VersionId), ...Array.from({ length: 8 }, (_, i) => tokenFor(i + 1))];
          for (const VersionId of ids) {
            expect(answer(getSecretValue(state, { SecretId: secret.ARN, VersionId }, context)), `${key} ${VersionId}`).toEqual(expected.reads[VersionId]);
          }
          for (const stage of STAGES) {
            expect(answer(getSecretValue(state, { SecretId: secret.ARN, VersionStage: stage }, context)), `${key} ${stage}`).toEqual(expected.reads[stage]);
          }
        }
      }
    }
    expect(seen.sort()).toEqual(Object.keys(recorded.answers).sort());
  });

  it("is saved again in today's layout, which reads back as the same state", () => {
    for (const state of accounts.values()) {
      expect(stateFromJson(JSON.parse(JSON.stringify(stateToJson(state))))).toEqual(state);
    }
  });
});
