// What every command shares: the library side (a Driver), the comparison of
// one call's answer with the model's, and the invariants checked after it.
import fc from "fast-check";
import { expect } from "vitest";
import { Driver, invariantViolations, tokenFor, type OperationName, type RequestOf, type Result } from "../../src/index.ts";
import type { Answer, Model, Value } from "./model.ts";

export interface Real {
  readonly driver: Driver;
  /** How often events worth reaching (a purge, a replica read, …) happened, over all runs: guards the generator. */
  readonly seen: Map<string, number>;
}

export function note(real: Real, event: string): void {
  real.seen.set(event, (real.seen.get(event) ?? 0) + 1);
}

/** Runs `body` with the Driver's calls made in `region`, then switches back. */
export function inRegion<T>(real: Real, region: string, body: () => T): T {
  const home = real.driver.region;
  real.driver.region = region;
  try {
    return body();
  } finally {
    real.driver.region = home;
  }
}

export type ValueMembers = { SecretString: string } | { SecretBinary: string };
export const modelValue = (v: ValueMembers): Value => ("SecretString" in v ? `S:${v.SecretString}` : `B:${v.SecretBinary}`);
export const sorted = (list: readonly string[] | undefined) => [...(list ?? [])].sort();

/**
 * A VersionId as the generator picks it: a pooled token, or whichever version
 * holds a label when the command runs (else the AWSCURRENT version), read from the model.
 */
export type VersionRef = { readonly token: string } | { readonly holderOf: string };
export function resolve(model: Model, name: string, ref: VersionRef | undefined): string | undefined {
  if (ref === undefined || "token" in ref) return ref?.token;
  const labels = model.secrets.get(name)?.labels;
  return labels?.get(ref.holderOf) ?? labels?.get("AWSCURRENT") ?? tokenFor(0);
}

/** Run one call on the library and check it against the model's answer. */
export function call<Name extends OperationName, T>(
  real: Real,
  name: Name,
  request: RequestOf<Name>,
  expected: Answer<T>,
): Result<unknown> & { ok: true; response: Record<string, unknown> } | undefined {
  const before = real.driver.state;
  const result = real.driver.call(name, request) as Result<unknown>;
  const answer = result.ok ? "ok" : result.error.code;
  expect(answer, `${name} answers as the model does`).toBe(expected.ok ? "ok" : expected.code);
  // The only quota these sequences can reach is the 20 labels of a secret.
  if (answer === "LimitExceededException") note(real, "a write refused by the 20-label quota");
  if (!result.ok) expect(result.state, `a failed ${name} returns the same state`).toBe(before);
  expect(invariantViolations(result.state), `no invariant broken after ${name}`).toEqual([]);
  return result.ok ? (result as never) : undefined;
}

/** A command arbitrary with its weight, for fc.oneof. */
export const weighted = (weight: number, arbitrary: fc.Arbitrary<fc.Command<Model, Real>>) => ({ weight, arbitrary });

export abstract class Command implements fc.Command<Model, Real> {
  check(): boolean {
    return true;
  }
  abstract run(model: Model, real: Real): void;
  abstract toString(): string;
}
