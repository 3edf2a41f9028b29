// The Driver, for tests: threads state through calls, with a clock the test moves
// and ids drawn from counters: every run is the same run.
import {
  callOperation,
  emptyState,
  tick,
  type Context,
  type OperationName,
  type RequestOf,
  type ResponseOf,
  type Result,
  type RotationInvocation,
  type State,
} from "../core/index.ts";

export interface DriverOptions {
  readonly state?: State;
  /** Epoch milliseconds; 2026-01-01T00:00:00Z by default. */
  readonly now?: number;
  readonly region?: string;
}

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** Six mixed-case alphanumeric characters from a counter. */
export function arnSuffixFor(n: number): string {
  let suffix = "";
  for (let i = 0, rest = n; i < 6; i++, rest = Math.floor(rest / ALPHANUMERIC.length)) {
    suffix = ALPHANUMERIC[rest % ALPHANUMERIC.length] + suffix;
  }
  return suffix;
}

/** A token of UUID shape from a counter (36 characters, as SDKs send). */
export function tokenFor(n: number): string {
  const hex = n.toString(16).padStart(32, "0");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export class Driver {
  state: State;
  now: number;
  region: string;
  private counter = 0;

  constructor(options: DriverOptions = {}) {
    this.state = options.state ?? emptyState();
    this.now = options.now ?? Date.UTC(2026, 0, 1);
    this.region = options.region ?? "us-east-1";
  }

  context(): Context {
    this.counter += 1;
    return { now: this.now, region: this.region, arnSuffix: arnSuffixFor(this.counter), randomSeed: this.counter };
  }

  /** A fresh ClientRequestToken, as an SDK would generate. */
  token(): string {
    this.counter += 1;
    return tokenFor(this.counter);
  }

  /**
   * Moves the clock, then lets time pass as Emulator.advanceTime does: the core's tick ends the
   * recovery windows that are over and starts the rotations that are due. Returns the rotations
   * started, for a rotation driver to run.
   */
  advance(milliseconds: number): readonly RotationInvocation[] {
    if (!Number.isFinite(milliseconds)) throw new Error(`advance: ${milliseconds} is not a number of milliseconds`);
    this.now += milliseconds;
    return this.tick();
  }

  /** The core's tick at the current time; returns the rotations it started. */
  tick(): readonly RotationInvocation[] {
    this.counter += 1;
    const result = tick(this.state, { now: this.now, randomSeed: this.counter });
    this.state = result.state;
    return result.rotationsStarted;
  }

  call<Name extends OperationName>(name: Name, request: RequestOf<Name>): Result<ResponseOf<Name>> {
    const result = callOperation(name, this.state, request, this.context());
    this.state = result.state;
    return result;
  }

  /** The response of a call that must succeed. */
  ok<Name extends OperationName>(name: Name, request: RequestOf<Name>): ResponseOf<Name> {
    const result = this.call(name, request);
    if (!result.ok) throw new Error(`${name} failed: ${result.error.code}: ${result.error.message}`);
    return result.response;
  }
}
