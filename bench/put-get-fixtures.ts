// The benchmark's starting point, built the same way for the core and for the
// mutable baseline: `others` secrets with one version each, and the secret
// under test with 100 versions written two days before the benchmark's clock.
import { createSecret, emptyState, putSecretValue, tokenFor, type Context, type State } from "../src/index.ts";
import { MutableSecrets } from "./mutable-baseline.ts";

export const TARGET = "bench/target";
export const START = Date.UTC(2026, 0, 1);
/** When the benchmark runs: every version of the target is 24 hours old or more. */
export const NOW = START + 2 * 24 * 60 * 60 * 1000;
const VERSIONS = 100;

export function context(now: number, n = 0): Context {
  return { now, region: "us-east-1", arnSuffix: "Bench" + String.fromCharCode(65 + (n % 26)), randomSeed: n };
}

function unwrap(result: { ok: boolean; state: State }): State {
  if (!result.ok) throw new Error("fixture call failed");
  return result.state;
}

export function immutableFixture(others: number): State {
  let state = emptyState();
  for (let i = 0; i < others; i++) {
    const request = { Name: `other/${i}`, SecretString: "x", ClientRequestToken: tokenFor(i + 1) };
    state = unwrap(createSecret(state, request, context(START, i)));
  }
  const first = { Name: TARGET, SecretString: "v0", ClientRequestToken: tokenFor(10_000_000) };
  state = unwrap(createSecret(state, first, context(START)));
  for (let v = 1; v < VERSIONS; v++) {
    const request = { SecretId: TARGET, SecretString: `v${v}`, ClientRequestToken: tokenFor(10_000_000 + v) };
    state = unwrap(putSecretValue(state, request, context(START)));
  }
  return state;
}

export function mutableFixture(others: number): MutableSecrets {
  const secrets = new MutableSecrets();
  for (let i = 0; i < others; i++) secrets.create(`other/${i}`, tokenFor(i + 1), { kind: "string", SecretString: "x" }, START);
  secrets.create(TARGET, tokenFor(10_000_000), { kind: "string", SecretString: "v0" }, START);
  for (let v = 1; v < VERSIONS; v++) {
    const put = secrets.put(TARGET, tokenFor(10_000_000 + v), { kind: "string", SecretString: `v${v}` }, undefined, START);
    if (!put.ok) throw new Error("fixture put failed");
  }
  return secrets;
}
