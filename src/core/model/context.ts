import type { Timestamp } from "./time.ts";

/**
 * Everything a call needs from the outside world, made once per call by an
 * adapter or a test, so that every run can be replayed.
 */
export interface Context {
  /** The time of the request, epoch milliseconds. */
  readonly now: Timestamp;
  /** The region the request is sent to. */
  readonly region: string;
  /** Six characters for the ARN of a secret this call creates (AWS: mixed-case alphanumerics). */
  readonly arnSuffix: string;
  /** Seed for everything random the call draws (GetRandomPassword). */
  readonly randomSeed: number;
  /**
   * The rotation Lambda ARNs Secrets Manager may invoke. Absent: every ARN can be
   * invoked; present: RotateSecret with any other ARN fails with AccessDeniedException.
   */
  readonly invocableLambdaArns?: readonly string[];
}
