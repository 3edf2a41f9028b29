// The benchmark's starting points, built the same way for the core and for the
// mutable baseline: `others` secrets with one version each; the secret under
// test with 100 versions written two days before the benchmark's clock; and 10
// small secrets with 3 versions each.
import { createSecret, emptyState, putSecretValue, tokenFor, type Context, type State } from "../src/index.ts";
import { MutableSecrets } from "./mutable-baseline.ts";

export const TARGET = "bench/target";
export const SMALL = Array.from({ length: 10 }, (_, i) => `bench/small-${i}`);
export const START = Date.UTC(2026, 0, 1);
/** When the benchmark runs: every version of the target is 24 hours old or more. */
export const NOW = START + 2 * 24 * 60 * 60 * 1000;
const VERSIONS = 100;
const SMALL_VERSIONS = 3;

const SUFFIXES = Array.from({ length: 26 }, (_, i) => "Bench" + String.fromCharCode(65 + i));

/** The context an adapter makes for each call. */
export function context(now: number, n = 0): Context {
  return { now, region: "us-east-1", arnSuffix: SUFFIXES[n % 26]!, randomSeed: n };
}

function unwrap(result: { ok: boolean; state: State }): State {
  if (!result.ok) throw new Error("fixture call failed");
  return result.state;
}

function withVersions(state: State, name: string, count: number, firstToken: number): State {
  const first = { Name: name, SecretString: "v0", ClientRequestToken: tokenFor(firstToken) };
  let next = unwrap(createSecret(state, first, context(START)));
  for (let v = 1; v < count; v++) {
    const request = { SecretId: name, SecretString: `v${v}`, ClientRequestToken: tokenFor(firstToken + v) };
    next = unwrap(putSecretValue(next, request, context(START)));
  }
  return next;
}

export function immutableFixture(others: number): State {
  let state = emptyState();
  for (let i = 0; i < others; i++) {
    const request = { Name: `other/${i}`, SecretString: "x", ClientRequestToken: tokenFor(i + 1) };
    state = unwrap(createSecret(state, request, context(START, i)));
  }
  state = withVersions(state, TARGET, VERSIONS, 10_000_000);
  SMALL.forEach((name, i) => (state = withVersions(state, name, SMALL_VERSIONS, 11_000_000 + 10 * i)));
  return state;
}

function mutableWithVersions(secrets: MutableSecrets, name: string, count: number, firstToken: number): void {
  secrets.create(name, tokenFor(firstToken), { kind: "string", SecretString: "v0" }, START);
  for (let v = 1; v < count; v++) {
    const put = secrets.putSecretValue({ SecretId: name, SecretString: `v${v}`, ClientRequestToken: tokenFor(firstToken + v) }, START);
    if (!put.ok) throw new Error("fixture put failed");
  }
}

export function mutableFixture(others: number): MutableSecrets {
  const secrets = new MutableSecrets();
  for (let i = 0; i < others; i++) secrets.create(`other/${i}`, tokenFor(i + 1), { kind: "string", SecretString: "x" }, START);
  mutableWithVersions(secrets, TARGET, VERSIONS, 10_000_000);
  addSmall(secrets);
  return secrets;
}

/** The small secrets alone, with their 3 versions each. */
export function smallMutableFixture(): MutableSecrets {
  const secrets = new MutableSecrets();
  addSmall(secrets);
  return secrets;
}

function addSmall(secrets: MutableSecrets): void {
  SMALL.forEach((name, i) => mutableWithVersions(secrets, name, SMALL_VERSIONS, 11_000_000 + 10 * i));
}
