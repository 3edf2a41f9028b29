// Time passing: what Secrets Manager does on its own between calls. Not an AWS
// operation; adapters call it with the current time before (or between) requests.
// 1. Secrets whose recovery window has ended are removed for good
//    (docs/semantics/deletion.md#the-end-of-the-recovery-window).
// 2. Rotations that are due start: the AWSPENDING version is made, and the
//    invocations to run are returned for an adapter to hand to a rotation driver.
// Both find what is due from memos per group of the secret table, so a tick with
// nothing due does not look at every secret.
import type { Context } from "../model/context.ts";
import { hasOwn } from "../model/dict.ts";
import { wasPruned } from "../model/pruned-version-ids.ts";
import { AWSCURRENT, AWSPENDING, type VersionId } from "../model/ids.ts";
import type { Secret } from "../model/secret.ts";
import type { State } from "../model/state.ts";
import { holderOf } from "../rules/labels.ts";
import { purgeDeletedSecrets } from "../rules/purge-deleted.ts";
import { hashText, randomUuid, seededRandom } from "../rules/random.ts";
import { dueRotations } from "../rules/rotation-due.ts";
import { rotationBlocked, startRotation } from "../rules/rotation-start.ts";
import type { RotationInvocation } from "../rules/rotation-steps.ts";
import { writeSecret } from "../rules/write-secret.ts";
import { isAwsError } from "../validate/secret-value.ts";

export interface TickResult {
  readonly state: State;
  /** The first invocation (createSecret) of each rotation this tick started. */
  readonly rotationsStarted: readonly RotationInvocation[];
}

export { isRotationDue } from "../rules/rotation-due.ts";

/**
 * The token of a scheduled rotation. A rotation left unfinished (AWSPENDING away
 * from AWSCURRENT) is reattempted with its own token, as AWS does; otherwise a
 * UUID drawn from the seed, the secret and the time, unused by the secret.
 */
function scheduledToken(secret: Secret, clock: Pick<Context, "now" | "randomSeed">): VersionId {
  const pending = holderOf(secret, AWSPENDING);
  if (pending !== undefined && pending !== holderOf(secret, AWSCURRENT)) return pending;
  const random = seededRandom(clock.randomSeed ^ hashText(`${secret.ARN}@${clock.now}`));
  let token = randomUuid(random) as VersionId;
  while (hasOwn(secret.versions, token) || wasPruned(secret.prunedVersionIds, token)) token = randomUuid(random) as VersionId;
  return token;
}

/** Advances a state to `clock.now`. The same state object when nothing was due. */
export function tick(state: State, clock: Pick<Context, "now" | "randomSeed">): TickResult {
  const { now } = clock;
  let next = purgeDeletedSecrets(state, now);
  const rotationsStarted: RotationInvocation[] = [];
  for (const [region, regionState] of Object.entries(next.regions)) {
    // Only the groups of the table whose memo says a rotation is due are looked into.
    for (const secret of dueRotations(regionState.secrets, now)) {
      const token = scheduledToken(secret, clock);
      if (rotationBlocked(secret, token)) continue;
      const lambdaArn = secret.RotationLambdaARN!;
      const written = writeSecret(next, region, secret.Name, now, (draft) =>
        startRotation(draft, { token, lambdaArn, kind: "rotate", now }),
      );
      if (isAwsError(written)) continue; // a version quota: the rotation waits for the next tick
      next = written;
      rotationsStarted.push({
        Step: "createSecret",
        SecretId: secret.ARN,
        ClientRequestToken: token,
        RotationLambdaARN: lambdaArn,
      });
    }
  }
  return { state: next, rotationsStarted };
}
