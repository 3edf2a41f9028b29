// PutSecretValue on a secret with 100 versions (each put prunes one), and
// GetSecretValue by stage, against a plain mutable implementation of the same
// two operations, with 10 and with 10,000 other secrets in the state.
// Run: npx vitest bench --run bench/put-get.bench.ts
import { produce } from "immer";
import { bench, describe } from "vitest";
import { getOwn, getSecretValue, putSecretValue, tableGet, tokenFor } from "../src/index.ts";
import { context, immutableFixture, mutableFixture, NOW, TARGET } from "./put-get-fixtures.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

for (const others of [10, 10_000]) {
  const base = immutableFixture(others);
  // One read first, so that the reads measured find LastAccessedDate already set (same day).
  const read = getSecretValue(base, { SecretId: TARGET, VersionStage: "AWSCURRENT" }, context(NOW));
  if (!read.ok) throw new Error("fixture read failed");
  const readState = read.state;
  const mutable = mutableFixture(others);
  let mutableNow = NOW;
  let mutableToken = 20_000_000;

  describe(`PutSecretValue, 100 versions, ${others} other secrets`, () => {
    const request = { SecretId: TARGET, SecretString: "new", ClientRequestToken: tokenFor(20_000_000) };
    const ctx = context(NOW);
    bench("core (immutable, immer)", () => {
      // Pure: every call is the same put on the same 100-version state.
      const result = putSecretValue(base, request, ctx);
      if (!result.ok) throw new Error(result.error.message);
    });
    // The floor for any immer write that adds a version: copying the 100-entry versions dict.
    const versions = tableGet(getOwn(base.regions, "us-east-1")!.secrets, TARGET)!.versions;
    const added = { VersionId: request.ClientRequestToken, CreatedDate: NOW };
    bench("immer floor: add one entry to the 100-version dict", () => {
      produce(versions, (draft: Record<string, unknown>) => {
        draft[added.VersionId] = added;
      });
    });
    bench("mutable baseline", () => {
      // In place: a new token a day later each time, so each put again finds 100 versions and prunes one.
      mutableNow += DAY_MS;
      mutableToken += 1;
      const result = mutable.put(TARGET, tokenFor(mutableToken), { kind: "string", SecretString: "new" }, undefined, mutableNow);
      if (!result.ok) throw new Error(result.code);
    });
  });

  describe(`GetSecretValue by VersionStage, ${others} other secrets`, () => {
    const request = { SecretId: TARGET, VersionStage: "AWSCURRENT" };
    const ctx = context(NOW);
    bench("core (immutable, immer)", () => {
      const result = getSecretValue(readState, request, ctx);
      if (!result.ok) throw new Error(result.error.message);
    });
    bench("mutable baseline", () => {
      const result = mutable.get(TARGET, "AWSCURRENT", mutableNow);
      if (!result.ok) throw new Error(result.code);
    });
  });
}
