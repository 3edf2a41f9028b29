// The model side of a check: the pure core's operations on a state of its own,
// with a context that mirrors the endpoint: the endpoint's account and partition,
// the time of the call (the real time plus however far the check moved the
// endpoint's clock) and no Lambda function that can be invoked.
import { emptyState, getOwn, operations, tableGet, tick, versionIds, type Context, type OperationName, type Result, type Secret, type State } from "../core/index.ts";
import { encodeResponse } from "../wire/encode.ts";
import { statusOf } from "../wire/wire-errors.ts";
import { arnSuffixFor } from "../testing/driver.ts";
import type { Outcome } from "./outcome.ts";

type AnyOperation = (state: State, request: unknown, context: Context) => Result<unknown>;

export class ModelSide {
  state: State;
  private counter = 0;
  /** How far the check moved the endpoint's clock past the real time. */
  private offsetMs: number;

  constructor(accountId: string, partition: string, offsetMs = 0) {
    this.state = emptyState(accountId, partition);
    this.offsetMs = offsetMs;
  }

  now(): number {
    return Date.now() + this.offsetMs;
  }

  advance(milliseconds: number): void {
    this.offsetMs += milliseconds;
  }

  /** The version that carries `label` on the secret, if any. */
  holderOf(region: string, name: string, label: string): string | undefined {
    const secret = this.secret(region, name);
    return secret && getOwn(secret.labels, label);
  }

  /** The secret's version ids in creation order. */
  versionsOf(region: string, name: string): readonly string[] {
    const secret = this.secret(region, name);
    return secret === undefined ? [] : versionIds(secret.versions);
  }

  private secret(region: string, name: string): Secret | undefined {
    const table = getOwn(this.state.regions, region)?.secrets;
    return table && tableGet(table, name);
  }

  /** One call at time `now`, after the time step the endpoint takes on its own (ended recovery windows). */
  call(operation: OperationName, region: string, request: unknown, now: number): Outcome {
    this.counter += 1;
    this.state = tick(this.state, { now, randomSeed: this.counter }).state;
    const context: Context = { now, region, arnSuffix: arnSuffixFor(this.counter), randomSeed: this.counter, invocableLambdaArns: [] };
    const run = operations[operation] as unknown as AnyOperation;
    const result = run(this.state, request, context);
    this.state = result.state;
    if (!result.ok) return { ok: false, error: { ...result.error, status: statusOf(result.error.code) } };
    // Only the output shape's members, as the wire (and so the SDK) carries them; an empty body is no member.
    const body = encodeResponse(operation, result.response);
    return { ok: true, response: (body === "" ? {} : JSON.parse(body)) as Record<string, unknown> };
  }
}
