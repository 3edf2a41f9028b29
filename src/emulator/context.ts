// The per-call Context the adapter makes: time, region, the ARN suffix and the
// random seed. Randomness lives here, outside the pure core.
import { randomInt } from "node:crypto";
import type { Context } from "../core/index.ts";

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** Six mixed-case alphanumerics, as AWS appends to a secret's ARN. */
export function randomArnSuffix(): string {
  let suffix = "";
  for (let i = 0; i < 6; i++) suffix += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)];
  return suffix;
}

export function makeContext(now: number, region: string, invocableLambdaArns: readonly string[] | undefined): Context {
  return {
    now,
    region,
    arnSuffix: randomArnSuffix(),
    randomSeed: randomInt(2 ** 32),
    ...(invocableLambdaArns !== undefined && { invocableLambdaArns }),
  };
}
