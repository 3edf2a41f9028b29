// A new value for an existing secret (PutSecretValue, UpdateSecret): the token
// rules, then the write with its quotas.
import type { AwsError } from "../errors/codes.ts";
import type { Context } from "../model/context.ts";
import type { StagingLabel, VersionId } from "../model/ids.ts";
import type { Secret } from "../model/secret.ts";
import type { SecretValue } from "../model/secret-version.ts";
import { tableGet } from "../model/secret-table.ts";
import type { State } from "../model/state.ts";
import { isAwsError } from "../validate/secret-value.ts";
import { stagesOf } from "./labels.ts";
import { storeValue } from "./store-value.ts";
import { tokenMeaning } from "./versions.ts";
import { writeSecret } from "./write-secret.ts";

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
  const next = writeSecret(state, context.region, secret.Name, context.now, (draft) =>
    storeValue(draft, { versionId: token, value, stages, now: context.now }),
  );
  if (isAwsError(next)) return next;
  const written = tableGet(next.regions[context.region]!.secrets, secret.Name)!;
  return { state: next, versionId: token, stages: stagesOf(written, token) };
}
