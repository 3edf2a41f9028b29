// A new value for an existing secret (PutSecretValue, UpdateSecret): the token
// rules, then the write with its quotas.
import type { AwsError } from "../errors/codes.ts";
import { isAwsError } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import type { StagingLabel, VersionId } from "../model/ids.ts";
import type { Secret } from "../model/secret.ts";
import type { SecretValue } from "../model/secret-version.ts";
import type { State } from "../model/state.ts";
import { stagesOf } from "../store/labels.ts";
import { SecretEdit } from "../store/secret-edit.ts";
import { writeSecret } from "../store/secret-writes.ts";
import { storeValue } from "./store-value.ts";
import { tokenMeaning } from "./versions.ts";

export interface ValueWritten {
  readonly state: State;
  readonly versionId: VersionId;
  readonly stages: StagingLabel[];
}

export function writeValue(
  state: State,
  context: Context,
  secret: Secret,
  token: VersionId,
  value: SecretValue,
  stages: readonly string[] | undefined,
): ValueWritten | AwsError {
  const meaning = tokenMeaning(secret, token, value);
  if (isAwsError(meaning)) return meaning;
  if (meaning.kind === "retry") {
    // AWS doc: the request is ignored; the answer names the version's labels as they are.
    return { state, versionId: token, stages: stagesOf(secret, token) };
  }
  const edit = new SecretEdit(secret);
  const stub = meaning.kind === "fill-stub" ? meaning.version : undefined;
  storeValue(edit, { versionId: token, value, stages, now: context.now, ...(stub && { stub }) });
  const change = edit.finish(context.now);
  if (isAwsError(change)) return change;
  const next = writeSecret(state, context.region, secret.Name, change);
  return { state: next, versionId: token, stages: stagesOf({ labels: change.labels ?? secret.labels }, token) };
}
