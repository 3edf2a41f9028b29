// UpdateSecretVersionStage
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_UpdateSecretVersionStage.html
import type { AwsError } from "../errors/codes.ts";
import {
  currentCannotBeRemoved,
  labelNotOnVersion,
  noVersionToStage,
  removeFromVersionIdRequired,
  versionNotFound,
} from "../errors/errors.ts";
import { failure, success, type Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import { hasOwn } from "../model/dict.ts";
import { AWSCURRENT, type VersionId } from "../model/ids.ts";
import type { Secret } from "../model/secret.ts";
import type { State } from "../model/state.ts";
import { findWritableSecret } from "../rules/replication-guard.ts";
import { attachLabel, detachLabel, holderOf, moveCurrent } from "../rules/labels.ts";
import { writeSecret } from "../rules/write-secret.ts";
import { violationsError } from "../validate/constraints.ts";
import { secretIdViolations, stageViolations, versionIdViolations } from "../validate/common.ts";
import { required } from "../validate/constraints.ts";
import { isAwsError } from "../validate/secret-value.ts";

export interface UpdateSecretVersionStageRequest {
  readonly SecretId: string;
  readonly VersionStage: string;
  readonly RemoveFromVersionId?: string;
  readonly MoveToVersionId?: string;
}

export interface UpdateSecretVersionStageResponse {
  readonly ARN: string;
  readonly Name: string;
}

type Change = { readonly kind: "move"; readonly to: VersionId } | { readonly kind: "remove" } | { readonly kind: "none" };

/**
 * The label move rules, in the order AWS documents them
 * (docs/semantics/versions-and-labels.md#updatesecretversionstage).
 */
function decide(secret: Secret, label: string, removeFrom: string | undefined, moveTo: string | undefined): Change | AwsError {
  for (const id of [removeFrom, moveTo]) {
    if (id !== undefined && !hasOwn(secret.versions, id)) return versionNotFound(id);
  }
  const holder = holderOf(secret, label);
  if (moveTo !== undefined) {
    // 1. A label attached elsewhere moves only when RemoveFromVersionId names its holder.
    if (holder !== undefined && holder !== moveTo && removeFrom !== holder) {
      return removeFrom === undefined
        ? removeFromVersionIdRequired(label, holder)
        : labelNotOnVersion(label, removeFrom);
    }
    // 2. Already there: nothing to do.
    if (holder === moveTo) return { kind: "none" };
    return { kind: "move", to: moveTo as VersionId };
  }
  if (removeFrom === undefined) return noVersionToStage();
  // 3. AWSCURRENT can only be moved, never removed.
  if (label === AWSCURRENT) return currentCannotBeRemoved();
  // 4. Remove the label from the version named, which must carry it if the label is
  // attached at all (AWS doc: "If the label is attached and … the version ID does not
  // match, then the operation fails"); a label attached nowhere leaves nothing to do.
  if (holder === undefined) return { kind: "none" };
  if (holder !== removeFrom) return labelNotOnVersion(label, removeFrom);
  return { kind: "remove" };
}

export function updateSecretVersionStage(
  state: State,
  request: UpdateSecretVersionStageRequest,
  context: Context,
): Result<UpdateSecretVersionStageResponse> {
  const invalid = violationsError([
    ...secretIdViolations(request.SecretId),
    required("versionStage", request.VersionStage),
    ...stageViolations("versionStage", request.VersionStage),
    ...versionIdViolations("removeFromVersionId", request.RemoveFromVersionId),
    ...versionIdViolations("moveToVersionId", request.MoveToVersionId),
  ]);
  if (invalid) return failure(state, invalid);
  const secret = findWritableSecret(state, context, request.SecretId);
  if (isAwsError(secret)) return failure(state, secret);
  const label = request.VersionStage;
  const change = decide(secret, label, request.RemoveFromVersionId, request.MoveToVersionId);
  if (isAwsError(change)) return failure(state, change);
  const response = { ARN: secret.ARN, Name: secret.Name };
  if (change.kind === "none") return success(state, response);

  const next = writeSecret(state, context.region, secret.Name, context.now, (draft) => {
    if (change.kind === "remove") detachLabel(draft, label);
    else if (label === AWSCURRENT) moveCurrent(draft, change.to);
    else attachLabel(draft, label, change.to);
    draft.LastChangedDate = context.now;
  });
  if (isAwsError(next)) return failure(state, next);
  return success(next, response);
}
