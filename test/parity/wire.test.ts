// Parity on the wire: every recorded scenario again, sent as raw AWS JSON 1.1
// requests to the HTTP emulator (dates as epoch seconds, SecretBinary as base64).
import { describe, expect, it } from "vitest";
import { allScenarios } from "./fixtures/index.ts";
import { replay } from "./replay/replay.ts";
import { wireTransport } from "./replay/wire-transport.ts";

describe("parity over HTTP: the emulator answers each recorded call as AWS did, status and error body included", () => {
  for (const scenario of allScenarios) {
    it(`answers the calls of ${scenario.transcript} as AWS did`, async () => {
      expect((await replay(scenario, wireTransport())).calls).toBe(scenario.steps.length);
    });
  }
});
