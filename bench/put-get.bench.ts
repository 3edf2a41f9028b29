// PutSecretValue and GetSecretValue against a plain mutable implementation of the
// same two operations (mutable-baseline.ts), with 10 and with 10,000 other secrets.
// The state is threaded from call to call, as an emulator uses the core: each put
// takes the state the previous put returned. Each task runs 100 calls, so that
// the timer's own cost does not flatten the ratio (10 for the puts on 3-version secrets);
// divide its times by the number of calls it names.
// The baseline runs first in each group: run after the core, it was slowed by the heap the
// core left behind (a put on a 3-version secret took 0.77 µs instead of 0.43).
// Run: npx vitest bench --run bench/put-get.bench.ts
// (the ratios, median of several runs: node scripts/bench-ratios.mjs)
import { produce } from "immer";
import { bench, describe } from "vitest";
import { getSecretValue, putSecretValue, tableGet, tokenFor, type State } from "../src/index.ts";
import type { MutableSecrets } from "./mutable-baseline.ts";
import { context, immutableFixture, mutableFixture, NOW, SMALL, smallMutableFixture, TARGET } from "./put-get-fixtures.ts";

const HOUR_MS = 60 * 60 * 1000;
const CALLS = 100;
const options = { time: 1000 };
/** A fixed number of rounds, for a workload that uses up a fresh fixture per round. */
const ROUNDS = { time: 0, iterations: 400, warmupTime: 0, warmupIterations: 40 };

function ok(result: { ok: boolean }): void {
  if (!result.ok) throw new Error(`call failed: ${JSON.stringify(result)}`);
}

for (const others of [10, 10_000]) {
  const base = immutableFixture(others);
  const mutable = mutableFixture(others);
  // Each side's own clock and tokens, the same sequence on both: a put an hour after the
  // previous one, so that the version pruned (100 puts back) is always 24 hours old or more.
  let state: State = base;
  let now = NOW;
  let token = 20_000_000;
  let mutableNow = NOW;
  let mutableToken = 20_000_000;
  const getTarget = { SecretId: TARGET, VersionStage: "AWSCURRENT" };

  describe(`PutSecretValue, 100 versions (one pruned per put), state threaded, ${others} other secrets`, () => {
    bench(`mutable baseline, ${CALLS} calls`, () => {
      for (let i = 0; i < CALLS; i++) {
        mutableNow += HOUR_MS;
        ok(mutable.putSecretValue({ SecretId: TARGET, SecretString: "new", ClientRequestToken: tokenFor(++mutableToken) }, mutableNow));
      }
    }, options);
    bench(`core (immutable, immer), ${CALLS} calls`, () => {
      for (let i = 0; i < CALLS; i++) {
        now += HOUR_MS;
        const result = putSecretValue(state, { SecretId: TARGET, SecretString: "new", ClientRequestToken: tokenFor(++token) }, context(now));
        ok(result);
        state = result.state;
      }
    }, options);
  });

  describe(`GetSecretValue by VersionStage, 100 versions, state threaded, ${others} other secrets`, () => {
    bench(`mutable baseline, ${CALLS} calls`, () => {
      for (let i = 0; i < CALLS; i++) ok(mutable.getSecretValue(getTarget, mutableNow));
    }, options);
    bench(`core (immutable, immer), ${CALLS} calls`, () => {
      const ctx = context(now);
      for (let i = 0; i < CALLS; i++) {
        const result = getSecretValue(state, getTarget, ctx);
        ok(result);
        state = result.state;
      }
    }, options);
  });

  // Each of 10 secrets with 3 versions gets one put per round, and each round starts again
  // from 3 versions: the core from the same state, the baseline from a fresh copy of its own,
  // made before the task runs (and dropped after it, so that it weighs on no other task).
  const smallPuts = SMALL.map((SecretId, i) => ({ SecretId, SecretString: "new", ClientRequestToken: tokenFor(12_000_000 + i) }));
  let fresh: MutableSecrets[] = [];
  const freshRounds = {
    ...ROUNDS,
    setup: () => void (fresh = Array.from({ length: ROUNDS.iterations + ROUNDS.warmupIterations + 4 }, smallMutableFixture)),
    teardown: () => void (fresh = []),
  };
  describe(`PutSecretValue, 3 versions, state threaded, ${others} other secrets`, () => {
    bench(`mutable baseline, ${SMALL.length} calls`, () => {
      const small = fresh.pop();
      if (small === undefined) throw new Error("no fresh baseline left: raise the pool");
      for (const request of smallPuts) ok(small.putSecretValue(request, NOW));
    }, freshRounds);
    bench(`core (immutable, immer), ${SMALL.length} calls`, () => {
      let small = base;
      const ctx = context(NOW);
      for (const request of smallPuts) {
        const result = putSecretValue(small, request, ctx);
        ok(result);
        small = result.state;
      }
    }, ROUNDS);
  });

  const smallGets = SMALL.map((SecretId) => ({ SecretId, VersionStage: "AWSCURRENT" }));
  describe(`GetSecretValue by VersionStage, 3 versions, state threaded, ${others} other secrets`, () => {
    bench(`mutable baseline, ${CALLS} calls`, () => {
      for (let i = 0; i < CALLS; i++) ok(mutable.getSecretValue(smallGets[i % smallGets.length]!, mutableNow));
    }, options);
    bench(`core (immutable, immer), ${CALLS} calls`, () => {
      const ctx = context(now);
      for (let i = 0; i < CALLS; i++) {
        const result = getSecretValue(state, smallGets[i % smallGets.length]!, ctx);
        ok(result);
        state = result.state;
      }
    }, options);
  });

  // The workload of earlier releases: the same put on the same state, every time.
  describe(`PutSecretValue, 100 versions, fixed state, ${others} other secrets`, () => {
    const request = { SecretId: TARGET, SecretString: "new", ClientRequestToken: tokenFor(19_999_999) };
    bench(`mutable baseline (in place, as above), ${CALLS} calls`, () => {
      for (let i = 0; i < CALLS; i++) {
        mutableNow += HOUR_MS;
        ok(mutable.putSecretValue({ SecretId: TARGET, SecretString: "new", ClientRequestToken: tokenFor(++mutableToken) }, mutableNow));
      }
    }, options);
    bench(`core (immutable, immer), ${CALLS} calls`, () => {
      const ctx = context(NOW);
      for (let i = 0; i < CALLS; i++) ok(putSecretValue(base, request, ctx));
    }, options);
    // The least any immer write through the secret table costs: one member of one secret.
    bench(`immer floor: set one member of the secret, ${CALLS} calls`, () => {
      for (let i = 0; i < CALLS; i++) {
        produce(base, (draft) => {
          const secret = tableGet(draft.regions["us-east-1"]!.secrets as never, TARGET) as unknown as { LastChangedDate: number };
          secret.LastChangedDate = i;
        });
      }
    }, options);
  });
}
