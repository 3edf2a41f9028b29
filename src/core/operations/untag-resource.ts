// UntagResource
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_UntagResource.html
import { failure, isAwsError, success, type Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import type { State } from "../model/state.ts";
import { findWritableSecret } from "../rules/replication-guard.ts";
import { metadataChange } from "../store/secret-edit.ts";
import { writeSecret } from "../store/secret-writes.ts";
import { violationsError } from "../validate/constraints.ts";
import { secretIdViolation, tagKeysViolations } from "../validate/common.ts";
import { systemTagRefusal } from "./tag-resource.ts";

export interface UntagResourceRequest {
  readonly SecretId: string;
  readonly TagKeys: readonly string[];
}

/** No output members (observed: an empty body). */
export type UntagResourceResponse = Record<string, never>;

/**
 * AWS doc: "If a requested tag is not attached to the secret, no error is
 * returned and the secret metadata is unchanged." Once every tag is removed,
 * DescribeSecret shows `Tags: []` (observed).
 */
export function untagResource(state: State, request: UntagResourceRequest, context: Context): Result<UntagResourceResponse> {
  // 1. Validate.
  const invalid = violationsError([
    secretIdViolation(request.SecretId),
    ...tagKeysViolations(request.TagKeys),
  ]);
  if (invalid) return failure(state, invalid);
  // Deviation: a system tag cannot be removed either (AWS doc TagResource: "You can't
  // edit or delete tag names or values with this prefix"); the text is TagResource's.
  const reserved = systemTagRefusal(request.TagKeys);
  if (reserved) return failure(state, reserved);

  // 2. Decide.
  const secret = findWritableSecret(state, context, request.SecretId);
  if (isAwsError(secret)) return failure(state, secret);
  const existing = secret.Tags ?? [];
  const removed = new Set(request.TagKeys);
  const tags = existing.filter((tag) => !removed.has(tag.Key));
  if (tags.length === existing.length) return success(state, {});

  // 3-4. Apply and return. Deviation: a change of tags sets LastChangedDate.
  const written = writeSecret(
    state,
    context.region,
    secret.Name,
    metadataChange(secret, context.now, (draft) => {
      draft.Tags = tags;
      draft.LastChangedDate = context.now;
    }),
  );
  return success(written, {});
}
