// Parity through the official JavaScript SDK: every recorded scenario that an
// SDK can make, on the in-process double.
import { describe, expect, it } from "vitest";
import { allScenarios } from "./fixtures/index.ts";
import { replay } from "./replay/replay.ts";
import { sdkTransport } from "./replay/sdk-transport.ts";

// Raw HTTP calls without ClientRequestToken: an SDK always sends one, so these
// are replayed on the core and over HTTP only (errors.test.ts, wire.test.ts).
const RAW_HTTP_ONLY = /^test_no_client_request_token\[/;

describe("parity through @aws-sdk/client-secrets-manager: each recorded call is answered as AWS did", () => {
  for (const scenario of allScenarios.filter((s) => !RAW_HTTP_ONLY.test(s.transcript))) {
    it(`answers the calls of ${scenario.transcript} as AWS did`, async () => {
      expect((await replay(scenario, sdkTransport())).calls).toBe(scenario.steps.length);
    });
  }
});
