// TagResource and UntagResource against the model's ordered tag list (docs/semantics/tags-and-policies.md#tagresource).
import { expect } from "vitest";
import { call, Command, note, type Real } from "./command-support.ts";
import { tagSecret, untagSecret } from "./model-tags.ts";
import type { Model, ModelTag } from "./model.ts";

export class TagResource extends Command {
  constructor(
    readonly secretId: string,
    readonly tags: readonly ModelTag[],
  ) {
    super();
  }
  run(model: Model, real: Real) {
    const expected = tagSecret(model, this.secretId, this.tags);
    call(real, "TagResource", { SecretId: this.secretId, Tags: this.tags }, expected);
    expectTags(model, real, this.secretId);
    if (!expected.ok && expected.code === "InvalidRequestException") note(real, "TagResource refused while scheduled for deletion");
  }
  toString = () => `TagResource(${JSON.stringify([this.secretId, this.tags])})`;
}

export class UntagResource extends Command {
  constructor(
    readonly secretId: string,
    readonly keys: readonly string[],
  ) {
    super();
  }
  run(model: Model, real: Real) {
    const expected = untagSecret(model, this.secretId, this.keys);
    call(real, "UntagResource", { SecretId: this.secretId, TagKeys: this.keys }, expected);
    expectTags(model, real, this.secretId);
    if (expected.ok && model.secrets.get(this.secretId)?.tags?.length === 0) note(real, "every tag removed");
  }
  toString = () => `UntagResource(${JSON.stringify([this.secretId, this.keys])})`;
}

/** DescribeSecret's Tags after the call: absent until first tagged, [] once every tag is removed. */
function expectTags(model: Model, real: Real, secretId: string) {
  const described = real.driver.call("DescribeSecret", { SecretId: secretId });
  const secret = model.secrets.get(secretId);
  expect(described.ok, "DescribeSecret after tagging finds the secret").toBe(secret !== undefined);
  if (described.ok) expect(described.response.Tags, "Tags after tagging").toEqual(secret!.tags);
}
