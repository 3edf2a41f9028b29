// A rotation that has started and not finished: the steps of the rotation
// function still to run, kept on the secret as data (docs/semantics/rotation.md#the-rotation-steps).
import type { VersionId } from "./ids.ts";

/** The four steps Secrets Manager asks a rotation function to run, in this order. */
export type RotationStep = "createSecret" | "setSecret" | "testSecret" | "finishSecret";

export const ROTATION_STEPS: readonly RotationStep[] = ["createSecret", "setSecret", "testSecret", "finishSecret"];

/**
 * AWS doc (DescribeSecret, NextRotationDate): "If rotation fails, Secrets Manager retries
 * the entire rotation process multiple times. If rotation is unsuccessful, this date may be
 * in the past." The failures counted belong to one NextRotationDate; a new date starts afresh.
 */
export interface RotationFailures {
  readonly NextRotationDate: number;
  readonly count: number;
}

/** Deviation: AWS does not say how many times; a scheduled rotation is tried this often. */
export const SCHEDULED_ROTATION_ATTEMPTS = 5;

export interface RotationInProgress {
  /** The version the rotation creates: the RotateSecret ClientRequestToken. */
  readonly ClientRequestToken: VersionId;
  readonly RotationLambdaARN: string;
  /** Steps not yet run, the next one first. */
  readonly steps: readonly RotationStep[];
  /**
   * "rotate": the four steps, then AWSCURRENT is on the new version.
   * "test": RotateImmediately=false, only testSecret on a copy of the current value,
   * after which the copy is removed (AWS doc RotateSecret, RotateImmediately).
   */
  readonly kind: "rotate" | "test";
}
