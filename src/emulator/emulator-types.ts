// The Emulator's interface types (the class is in emulator.ts).
import type { RotationInvocation } from "../core/index.ts";
import type { WireResponse } from "../wire/wire-message.ts";
import type { RotationPort } from "./rotation-scheduler.ts";

export type { WireRequest, WireResponse } from "../wire/wire-message.ts";

/**
 * One call as the Emulator saw it. `operation` is "" when the request named none; `request` and
 * `response` are core-shaped (epoch ms, base64 text) and DO hold secret values.
 */
export interface OperationEvent {
  readonly operation: string;
  readonly accountId: string;
  readonly region: string;
  readonly request: unknown;
  readonly response: unknown;
  readonly errorCode?: string;
}

/** What handle() answers: the wire response and the event of the call. */
export interface HandledRequest {
  readonly response: WireResponse;
  readonly event: OperationEvent;
}

/** The rotations one move of the clock started in one account and region. */
export interface RotationsStartedEvent {
  readonly accountId: string;
  readonly region: string;
  readonly invocations: readonly RotationInvocation[];
}

export interface EmulatorOptions {
  /** The base clock, epoch ms; Date.now by default. advanceTime and setTime move an offset on it. */
  readonly now?: () => number;
  /** "000000000000" by default. */
  readonly defaultAccountId?: string;
  /** The region of requests whose Authorization header names none; "us-east-1" by default. */
  readonly defaultRegion?: string;
  /** Access key id → the account its calls go to. */
  readonly accounts?: Readonly<Record<string, string>>;
  /** Access key id → its secret access key, for signature checks. */
  readonly credentials?: Readonly<Record<string, string>>;
  /** Refuse requests not signed (SigV4) with a key of `credentials`; false by default. */
  readonly verifySignatures?: boolean;
  /** The rotation Lambda ARNs RotateSecret accepts; by default those of `rotation`, else any. */
  readonly invocableLambdaArns?: () => readonly string[] | undefined;
  /** The functions that run rotations in the background: after a RotateSecret (by handle() or call()) and when one falls due. */
  readonly rotation?: RotationPort;
  /** Called synchronously after every state change, before the answer; a throw undoes the change. */
  readonly onChange?: (snapshot: EmulatorSnapshot) => void;
  /** Called after every request and every call(); a throw is ignored. */
  readonly onOperation?: (event: OperationEvent) => void;
  /** Called with the rotations a move of the clock started, one event per account and region. */
  readonly onRotationsStarted?: (event: RotationsStartedEvent) => void;
}

/** The whole state as JSON: the format of GET /_emulator/state and of the state file. */
export interface EmulatorSnapshot {
  readonly version: 1;
  readonly clockOffsetMs: number;
  readonly accounts: Readonly<Record<string, unknown>>;
}

export interface CallResult {
  readonly ok: boolean;
  readonly response?: unknown;
  readonly error?: { readonly code: string; readonly message: string };
}
