import { describe, expect, it } from "vitest";
import { DAY, expectRefused, MARKED_FOR_DELETION, NOT_FOUND, START, withDeletedSecret, withSecret } from "./lifecycle-fixtures.ts";

function tagged() {
  const fixture = withSecret();
  fixture.driver.ok("TagResource", {
    SecretId: "app/db",
    Tags: [
      { Key: "tag1", Value: "value1" },
      { Key: "tag2", Value: "value2" },
    ],
  });
  return fixture;
}

describe("UntagResource", () => {
  it("removes the named tags and answers an empty object", () => {
    const { driver } = tagged();
    expect(driver.ok("UntagResource", { SecretId: "app/db", TagKeys: ["tag1"] })).toEqual({});
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).Tags).toEqual([{ Key: "tag2", Value: "value2" }]);
  });

  it("leaves Tags as an empty list once every tag is removed (observed)", () => {
    const { driver } = tagged();
    driver.ok("UntagResource", { SecretId: "app/db", TagKeys: ["tag1"] });
    driver.ok("UntagResource", { SecretId: "app/db", TagKeys: ["tag2"] });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).Tags).toEqual([]);
  });

  it("removing two tags at once leaves an empty list (observed)", () => {
    const { driver } = tagged();
    driver.ok("UntagResource", { SecretId: "app/db", TagKeys: ["tag1", "tag2"] });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).Tags).toEqual([]);
  });

  it("ignores keys the secret does not have and returns the same state", () => {
    const { driver } = tagged();
    const before = driver.state;
    const result = driver.call("UntagResource", { SecretId: "app/db", TagKeys: ["nope", "TAG1"] });
    expect(result.ok).toBe(true);
    expect(result.state).toBe(before);
  });

  it("on a secret never tagged keeps Tags absent", () => {
    const { driver } = withSecret();
    const before = driver.state;
    expect(driver.call("UntagResource", { SecretId: "app/db", TagKeys: ["a"] }).state).toBe(before);
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" })).not.toHaveProperty("Tags");
  });

  it("sets LastChangedDate when a tag is removed", () => {
    const { driver } = tagged();
    driver.advance(DAY);
    driver.ok("UntagResource", { SecretId: "app/db", TagKeys: ["tag2"] });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).LastChangedDate).toBe(START + DAY);
  });

  it("with a 129-character key fails with ValidationException naming the whole TagKeys list", () => {
    const { driver } = tagged();
    const before = driver.state;
    const key = "k".repeat(129);
    const message =
      `1 validation error detected: Value '[env, ${key}]' at 'tagKeys' failed to satisfy constraint: Member must satisfy constraint: ` +
      "[Member must have length less than or equal to 128, Member must have length greater than or equal to 1]";
    expectRefused(driver.call("UntagResource", { SecretId: "app/db", TagKeys: ["env", key] }), before, "ValidationException", message);
  });

  it("without TagKeys fails with ValidationException", () => {
    const { driver } = tagged();
    const before = driver.state;
    const message = "1 validation error detected: Value null at 'tagKeys' failed to satisfy constraint: Member must not be null";
    expectRefused(driver.call("UntagResource", { SecretId: "app/db" } as never), before, "ValidationException", message);
  });

  it("on a secret scheduled for deletion fails with InvalidRequestException (observed)", () => {
    const { driver } = withDeletedSecret();
    const before = driver.state;
    const result = driver.call("UntagResource", { SecretId: "app/db", TagKeys: ["a"] });
    expectRefused(result, before, "InvalidRequestException", MARKED_FOR_DELETION);
  });

  it("on a secret that does not exist fails with ResourceNotFoundException", () => {
    const { driver } = withSecret();
    const before = driver.state;
    expectRefused(driver.call("UntagResource", { SecretId: "ghost", TagKeys: ["a"] }), before, "ResourceNotFoundException", NOT_FOUND);
  });
});
