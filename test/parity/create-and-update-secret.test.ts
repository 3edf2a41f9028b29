// Parity: test_create_and_update_secret[...], one test per recorded name.
import { describe, expect, it } from "vitest";
import { createAndUpdateSecret } from "./fixtures/create-and-update-secret.ts";
import { replay } from "./replay/replay.ts";

describe("parity: CreateSecret, then reads by name, ARN and partial ARN, then new values", () => {
  for (const scenario of createAndUpdateSecret) {
    const secretName = String(scenario.steps[0]!.request["Name"]);
    const partialArn = scenario.transcript.endsWith("-False]")
      ? "is not found by its partial ARN, the name ending in - and six characters"
      : "is found by name, full ARN and partial ARN";
    it(`a secret named "${secretName}" ${partialArn} (${scenario.transcript})`, async () => {
      expect((await replay(scenario)).calls).toBe(scenario.steps.length);
    });
  }
});
