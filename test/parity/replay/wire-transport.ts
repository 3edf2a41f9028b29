// The calls of a replay sent as raw AWS JSON 1.1 requests to the HTTP emulator
// (in process, no socket), as the recorded raw-HTTP calls were. Checks what the
// recording shows of the wire: HTTP 200 for answers, 400 for every error, and
// an error body of `__type` and `Message`.
import { assert } from "vitest";
import { Emulator } from "../../../src/emulator/emulator.ts";
import { isOperationName, runRotation, singleUserRotation } from "../../../src/index.ts";
import type { Outcome, Transport } from "./replay.ts";

const ACCOUNT = "123456789012";
const REGION = "us-east-1";

export function wireTransport(): Transport {
  let now = Date.UTC(2026, 0, 1);
  let invocable: readonly string[] | undefined;
  const emulator = new Emulator({
    now: () => now,
    defaultAccountId: ACCOUNT,
    defaultRegion: REGION,
    invocableLambdaArns: () => invocable,
  });
  const stateText = () => JSON.stringify(emulator.exportState());
  return {
    world: { partition: "aws", region: REGION, account: ACCOUNT },
    allowLambdas(arns) {
      invocable = arns;
    },
    has: isOperationName,
    call(operation, request): Outcome {
      const before = stateText();
      const response = emulator.handle({
        method: "POST",
        path: "/",
        headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": `secretsmanager.${operation}` },
        body: JSON.stringify(request),
      }).response;
      const body = (response.body === "" ? {} : JSON.parse(response.body)) as Record<string, unknown>;
      if (response.status === 200) return { ok: true, response: body };
      assert.strictEqual(response.status, 400, `${operation}: every recorded error came with HTTP 400: ${response.body}`);
      const code = String(body["__type"]);
      // Recorded raw bodies: {"__type", "Message"}; ValidationException alone writes "message" (docs/semantics/wire.md#validationexception-bodies).
      const key = code === "ValidationException" ? "message" : "Message";
      assert.deepEqual(Object.keys(body).sort(), [key, "__type"].sort(), `${operation}: error body ${response.body}`);
      return { ok: false, error: { code, message: String(body[key]) }, unchanged: stateText() === before };
    },
    rotate: (secretArn) =>
      runRotation({ apply: (change) => emulator.apply(ACCOUNT, REGION, change) }, singleUserRotation(), secretArn),
    advance(milliseconds) {
      now += milliseconds;
    },
  };
}
