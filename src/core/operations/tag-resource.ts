// TagResource
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_TagResource.html
import type { AwsError } from "../errors/codes.ts";
import { systemTag, tooManyTags } from "../errors/errors.ts";
import { failure, isAwsError, success, type Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import type { Tag } from "../model/secret.ts";
import type { State } from "../model/state.ts";
import { findWritableSecret } from "../rules/replication-guard.ts";
import { metadataChange } from "../store/secret-edit.ts";
import { writeSecret } from "../store/secret-writes.ts";
import { required, violationsError } from "../validate/constraints.ts";
import { secretIdViolation, tagViolations } from "../validate/common.ts";

export interface TagResourceRequest {
  readonly SecretId: string;
  readonly Tags: readonly Tag[];
}

/** No output members (observed: an empty body). */
export type TagResourceResponse = Record<string, never>;

/** AWS doc: "Maximum number of tags per secret: 50". */
export const MAX_TAGS = 50;

/** A system tag: one whose key AWS reserves ("Do not use the aws: prefix"). */
export function isSystemTagKey(key: string): boolean {
  return key.startsWith("aws:");
}

/** AWS doc: tags with the aws: prefix "do not count against your tags per secret limit". */
export function countedTags(tags: readonly Tag[]): number {
  return tags.filter((tag) => !isSystemTagKey(tag.Key)).length;
}

/**
 * The refusal for the first system tag key a request names, if any: refused even
 * when the tag is re-sent unchanged (docs/semantics/tags-and-policies.md#system-tags).
 */
export function systemTagRefusal(keys: readonly string[]): AwsError | undefined {
  const key = keys.find(isSystemTagKey);
  return key === undefined ? undefined : systemTag(key);
}

/**
 * The secret's tags after a TagResource: a new key is appended; a key already
 * there (case-sensitive) gets the new value in its old place (docs/semantics/tags-and-policies.md#tagresource).
 */
export function mergeTags(existing: readonly Tag[], added: readonly Tag[]): Tag[] {
  const merged = existing.map(({ Key, Value }) => ({ Key, Value }));
  // Each tag by key, found in constant time: a request may carry tens of thousands of tags.
  const byKey = new Map<string, { Key: string; Value: string }>();
  for (const tag of merged) if (!byKey.has(tag.Key)) byKey.set(tag.Key, tag);
  for (const { Key, Value } of added) {
    const old = byKey.get(Key);
    if (old) {
      old.Value = Value;
    } else {
      const tag = { Key, Value };
      merged.push(tag);
      byKey.set(Key, tag);
    }
  }
  return merged;
}

function sameTags(a: readonly Tag[], b: readonly Tag[]): boolean {
  return a.length === b.length && a.every((tag, i) => tag.Key === b[i]!.Key && tag.Value === b[i]!.Value);
}

export function tagResource(state: State, request: TagResourceRequest, context: Context): Result<TagResourceResponse> {
  // 1. Validate.
  const invalid = violationsError([
    secretIdViolation(request.SecretId),
    required("tags", request.Tags),
    ...tagViolations("tags", request.Tags),
  ]);
  if (invalid) return failure(state, invalid);
  // Observed: a system tag re-sent with its own value is refused.
  const reserved = systemTagRefusal(request.Tags.map((tag) => tag.Key));
  if (reserved) return failure(state, reserved);

  // 2. Decide.
  const secret = findWritableSecret(state, context, request.SecretId);
  if (isAwsError(secret)) return failure(state, secret);
  const existing = secret.Tags ?? [];
  const tags = mergeTags(existing, request.Tags);
  // Only a call that adds tags past the quota is refused.
  if (countedTags(tags) > MAX_TAGS && countedTags(tags) > countedTags(existing)) {
    return failure(state, tooManyTags());
  }
  if (sameTags(tags, existing)) return success(state, {});

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
