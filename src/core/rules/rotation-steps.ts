// The steps of a started rotation, as data: which invocation of the rotation
// function must run next, and what the service does when a step has run.
// AWS doc: User Guide "How rotation works"; docs/semantics/rotation.md#the-rotation-steps.
import { regionOfArn, secretNameOfArn } from "../model/arn.ts";
import { getOwn } from "../model/dict.ts";
import { AWSCURRENT, AWSPENDING, type SecretArn } from "../model/ids.ts";
import type { RotationStep } from "../model/rotation.ts";
import type { Secret } from "../model/secret.ts";
import { tableGet, tableSecrets } from "../model/secret-table.ts";
import type { State } from "../model/state.ts";
import type { Timestamp } from "../model/time.ts";
import { holderOf } from "../store/labels.ts";
import { SecretEdit, type MetadataDraft } from "../store/secret-edit.ts";
import { writeSecret } from "../store/secret-writes.ts";
import { nextRotationDate } from "./schedule-next.ts";

/** One invocation of a rotation function, with the event AWS sends it. */
export interface RotationInvocation {
  readonly Step: RotationStep;
  /** The secret's ARN, as AWS sends it. */
  readonly SecretId: SecretArn;
  readonly ClientRequestToken: string;
  /** The function to invoke. */
  readonly RotationLambdaARN: string;
}

/** What recording a step did to the rotation. */
export type StepRecorded =
  | "next-step" // more steps to run
  | "rotated" // finishSecret ran and the new version is AWSCURRENT: rotation complete
  | "tested" // the testSecret of RotateImmediately=false ran; the test version is gone
  | "failed" // the rotation stopped; AWSPENDING stays where it is
  | "stale"; // no such rotation or step is in progress (cancelled, deleted, already recorded)

export function secretByArn(state: State, arn: string): Secret | undefined {
  const region = getOwn(state.regions, regionOfArn(arn));
  const name = secretNameOfArn(arn);
  const secret = region && tableGet(region.secrets, name);
  return secret?.ARN === arn ? secret : undefined;
}

function invocation(secret: Secret): RotationInvocation | undefined {
  const rotation = secret.rotation;
  const step = rotation?.steps[0];
  if (rotation === undefined || step === undefined || secret.DeletedDate !== undefined) return undefined;
  return {
    Step: step,
    SecretId: secret.ARN,
    ClientRequestToken: rotation.ClientRequestToken,
    RotationLambdaARN: rotation.RotationLambdaARN,
  };
}

/** The invocation that must run next for a secret, or undefined when no rotation is in progress. */
export function nextRotationStep(state: State, secretArn: string): RotationInvocation | undefined {
  const secret = secretByArn(state, secretArn);
  return secret && invocation(secret);
}

/** The next invocation of every rotation in progress (for an adapter that restarts). */
export function rotationsInProgress(state: State): RotationInvocation[] {
  const found: RotationInvocation[] = [];
  for (const region of Object.values(state.regions)) {
    for (const secret of tableSecrets(region.secrets)) {
      const next = invocation(secret);
      if (next) found.push(next);
    }
  }
  return found;
}

/**
 * Record that a step ran (ok) or failed. After the last step the service ends the
 * rotation: it removes AWSPENDING and sets LastRotatedDate and NextRotationDate
 * (docs/semantics/rotation.md#completion-of-a-rotation: "Our backend cleans up the pending label").
 */
export function recordRotationStep(
  state: State,
  step: RotationInvocation,
  ok: boolean,
  now: Timestamp,
): { readonly state: State; readonly recorded: StepRecorded } {
  const secret = secretByArn(state, step.SecretId);
  const current = secret && invocation(secret);
  if (!secret || !current || current.Step !== step.Step || current.ClientRequestToken !== step.ClientRequestToken) {
    return { state, recorded: "stale" };
  }
  const rotation = secret.rotation!;
  const token = rotation.ClientRequestToken;
  const rest = rotation.steps.slice(1);
  let recorded: StepRecorded;
  if (!ok) recorded = "failed";
  else if (rest.length > 0) recorded = "next-step";
  else if (rotation.kind === "test") recorded = "tested";
  // Deviation: a finishSecret that left AWSCURRENT elsewhere is a failed rotation.
  else recorded = holderOf(secret, AWSCURRENT) === token ? "rotated" : "failed";

  const edit = new SecretEdit(secret);
  if (recorded === "next-step") {
    edit.metadata((target) => {
      target.rotation!.steps = rest;
    });
  } else {
    edit.metadata((target) => {
      delete target.rotation;
      if (recorded === "failed") countFailure(target, secret.NextRotationDate);
    });
    if (recorded === "rotated") {
      if (holderOf(secret, AWSPENDING) === token) edit.labels.detach(AWSPENDING);
      const nextDate = secret.RotationEnabled ? nextRotationDate(secret.RotationRules, now) : undefined;
      edit.metadata((target) => {
        delete target.rotationFailures;
        target.LastRotatedDate = now;
        if (nextDate === undefined) delete target.NextRotationDate;
        else target.NextRotationDate = nextDate;
      });
    } else if (recorded === "tested") {
      // AWS doc (RotateImmediately): "The test creates an AWSPENDING version of the secret and then removes it."
      if (holderOf(secret, AWSPENDING) === token) edit.labels.detach(AWSPENDING);
      if (!edit.labels.holders().includes(token)) edit.versions.remove(token, false);
    }
  }
  const next = writeSecret(state, regionOfArn(step.SecretId), secret.Name, edit.finishWithoutAdding(now));
  return { state: next, recorded };
}

/** One more failed attempt at the rotation due on `due` (the count of an older date is dropped). */
function countFailure(secret: MetadataDraft, due: Timestamp | undefined): void {
  if (due === undefined) return;
  const previous = secret.rotationFailures?.NextRotationDate === due ? secret.rotationFailures.count : 0;
  secret.rotationFailures = { NextRotationDate: due, count: previous + 1 };
}
