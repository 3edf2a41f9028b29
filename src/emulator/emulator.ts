// The Emulator: Secrets Manager's AWS JSON 1.1 front end over the pure core, holding one core
// State per account, a movable clock, snapshots, and the one rotation scheduler. The HTTP server
// and the SDK double both hand it requests; in-process drivers call() it with the core's shapes.
// Its option and event types are in emulator-types.ts.
import { randomUUID } from "node:crypto";
import {
  callOperation,
  emptyState,
  isOperationName,
  type AwsError,
  type Context,
  type OperationName,
  type Result,
  type RotateSecretResponse,
  type RotationInvocation,
  type State,
} from "../core/index.ts";
import type { RotationOutcome } from "../rotation/driver.ts";
import { decodeRequest } from "../wire/decode.ts";
import { encodeResponse } from "../wire/encode.ts";
import { frame } from "../wire/framing.ts";
import { callerNamedBy, verifySignature } from "../wire/sigv4.ts";
import { errorResponse, JSON_CONTENT_TYPE, type WireError } from "../wire/wire-errors.ts";
import type { WireRequest, WireResponse } from "../wire/wire-message.ts";
import { advanceAccounts, checkClockTime } from "./clock.ts";
import { makeContext } from "./context.ts";
import type { CallResult, EmulatorOptions, EmulatorSnapshot, HandledRequest, OperationEvent } from "./emulator-types.ts";
import { RotationScheduler, type RotationRun } from "./rotation-scheduler.ts";
import { accountsFromSnapshot, snapshotOf } from "./snapshot.ts";

export type {
  CallResult,
  EmulatorOptions,
  EmulatorSnapshot,
  HandledRequest,
  OperationEvent,
  RotationsStartedEvent,
  WireRequest,
  WireResponse,
} from "./emulator-types.ts";
export type { RotationPort, RotationRun, RotationStepRun } from "./rotation-scheduler.ts";

/** Who a request comes from: the account of its access key and the region of its signature scope. */
interface Caller {
  readonly accountId: string;
  readonly region: string;
}

// AWS doc (Common Errors): "An error occurred on the server side."
const INTERNAL: AwsError = { code: "InternalServiceError", message: "An error occurred on the server side." };

/** How far a running clock may move before a call runs the core's tick first. */
const TICK_INTERVAL_MS = 1000;

export class Emulator {
  private readonly options: EmulatorOptions;
  private readonly clock: () => number;
  private readonly defaultAccountId: string;
  private readonly defaultRegion: string;
  private readonly accountOfKey: Map<string, string>;
  private readonly secretOfKey: Map<string, string>;
  private accounts = new Map<string, State>();
  private clockOffsetMs = 0;
  private lastTickAt = Number.NEGATIVE_INFINITY;
  private readonly rotations: RotationScheduler | undefined;

  constructor(options: EmulatorOptions = {}) {
    this.options = options;
    this.clock = options.now ?? Date.now;
    this.defaultAccountId = options.defaultAccountId ?? "000000000000";
    this.defaultRegion = options.defaultRegion ?? "us-east-1";
    this.accountOfKey = new Map(Object.entries(options.accounts ?? {}));
    this.secretOfKey = new Map(Object.entries(options.credentials ?? {}));
    this.rotations = options.rotation && new RotationScheduler((accountId, region, change) => this.apply(accountId, region, change), options.rotation, () => this.now());
  }

  /** Files an access key's calls under an account and, when given, knows its secret key for signatures. */
  mapAccessKey(accessKeyId: string, accountId: string, secretAccessKey?: string): void {
    this.accountOfKey.set(accessKeyId, accountId);
    if (secretAccessKey !== undefined) this.secretOfKey.set(accessKeyId, secretAccessKey);
  }

  /** One HTTP exchange of the AWS JSON 1.1 protocol: the response and the event of the call. Never throws. */
  handle(request: WireRequest): HandledRequest {
    const requestId = randomUUID();
    const caller = this.callerOf(request);
    try {
      return this.exchange(request, requestId, caller);
    } catch {
      const event: OperationEvent = { operation: "", ...caller, request: undefined, response: undefined, errorCode: INTERNAL.code };
      return { response: errorResponse(INTERNAL.code, INTERNAL.message, requestId), event };
    }
  }

  /** An operation called in process, with the core's request and response shapes. */
  call(accountId: string, region: string, operation: string, request: unknown): CallResult {
    if (!isOperationName(operation)) {
      return { ok: false, error: { code: "UnknownOperationException", message: `Unknown operation ${operation}` } };
    }
    const { result } = this.run({ accountId, region }, operation, request);
    return result.ok ? { ok: true, response: result.response } : { ok: false, error: result.error };
  }

  /** Runs a pure change against an account's current state and keeps the state it returns. */
  apply<R>(accountId: string, region: string, change: (state: State, context: Context) => Result<R>): Result<R> {
    const before = this.accounts.get(accountId) ?? emptyState(accountId);
    const result = change(before, this.contextIn(region));
    if (result.ok && result.state !== before) this.commit(accountId, result.state);
    return result;
  }

  now(): number {
    return this.clock() + this.clockOffsetMs;
  }

  advanceTime(ms: number): void {
    if (!Number.isFinite(ms)) throw new Error(`advanceTime: ${ms} is not a number of milliseconds`);
    checkClockTime(`advanceTime(${ms})`, this.now() + ms);
    this.clockOffsetMs += ms;
    this.tick();
  }

  setTime(epochMs: number): void {
    if (!Number.isFinite(epochMs)) throw new Error(`setTime: ${epochMs} is not an epoch time in milliseconds`);
    checkClockTime(`setTime(${epochMs})`, epochMs);
    this.clockOffsetMs = epochMs - this.clock();
    this.tick();
  }

  reset(): void {
    this.accounts = new Map();
    this.clockOffsetMs = 0;
    this.changed();
  }

  /** JSON-serializable and shared with the live state: read it, never modify it. */
  exportState(): EmulatorSnapshot {
    return snapshotOf(this.accounts, this.clockOffsetMs);
  }

  /** Replaces the whole state; throws, changing nothing, when the snapshot is not one. */
  importState(snapshot: EmulatorSnapshot): void {
    const { accounts, clockOffsetMs } = accountsFromSnapshot(snapshot);
    checkClockTime("Invalid snapshot: clockOffsetMs", this.clock() + clockOffsetMs);
    this.accounts = accounts;
    this.clockOffsetMs = clockOffsetMs;
    this.changed();
  }

  /** Resolves once no rotation is running, with the outcomes of the rotations that ended since the last call. */
  async rotationsSettled(): Promise<RotationOutcome[]> {
    return this.rotations ? this.rotations.settled() : [];
  }

  /** The last rotation runs, oldest first (GET /_emulator/rotations). */
  rotationRuns(): { readonly rotations: readonly RotationRun[] } {
    return this.rotations ? this.rotations.report() : { rotations: [] };
  }

  /** Starts again the rotations a stop cut off; returns those no rotation function can run. */
  resumeRotations(): RotationInvocation[] {
    return this.rotations ? this.rotations.resume([...this.accounts.keys()]) : [];
  }

  private callerOf(request: WireRequest): Caller {
    const auth = callerNamedBy(request.headers["authorization"]);
    // A scope's region is taken as it is, as long as it can be part of an ARN.
    const region = auth?.region !== undefined && /^[a-z0-9-]{1,64}$/.test(auth.region) ? auth.region : this.defaultRegion;
    const accessKey = auth?.accessKeyId;
    const accountId = (accessKey !== undefined && this.accountOfKey.get(accessKey)) || this.defaultAccountId;
    return { accountId, region };
  }

  private exchange(request: WireRequest, requestId: string, caller: Caller): HandledRequest {
    const framed = frame(request);
    const refuse = (operation: string, error: WireError): HandledRequest => {
      const event: OperationEvent = { operation, ...caller, request: undefined, response: undefined, errorCode: error.code };
      this.reportOperation(event);
      return { response: errorResponse(error.code, error.message, requestId, error.status), event };
    };
    // The caller is authenticated before the request is read (docs/semantics/wire.md#sigv4-authentication).
    if (this.options.verifySignatures) {
      const refused = verifySignature(request, (key) => this.secretOfKey.get(key));
      if (refused) return refuse(framed.operation ?? "", refused);
    }
    if (!framed.ok) return refuse(framed.operation ?? "", framed.error);
    const decoded = decodeRequest(framed.operation, framed.body);
    if (!decoded.ok) return refuse(framed.operation, decoded.error);

    const { result, event } = this.run(caller, framed.operation, decoded.value);
    if (!result.ok) return { response: errorResponse(result.error.code, result.error.message, requestId), event };
    const response: WireResponse = {
      status: 200,
      headers: { "content-type": JSON_CONTENT_TYPE, "x-amzn-requestid": requestId },
      body: encodeResponse(framed.operation, result.response),
    };
    return { response, event };
  }

  /**
   * Runs one operation against an account's state and keeps the new state when it differs. A
   * throw (a bug, or a change listener that could not save) is InternalServiceError, nothing kept.
   */
  private run(caller: Caller, operation: OperationName, request: unknown): { result: Result<unknown>; event: OperationEvent } {
    const { accountId, region } = caller;
    const stateOf = (): State => this.accounts.get(accountId) ?? emptyState(accountId);
    let result: Result<unknown>;
    try {
      // With a running clock, recovery windows end and rotations come due on their own.
      if (this.now() - this.lastTickAt >= TICK_INTERVAL_MS) this.tick();
      const before = stateOf();
      // The wire front end has decoded the request against the operation's input shape.
      result = callOperation(operation, before, request as never, this.contextIn(region));
      if (result.ok && result.state !== before) this.commit(accountId, result.state);
    } catch {
      result = { ok: false, state: stateOf(), error: INTERNAL };
    }
    const event: OperationEvent = {
      operation,
      ...caller,
      request,
      response: result.ok ? result.response : undefined,
      ...(!result.ok && { errorCode: result.error.code }),
    };
    this.reportOperation(event);
    // AWS invokes the rotation function once RotateSecret has answered.
    if (result.ok && operation === "RotateSecret") this.rotations?.start(accountId, region, (result.response as RotateSecretResponse).ARN);
    return { result, event };
  }

  private contextIn(region: string): Context {
    return makeContext(this.now(), region, this.options.invocableLambdaArns?.() ?? this.rotations?.invocableLambdaArns);
  }

  /** A new state for an account, undone when the change listener throws (nothing unsaved is acknowledged). */
  private commit(accountId: string, state: State): void {
    const previous = this.accounts.get(accountId);
    this.accounts.set(accountId, state);
    try {
      this.changed();
    } catch (error) {
      if (previous === undefined) this.accounts.delete(accountId);
      else this.accounts.set(accountId, previous);
      throw error;
    }
  }

  /** Tells the operation listener; its failure (a log that cannot be written) does not fail the call. */
  private reportOperation(event: OperationEvent): void {
    try {
      this.options.onOperation?.(event);
    } catch {
      // The answer stands: the change, if any, is made and saved.
    }
  }

  private changed(): void {
    this.options.onChange?.(this.exportState());
  }

  /** The core's time step for every account at the new time. */
  private tick(): void {
    this.lastTickAt = this.now();
    const { accounts, started } = advanceAccounts(this.accounts, this.lastTickAt);
    if (accounts === this.accounts) return;
    this.accounts = accounts;
    this.changed();
    for (const event of started) {
      for (const invocation of event.invocations) this.rotations?.start(event.accountId, event.region, invocation.SecretId);
      try {
        this.options.onRotationsStarted?.(event);
      } catch {
        // A listener's failure is its own: the clock has moved.
      }
    }
  }
}
