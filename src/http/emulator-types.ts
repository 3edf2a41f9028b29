// The Emulator's interface types (described in emulator.ts).
import type { RotationInvocation } from "../core/index.ts";

export interface WireRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: string;
  /** The body's bytes as received, when it came over the network: the signature covers them. */
  readonly bodyBytes?: Uint8Array;
}

export interface WireResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export interface OperationEvent {
  readonly operation: string;
  readonly accountId: string;
  readonly region: string;
  readonly request: unknown;
  readonly response: unknown;
  readonly errorCode?: string;
}

export interface RotationsStartedEvent {
  readonly accountId: string;
  readonly region: string;
  readonly invocations: readonly RotationInvocation[];
}

export interface EmulatorOptions {
  readonly now?: () => number;
  readonly defaultAccountId?: string;
  readonly defaultRegion?: string;
  readonly accounts?: Readonly<Record<string, string>>;
  readonly credentials?: Readonly<Record<string, string>>;
  readonly verifySignatures?: boolean;
  readonly invocableLambdaArns?: () => readonly string[] | undefined;
  readonly onChange?: (snapshot: EmulatorSnapshot) => void;
  readonly onOperation?: (event: OperationEvent) => void;
  readonly onRotationsStarted?: (event: RotationsStartedEvent) => void;
}

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
