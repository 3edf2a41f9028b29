// What happens to the state when time passes: the core's tick (recovery windows
// that ended close, rotations that are due start), for every account.
import { randomInt } from "node:crypto";
import { tick, type RotationInvocation, type State } from "../core/index.ts";
import { regionOfArn } from "../core/model/arn.ts";
import type { RotationsStartedEvent } from "./emulator-types.ts";

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
