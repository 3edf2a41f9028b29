// Time passing: what Secrets Manager does on its own between calls. Not an AWS
// operation; adapters call it with the current time before (or between) requests.
// 1. Secrets whose recovery window has ended are removed for good
//    (docs/semantics/deletion.md#the-end-of-the-recovery-window).
// 2. Rotations that are due start: the AWSPENDING version is made, and the
//    invocations to run are returned for an adapter to hand to a rotation driver.
// Both find what is due from memos per group of the secret table, so a tick with
// nothing due does not look at every secret.
import { isAwsError } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import { AWSCURRENT, AWSPENDING, type VersionId } from "../model/ids.ts";
import type { Secret } from "../model/secret.ts";
import type { State } from "../model/state.ts";
import { lookupByName } from "../rules/find-secret.ts";
import { purgeDeletedSecrets } from "../rules/purge-deleted.ts";
import { hashText, randomUuid, seededRandom } from "../rules/random.ts";
import { dueRotations } from "../rules/rotation-due.ts";
import { rotationBlocked, startRotation } from "../rules/rotation-start.ts";
import type { RotationInvocation } from "../rules/rotation-steps.ts";
import { holderOf } from "../store/labels.ts";
import { SecretEdit } from "../store/secret-edit.ts";
import { writeSecret } from "../store/secret-writes.ts";
import { isUsedId } from "../store/versions.ts";

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
  while (isUsedId(secret.versions, token)) token = randomUuid(random) as VersionId;
  return token;
}

/** Advances a state to `clock.now`. The same state object when nothing was due. */
export function tick(state: State, clock: Pick<Context, "now" | "randomSeed">): TickResult {
  const { now } = clock;
  let next = purgeDeletedSecrets(state, now);
  const rotationsStarted: RotationInvocation[] = [];
  for (const [region, regionState] of Object.entries(next.regions)) {
    // Only the groups of the table whose memo says a rotation is due are looked into.
    for (const due of dueRotations(regionState.secrets, now)) {
      // As `next` holds it now: an earlier write of this tick may have rewritten it (a replica).
      const secret = lookupByName(next, region, due.Name)!;
      const token = scheduledToken(secret, clock);
      if (rotationBlocked(secret, token)) continue;
      const lambdaArn = secret.RotationLambdaARN!;
      const edit = new SecretEdit(secret);
      startRotation(edit, { token, lambdaArn, kind: "rotate", now });
      const change = edit.finish(now);
      if (isAwsError(change)) continue; // a version quota: the rotation waits for the next tick
      next = writeSecret(next, region, secret.Name, change);
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
