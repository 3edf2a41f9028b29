// The calls of a replay made with the official @aws-sdk/client-secrets-manager
// on the in-process double, as the recorded tests made theirs with an AWS SDK.
// The SDK's Dates and bytes are turned back into the fixtures' epoch numbers and
// base64 text; the SDK fills in ClientRequestToken as boto3 did.
import * as sdk from "@aws-sdk/client-secrets-manager";
import { assert } from "vitest";
import { isOperationName, runRotation, singleUserRotation } from "../../../src/index.ts";
import { createSecretsManagerDouble } from "../../../src/sdk/index.ts";
import type { Outcome, Transport } from "./replay.ts";

const ACCOUNT = "123456789012";
const REGION = "us-east-1";

type Command = new (input: unknown) => Parameters<sdk.SecretsManagerClient["send"]>[0];

/** Dates as epoch numbers, bytes as base64, without the SDK's $metadata. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.getTime();
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "$metadata").map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

export function sdkTransport(): Transport {
  let now = Date.UTC(2026, 0, 1);
  let invocable: readonly string[] | undefined;
  const { client, emulator } = createSecretsManagerDouble({
    region: REGION,
    accountId: ACCOUNT,
    emulatorOptions: { now: () => now, invocableLambdaArns: () => invocable },
  });
  const stateText = () => JSON.stringify(emulator.exportState());
  return {
    world: { partition: "aws", region: REGION, account: ACCOUNT },
    allowLambdas(arns) {
      invocable = arns;
    },
    has: isOperationName,
    async call(operation, request): Promise<Outcome> {
      const input = { ...(request as Record<string, unknown>) };
      if (typeof input["SecretBinary"] === "string") input["SecretBinary"] = Buffer.from(input["SecretBinary"], "base64");
      const CommandClass = (sdk as unknown as Record<string, Command>)[`${operation}Command`]!;
      const before = stateText();
      try {
        const output = (await client.send(new CommandClass(input))) as { $metadata: { httpStatusCode?: number } };
        assert.strictEqual(output.$metadata.httpStatusCode, 200);
        return { ok: true, response: plain(output) };
      } catch (error) {
        const thrown = error as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
        assert.strictEqual(thrown.$metadata?.httpStatusCode, 400, `${operation}: ${thrown.name}: ${thrown.message}`);
        return { ok: false, error: { code: thrown.name, message: thrown.message }, unchanged: stateText() === before };
      }
    },
    rotate: (secretArn) =>
      runRotation({ apply: (change) => emulator.apply(ACCOUNT, REGION, change) }, singleUserRotation(), secretArn),
    advance(milliseconds) {
      now += milliseconds;
    },
  };
}
