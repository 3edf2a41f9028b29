// System tags: keys that start with aws: are AWS's (AWS doc TagResource: "You can't
// edit or delete tag names or values with this prefix"); docs/semantics/tags-and-policies.md#system-tags.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Driver } from "../../../src/index.ts";
import { expectRefused, MARKED_FOR_DELETION, withDeletedSecret } from "./lifecycle-fixtures.ts";

const STACK = { Key: "aws:cloudformation:stack-name", Value: "stack" };
const refusal = (key: string) => `You can't modify system tags. Tag key: '${key}'.`;

/** A secret created as CloudFormation creates one: with a system tag beside a user tag. */
function stackSecret() {
  const driver = new Driver();
  driver.ok("CreateSecret", { Name: "stack/db", Tags: [STACK, { Key: "team", Value: "core" }] });
  return driver;
}

describe("system tags", () => {
  it("TagResource re-sending a system tag with its own value fails with InvalidParameterException and tags nothing (observed)", () => {
    const driver = stackSecret();
    const before = driver.state;
    const result = driver.call("TagResource", { SecretId: "stack/db", Tags: [{ Key: "c7n-mark", Value: "notify" }, STACK] });
    expectRefused(result, before, "InvalidParameterException", refusal(STACK.Key));
  });

  it("TagResource with a new aws: key fails the same way, naming the first such key", () => {
    const driver = stackSecret();
    const before = driver.state;
    const tags = [{ Key: "owner", Value: "me" }, { Key: "aws:owner", Value: "x" }, { Key: "aws:team", Value: "y" }];
    expectRefused(driver.call("TagResource", { SecretId: "stack/db", Tags: tags }), before, "InvalidParameterException", refusal("aws:owner"));
  });

  it("UntagResource of a system tag fails with InvalidParameterException and removes nothing", () => {
    const driver = stackSecret();
    const before = driver.state;
    const result = driver.call("UntagResource", { SecretId: "stack/db", TagKeys: ["team", STACK.Key] });
    expectRefused(result, before, "InvalidParameterException", refusal(STACK.Key));
  });

  it("TagResource and UntagResource of other keys leave the system tags where they are", () => {
    const driver = stackSecret();
    driver.ok("TagResource", { SecretId: "stack/db", Tags: [{ Key: "env", Value: "prod" }] });
    driver.ok("UntagResource", { SecretId: "stack/db", TagKeys: ["team"] });
    expect(driver.ok("DescribeSecret", { SecretId: "stack/db" }).Tags).toEqual([STACK, { Key: "env", Value: "prod" }]);
  });

  it("a key with aws: elsewhere than at its start is an ordinary tag", () => {
    const driver = stackSecret();
    driver.ok("TagResource", { SecretId: "stack/db", Tags: [{ Key: "my:aws:key", Value: "v" }] });
    expect(driver.ok("DescribeSecret", { SecretId: "stack/db" }).Tags).toContainEqual({ Key: "my:aws:key", Value: "v" });
  });

  it("are checked before the secret is looked up: on a secret scheduled for deletion the system tag is refused first", () => {
    const { driver } = withDeletedSecret();
    const before = driver.state;
    expectRefused(driver.call("TagResource", { SecretId: "app/db", Tags: [STACK] }), before, "InvalidParameterException", refusal(STACK.Key));
    expectRefused(
      driver.call("TagResource", { SecretId: "app/db", Tags: [{ Key: "team", Value: "core" }] }),
      before,
      "InvalidRequestException",
      MARKED_FOR_DELETION,
    );
  });

  it("no sequence of TagResource and UntagResource calls changes the system tags a secret was created with", () => {
    const key = fc.constantFrom("team", "env", STACK.Key, "aws:owner", "Team");
    const call = fc.oneof(
      fc.record({ tag: fc.uniqueArray(fc.record({ Key: key, Value: fc.constantFrom("a", "b", "stack") }), { selector: (t) => t.Key, maxLength: 3 }) }),
      fc.record({ untag: fc.uniqueArray(key, { maxLength: 3 }) }),
    );
    fc.assert(
      fc.property(fc.array(call, { maxLength: 12 }), (calls) => {
        const driver = stackSecret();
        for (const step of calls) {
          if ("tag" in step) driver.call("TagResource", { SecretId: "stack/db", Tags: step.tag });
          else driver.call("UntagResource", { SecretId: "stack/db", TagKeys: step.untag });
        }
        const tags = driver.ok("DescribeSecret", { SecretId: "stack/db" }).Tags ?? [];
        expect(tags.filter((tag) => tag.Key.startsWith("aws:"))).toEqual([STACK]);
      }),
    );
  });
});
