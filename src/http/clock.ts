// What happens to a state when time passes: the core's tick (recovery windows
// that ended close, rotations that are due start).
import { tick, type RotationInvocation, type State } from "../core/index.ts";
import { randomInt } from "node:crypto";

export interface Advanced {
  readonly state: State;
  readonly rotationsStarted: readonly RotationInvocation[];
}

export function advanceState(state: State, now: number): Advanced {
  return tick(state, { now, randomSeed: randomInt(2 ** 32) });
}

/** The region in a secret's ARN (arn:partition:secretsmanager:region:account:secret:name). */
export function regionOfArn(arn: string): string {
  return arn.split(":")[3] ?? "";
}
