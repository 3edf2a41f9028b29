/**
 * The Emulator: Secrets Manager's AWS JSON 1.1 front end over the pure core,
 * holding one core State per account, a movable clock, and snapshots.
 *
 * Final interface (stable; the HTTP server, the CLI and the SDK double use it):
 *
 *   interface WireRequest  { method: string; path: string; headers: Record<string, string | undefined>; body: string }
 *                            // header names lower-case; path may carry a "?query";
 *                            // bodyBytes?: Uint8Array, the bytes received (signature, UTF-8 check)
 *   interface WireResponse { status: number; headers: Record<string, string>; body: string }
 *   interface EmulatorOptions {
 *     now?: () => number;                  // epoch ms; default Date.now
 *     defaultAccountId?: string;           // "000000000000"
 *     defaultRegion?: string;              // "us-east-1" when the Authorization header names none
 *     accounts?: Record<string, string>;   // access key id -> account id
 *     credentials?: Record<string, string>;// access key id -> secret access key (signature checks)
 *     verifySignatures?: boolean;          // default false
 *     invocableLambdaArns?: () => readonly string[] | undefined;
 *     onChange?: (snapshot: EmulatorSnapshot) => void;   // synchronously after every state change,
 *                                                        // before the response is returned
 *     onOperation?: (event: OperationEvent) => void;     // after every request and every call()
 *     onRotationsStarted?: (event: RotationsStartedEvent) => void;  // rotations the clock's tick started
 *   }
 *   interface RotationsStartedEvent { accountId; region; invocations: RotationInvocation[] }  // one per region
 *   interface OperationEvent { operation; accountId; region; request; response; errorCode? }
 *                            // operation is "" when the request named none; request and response
 *                            // are core-shaped (epoch ms, base64 text) and DO hold secret values
 *   interface EmulatorSnapshot { version: 1; clockOffsetMs: number; accounts: Record<string, unknown> }
 *   class Emulator {
 *     constructor(options?: EmulatorOptions);
 *     handle(request: WireRequest): WireResponse;   // synchronous, never throws
 *     call(accountId, region, operation, request): CallResult;  // in-process drivers (rotation): the
 *                                                   // core's shapes in and out (epoch ms, base64 text)
 *     now(): number; advanceTime(ms): void; setTime(epochMs): void;  // moving the clock runs the core's tick;
 *                                                   // a time outside 1970..9999 throws RangeError, unmoved;
 *                                                   // so does a call when the clock (a real one) has moved
 *                                                   // on 1 s or more since the last tick
 *     apply(accountId, region, change: (state, context) => Result): Result;  // a pure change to an
 *                                                   // account's state, kept when it succeeds: the host
 *                                                   // for the rotation driver (src/rotation/driver.ts)
 *     mapAccessKey(accessKeyId, accountId, secretAccessKey?): void;  // add to options.accounts/credentials
 *     reset(): void;                                // no secrets, clock offset 0: as new
 *     exportState(): EmulatorSnapshot;              // JSON-serializable; treat as read-only
 *     importState(snapshot: EmulatorSnapshot): void;// throws a clear Error on a corrupt snapshot
 *   }
 */
import { randomUUID } from "node:crypto";
import {
  emptyState,
  isOperationName,
  operations,
  type AwsError,
  type Context,
  type Result,
  type State,
} from "../core/index.ts";
import type {
  CallResult,
  EmulatorOptions,
  EmulatorSnapshot,
  OperationEvent,
  RotationsStartedEvent,
  WireRequest,
  WireResponse,
} from "./emulator-types.ts";
import { advanceAccounts, checkClockTime } from "./clock.ts";
import { makeContext } from "./context.ts";
import { decodeRequest } from "./decode.ts";
import { encodeResponse } from "./encode.ts";
import { frame } from "./framing.ts";
import { parseAuthorization, verifySignature } from "./sigv4.ts";
import { accountsFromSnapshot, snapshotOf } from "./snapshot.ts";
import { errorResponse, JSON_CONTENT_TYPE, type WireError } from "./wire-errors.ts";

export type {
  CallResult,
  EmulatorOptions,
  EmulatorSnapshot,
  OperationEvent,
  RotationsStartedEvent,
  WireRequest,
  WireResponse,
} from "./emulator-types.ts";

// AWS doc (Common Errors): "An error occurred on the server side."
const INTERNAL: AwsError = { code: "InternalServiceError", message: "An error occurred on the server side." };

type AnyOperation = (state: State, request: unknown, context: Context) => Result<unknown>;

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

  constructor(options: EmulatorOptions = {}) {
    this.options = options;
    this.clock = options.now ?? Date.now;
    this.defaultAccountId = options.defaultAccountId ?? "000000000000";
    this.defaultRegion = options.defaultRegion ?? "us-east-1";
    this.accountOfKey = new Map(Object.entries(options.accounts ?? {}));
    this.secretOfKey = new Map(Object.entries(options.credentials ?? {}));
  }

  /** Files an access key's calls under an account and, when given, knows its secret key for signatures. */
  mapAccessKey(accessKeyId: string, accountId: string, secretAccessKey?: string): void {
    this.accountOfKey.set(accessKeyId, accountId);
    if (secretAccessKey !== undefined) this.secretOfKey.set(accessKeyId, secretAccessKey);
  }

  /** One HTTP exchange of the AWS JSON 1.1 protocol. Never throws. */
  handle(request: WireRequest): WireResponse {
    const requestId = randomUUID();
    try {
      return this.exchange(request, requestId);
    } catch {
      return errorResponse(INTERNAL.code, INTERNAL.message, requestId);
    }
  }

  /** An operation called in process, with the core's request and response shapes. */
  call(accountId: string, region: string, operation: string, request: unknown): CallResult {
    if (!isOperationName(operation)) {
      return { ok: false, error: { code: "UnknownOperationException", message: `Unknown operation ${operation}` } };
    }
    try {
      const result = this.run(accountId, region, operation, request);
      return result.ok ? { ok: true, response: result.response } : { ok: false, error: result.error };
    } catch {
      return { ok: false, error: INTERNAL };
    }
  }

  /** Runs a pure change against an account's current state and keeps the state it returns. */
  apply<R>(accountId: string, region: string, change: (state: State, context: Context) => Result<R>): Result<R> {
    const before = this.accounts.get(accountId) ?? emptyState(accountId);
    const result = change(before, makeContext(this.now(), region, this.options.invocableLambdaArns?.()));
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

  private exchange(request: WireRequest, requestId: string): WireResponse {
    const framed = frame(request, isOperationName);
    const auth = parseAuthorization(request.headers["authorization"]);
    // A scope's region is taken as it is, as long as it can be part of an ARN.
    const region = auth?.region !== undefined && /^[a-z0-9-]{1,64}$/.test(auth.region) ? auth.region : this.defaultRegion;
    const accessKey = auth?.accessKeyId;
    const accountId = (accessKey !== undefined && this.accountOfKey.get(accessKey)) || this.defaultAccountId;
    const refuse = (operation: string, error: WireError) => {
      this.reportOperation({ operation, accountId, region, request: undefined, response: undefined, errorCode: error.code });
      return errorResponse(error.code, error.message, requestId, error.status);
    };
    // The caller is authenticated before the request is read (docs/semantics/wire.md#sigv4-authentication).
    if (this.options.verifySignatures) {
      const refused = verifySignature(request, (key) => this.secretOfKey.get(key));
      if (refused) return refuse(framed.operation ?? "", refused);
    }
    if (!framed.ok) return refuse(framed.operation ?? "", framed.error);
    const decoded = decodeRequest(framed.operation, framed.body);
    if (!decoded.ok) return refuse(framed.operation, decoded.error);

    const result = this.run(accountId, region, framed.operation, decoded.value);
    if (!result.ok) return errorResponse(result.error.code, result.error.message, requestId);
    return {
      status: 200,
      headers: { "content-type": JSON_CONTENT_TYPE, "x-amzn-requestid": requestId },
      body: encodeResponse(framed.operation, result.response),
    };
  }

  /** Runs one operation against an account's state; keeps the new state when it differs. */
  private run(accountId: string, region: string, operation: string, request: unknown): Result<unknown> {
    // With a running clock, recovery windows end and rotations come due on their own.
    if (this.now() - this.lastTickAt >= TICK_INTERVAL_MS) this.tick();
    const before = this.accounts.get(accountId) ?? emptyState(accountId);
    const context = makeContext(this.now(), region, this.options.invocableLambdaArns?.());
    const run = operations[operation as keyof typeof operations] as unknown as AnyOperation;
    let result: Result<unknown>;
    try {
      result = run(before, request, context);
    } catch (error) {
      this.reportOperation({ operation, accountId, region, request, response: undefined, errorCode: INTERNAL.code });
      throw error;
    }
    if (result.ok && result.state !== before) this.commit(accountId, result.state);
    this.reportOperation({
      operation,
      accountId,
      region,
      request,
      response: result.ok ? result.response : undefined,
      ...(!result.ok && { errorCode: result.error.code }),
    });
    return result;
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
      try {
        this.options.onRotationsStarted?.(event);
      } catch {
        // A listener's failure is its own: the clock has moved.
      }
    }
  }
}
