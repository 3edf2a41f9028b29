// Raw AWS JSON 1.1 requests for tests that speak to Emulator.handle directly.
import { Emulator, type EmulatorOptions, type WireRequest, type WireResponse } from "../../src/emulator/emulator.ts";

/** 2026-01-02T03:04:05.678Z: a time whose milliseconds show on the wire. */
export const T0 = Date.UTC(2026, 0, 2, 3, 4, 5, 678);

export function fixedEmulator(options: EmulatorOptions = {}): Emulator {
  return new Emulator({ now: () => T0, ...options });
}

/** An unverified SigV4 Authorization header naming a key and a region. */
export function authorization(accessKeyId: string, region: string): string {
  return `AWS4-HMAC-SHA256 Credential=${accessKeyId}/20260102/${region}/secretsmanager/aws4_request, SignedHeaders=host;x-amz-date, Signature=${"0".repeat(64)}`;
}

export function post(operation: string, body: unknown, headers: Record<string, string> = {}): WireRequest {
  return {
    method: "POST",
    path: "/",
    headers: {
      "content-type": "application/x-amz-json-1.1",
      "x-amz-target": `secretsmanager.${operation}`,
      ...headers,
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  };
}

/** The response's JSON body. */
export function bodyOf(response: WireResponse): Record<string, any> {
  return JSON.parse(response.body) as Record<string, any>;
}

/** The whole exported state as text, to compare before and after a call. */
export function stateText(emulator: Emulator): string {
  return JSON.stringify(emulator.exportState());
}

/** Calls that must succeed; returns the response body. */
export function ok(emulator: Emulator, operation: string, body: unknown, headers: Record<string, string> = {}): Record<string, any> {
  const response = emulator.handle(post(operation, body, headers)).response;
  if (response.status !== 200) throw new Error(`${operation} failed: ${response.status} ${response.body}`);
  return bodyOf(response);
}

export const TOKEN_1 = "00000000-0000-0000-0000-000000000001";
export const TOKEN_2 = "00000000-0000-0000-0000-000000000002";
