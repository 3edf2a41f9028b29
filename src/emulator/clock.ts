// What happens to the state when time passes: the core's tick (recovery windows
// that ended close, rotations that are due start), for every account.
import { randomInt } from "node:crypto";
import { tick, type RotationInvocation, type State } from "../core/index.ts";
import { regionOfArn } from "../core/model/arn.ts";
import type { RotationsStartedEvent } from "./emulator-types.ts";

/**
 * The times the emulator's clock may show: 1970-01-01 to 9999-12-31 (UTC). Every client's date
 * type holds them (Python's datetime ends with year 9999) and so do the dates the core derives
 * from them (a rotation or a deletion years later is still a Date).
 */
export const CLOCK_RANGE = { first: 0, last: Date.UTC(9999, 11, 31, 23, 59, 59, 999) } as const;

/** Throws a RangeError naming `call` when the clock cannot show `epochMs`; the caller then changes nothing. */
export function checkClockTime(call: string, epochMs: number): void {
  if (Number.isFinite(epochMs) && epochMs >= CLOCK_RANGE.first && epochMs <= CLOCK_RANGE.last) return;
  throw new RangeError(
    `${call}: the clock cannot show ${epochMs} ms since 1970; it shows times from 1970-01-01T00:00:00.000Z to ` +
      "9999-12-31T23:59:59.999Z. The clock was not moved.",
  );
}

/** Every account at `now`: the same map when nothing was due, and the rotations started, by region. */
export function advanceAccounts(
  accounts: ReadonlyMap<string, State>,
  now: number,
): { accounts: Map<string, State>; started: RotationsStartedEvent[] } {
  let next: Map<string, State> | undefined;
  const started: RotationsStartedEvent[] = [];
  for (const [accountId, state] of accounts) {
    const advanced = tick(state, { now, randomSeed: randomInt(2 ** 32) });
    if (advanced.state === state) continue;
    next ??= new Map(accounts);
    next.set(accountId, advanced.state);
    const byRegion = new Map<string, RotationInvocation[]>();
    for (const invocation of advanced.rotationsStarted) {
      const region = regionOfArn(invocation.SecretId);
      byRegion.set(region, [...(byRegion.get(region) ?? []), invocation]);
    }
    for (const [region, invocations] of byRegion) started.push({ accountId, region, invocations });
  }
  return { accounts: next ?? (accounts as Map<string, State>), started };
}
