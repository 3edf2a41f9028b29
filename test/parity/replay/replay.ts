// Replays a recorded scenario call by call and checks every answer against the
// one AWS gave. The calls go through a transport: the core operations (the
// default) or the HTTP emulator (wire-transport.ts).
import { assert } from "vitest";
import type { Expectation, Scenario } from "../fixtures/refs.ts";
import { coreTransport } from "./core-transport.ts";
import { difference } from "./match.ts";
import { Resolver, type World } from "./refs-resolver.ts";

export type Outcome =
  | { readonly ok: true; readonly response: unknown }
  | { readonly ok: false; readonly error: { readonly code: string; readonly message: string }; readonly unchanged: boolean };

export interface Transport {
  readonly world: World;
  /** Only these rotation Lambdas can be invoked (the scenario's setup created them). */
  allowLambdas(arns: readonly string[]): void;
  /** Whether the library has this operation. */
  has(operation: string): boolean;
  call(operation: string, request: unknown): Outcome | Promise<Outcome>;
  /** Runs the rotation just started on a secret to its end; answers how it ended. */
  rotate(secretArn: string): Promise<{ readonly recorded: string; readonly error?: unknown }>;
  /** Moves the clock: the recorded calls were seconds apart. */
  advance(milliseconds: number): void;
}

export interface Replayed {
  /** The calls made, cleanup included. */
  readonly calls: number;
}

/**
 * Replays every step; stops before a cleanup call the library does not have yet.
 * After a RotateSecret that succeeds, runs the rotation to its end, as the
 * recorded tests waited for the rotation Lambda to finish.
 */
export async function replay(scenario: Scenario, transport: Transport = coreTransport()): Promise<Replayed> {
  const resolver = new Resolver(transport.world);
  if (scenario.lambdas) transport.allowLambdas(resolver.resolve(scenario.lambdas) as string[]);
  let calls = 0;
  for (const [index, step] of scenario.steps.entries()) {
    const where = `${scenario.transcript}, step ${index + 1}: ${step.operation}${step.recorded ? ` (${step.recorded})` : ""}`;
    if (!transport.has(step.operation)) {
      if (step.cleanup) break;
      assert.fail(`${where}: the library has no ${step.operation}`);
    }
    transport.advance(1000);
    const outcome = await transport.call(step.operation, resolver.resolve(step.request));
    calls += 1;
    check(where, resolver, step.expect, outcome);
    if (step.operation === "RotateSecret" && outcome.ok) {
      const run = await transport.rotate((outcome.response as { ARN: string }).ARN);
      const expected = (step.request as { RotateImmediately?: boolean }).RotateImmediately === false ? "tested" : "rotated";
      assert.strictEqual(run.recorded, expected, `${where}: the rotation ended ${run.recorded}: ${String(run.error)}`);
    }
  }
  return { calls };
}

function check(where: string, resolver: Resolver, expectation: Expectation, outcome: Outcome): void {
  const bound = new Map(resolver.suffixes);
  if ("error" in expectation) {
    if (outcome.ok) {
      assert.fail(`${where}: expected ${expectation.error.code}, got the answer ${JSON.stringify(outcome.response)}`);
    }
    const problem = difference(resolver, expectation.error, outcome.error, "error", bound);
    if (problem) assert.fail(`${where}: ${problem}`);
    assert.isTrue(outcome.unchanged, `${where}: a failed call must leave the state as it was`);
  } else {
    if (!outcome.ok) assert.fail(`${where}: expected success, got ${outcome.error.code}: ${outcome.error.message}`);
    if (!("response" in expectation)) return;
    const problem = difference(resolver, expectation.response, outcome.response, "response", bound);
    if (problem) assert.fail(`${where}: ${problem}`);
  }
  resolver.suffixes = bound;
}
