// Parity: ListSecrets, as real AWS answered.
import { describe, expect, it } from "vitest";
import {
  callListsSecretsMultipleTimes,
  callListsSecretsMultipleTimesSnapshots,
  createMultiSecrets,
  createMultiSecretsSnapshot,
} from "./fixtures/list-secrets.ts";
import { replay } from "./replay/replay.ts";

describe("parity: ListSecrets", () => {
  for (const scenario of [callListsSecretsMultipleTimes, callListsSecretsMultipleTimesSnapshots]) {
    it(`ListSecrets answers the same on every call, labelled versions included (${scenario.transcript})`, async () => {
      expect((await replay(scenario)).calls).toBe(5);
    });
  }

  for (const scenario of [createMultiSecrets, createMultiSecretsSnapshot]) {
    it(`ListSecrets lists every secret with its own ARN and versions (${scenario.transcript})`, async () => {
      expect((await replay(scenario)).calls).toBe(7);
    });
  }
});
