import { describe, expect, it } from "vitest";
import { DAY, expectRefused, MARKED_FOR_DELETION, NOT_FOUND, START, withDeletedSecret, withSecret } from "./lifecycle-fixtures.ts";

const TOO_MANY = "You can't attach more than 50 tags to a secret.";
const tags = (n: number, prefix = "k") => Array.from({ length: n }, (_, i) => ({ Key: `${prefix}${i}`, Value: `v${i}` }));

describe("TagResource", () => {
  it("adds Tags, absent until the first tag, and answers an empty object", () => {
    const { driver } = withSecret();
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" })).not.toHaveProperty("Tags");
    expect(driver.ok("TagResource", { SecretId: "app/db", Tags: [{ Key: "tag1", Value: "value1" }] })).toEqual({});
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).Tags).toEqual([{ Key: "tag1", Value: "value1" }]);
  });

  it("appends a new key after the existing tags (observed)", () => {
    const { driver } = withSecret();
    driver.ok("TagResource", { SecretId: "app/db", Tags: [{ Key: "tag1", Value: "value1" }] });
    driver.ok("TagResource", { SecretId: "app/db", Tags: [{ Key: "tag2", Value: "value2" }] });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).Tags).toEqual([
      { Key: "tag1", Value: "value1" },
      { Key: "tag2", Value: "value2" },
    ]);
  });

  it("overwrites the value of an existing key in place", () => {
    const { driver } = withSecret();
    driver.ok("TagResource", { SecretId: "app/db", Tags: [{ Key: "a", Value: "1" }, { Key: "b", Value: "2" }] });
    driver.ok("TagResource", { SecretId: "app/db", Tags: [{ Key: "a", Value: "changed" }, { Key: "c", Value: "3" }] });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).Tags).toEqual([
      { Key: "a", Value: "changed" },
      { Key: "b", Value: "2" },
      { Key: "c", Value: "3" },
    ]);
  });

  it("treats keys as case-sensitive", () => {
    const { driver } = withSecret();
    driver.ok("TagResource", { SecretId: "app/db", Tags: [{ Key: "Env", Value: "prod" }, { Key: "env", Value: "dev" }] });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).Tags).toHaveLength(2);
  });

  it("sets LastChangedDate when the tags change", () => {
    const { driver } = withSecret();
    driver.advance(DAY);
    driver.ok("TagResource", { SecretId: "app/db", Tags: [{ Key: "a", Value: "1" }] });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).LastChangedDate).toBe(START + DAY);
  });

  it("with tags the secret already has changes nothing and returns the same state", () => {
    const { driver } = withSecret();
    driver.ok("TagResource", { SecretId: "app/db", Tags: [{ Key: "a", Value: "1" }] });
    const before = driver.state;
    expect(driver.call("TagResource", { SecretId: "app/db", Tags: [{ Key: "a", Value: "1" }] }).state).toBe(before);
  });

  it("accepts 50 tags beside the system tags the secret was created with, which do not count", () => {
    const { driver } = withSecret();
    driver.ok("CreateSecret", { Name: "stack/db", Tags: [{ Key: "aws:cloudformation:stack-name", Value: "stack" }] });
    driver.ok("TagResource", { SecretId: "stack/db", Tags: tags(50) });
    expect(driver.ok("DescribeSecret", { SecretId: "stack/db" }).Tags).toHaveLength(51);
  });

  it("past 50 tags fails with InvalidParameterException and adds none", () => {
    const { driver } = withSecret();
    driver.ok("TagResource", { SecretId: "app/db", Tags: tags(49) });
    const before = driver.state;
    const result = driver.call("TagResource", { SecretId: "app/db", Tags: tags(2, "new") });
    expectRefused(result, before, "InvalidParameterException", TOO_MANY);
  });

  it("at 50 tags still overwrites the value of an existing key", () => {
    const { driver } = withSecret();
    driver.ok("TagResource", { SecretId: "app/db", Tags: tags(50) });
    driver.ok("TagResource", { SecretId: "app/db", Tags: [{ Key: "k0", Value: "changed" }] });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).Tags?.[0]).toEqual({ Key: "k0", Value: "changed" });
  });

  it("with an empty key fails with ValidationException", () => {
    const { driver } = withSecret();
    const before = driver.state;
    const message =
      "1 validation error detected: Value '' at 'tags.1.member.key' failed to satisfy constraint: Member must have length greater than or equal to 1";
    expectRefused(driver.call("TagResource", { SecretId: "app/db", Tags: [{ Key: "", Value: "v" }] }), before, "ValidationException", message);
  });

  it("with a 129-character key or a 257-character value fails with one ValidationException listing both", () => {
    const { driver } = withSecret();
    const before = driver.state;
    const key = "k".repeat(129);
    const value = "v".repeat(257);
    const message =
      `2 validation errors detected: Value '${key}' at 'tags.1.member.key' failed to satisfy constraint: Member must have length less than or equal to 128; ` +
      `Value '${value}' at 'tags.2.member.value' failed to satisfy constraint: Member must have length less than or equal to 256`;
    const result = driver.call("TagResource", { SecretId: "app/db", Tags: [{ Key: key, Value: "" }, { Key: "ok", Value: value }] });
    expectRefused(result, before, "ValidationException", message);
  });

  it("accepts a 128-character key and an empty value", () => {
    const { driver } = withSecret();
    driver.ok("TagResource", { SecretId: "app/db", Tags: [{ Key: "k".repeat(128), Value: "" }] });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).Tags).toEqual([{ Key: "k".repeat(128), Value: "" }]);
  });

  it("without Tags fails with ValidationException", () => {
    const { driver } = withSecret();
    const before = driver.state;
    const message = "1 validation error detected: Value null at 'tags' failed to satisfy constraint: Member must not be null";
    expectRefused(driver.call("TagResource", { SecretId: "app/db" } as never), before, "ValidationException", message);
  });

  it("finds the secret by its ARN", () => {
    const { driver, arn } = withSecret();
    driver.ok("TagResource", { SecretId: arn, Tags: [{ Key: "a", Value: "1" }] });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).Tags).toEqual([{ Key: "a", Value: "1" }]);
  });

  it("on a secret scheduled for deletion fails with InvalidRequestException (observed)", () => {
    const { driver } = withDeletedSecret();
    const before = driver.state;
    const result = driver.call("TagResource", { SecretId: "app/db", Tags: [{ Key: "a", Value: "1" }] });
    expectRefused(result, before, "InvalidRequestException", MARKED_FOR_DELETION);
  });

  it("on a secret that does not exist fails with ResourceNotFoundException", () => {
    const { driver } = withSecret();
    const before = driver.state;
    const result = driver.call("TagResource", { SecretId: "ghost", Tags: [{ Key: "a", Value: "1" }] });
    expectRefused(result, before, "ResourceNotFoundException", NOT_FOUND);
  });
});
