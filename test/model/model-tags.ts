// The model's tags: an ordered list of {Key, Value} per secret (docs/semantics/tags-and-policies.md#tagresource).
import { fail, ok, type Answer, type Model, type ModelTag } from "./model.ts";

/** TagResource: a new key is appended, a key already there gets the new value in place. */
export function tagSecret(model: Model, name: string, tags: readonly ModelTag[]): Answer {
  const secret = model.active(name);
  if (typeof secret === "string") return fail(secret);
  const merged = (secret.tags ?? []).map((t) => ({ ...t }));
  for (const { Key, Value } of tags) {
    const old = merged.findIndex((t) => t.Key === Key);
    if (old >= 0) merged[old] = { Key, Value };
    else merged.push({ Key, Value });
  }
  // Tagging with an empty list leaves a never-tagged secret without Tags.
  if (secret.tags !== undefined || merged.length > 0) secret.tags = merged;
  return ok(undefined);
}

/** UntagResource: keys the secret lacks are ignored (AWS doc UntagResource). */
export function untagSecret(model: Model, name: string, keys: readonly string[]): Answer {
  const secret = model.active(name);
  if (typeof secret === "string") return fail(secret);
  if (secret.tags !== undefined) secret.tags = secret.tags.filter((t) => !keys.includes(t.Key));
  return ok(undefined);
}
