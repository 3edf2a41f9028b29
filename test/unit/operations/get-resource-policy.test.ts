import { describe, expect, it } from "vitest";
import { ACCOUNT_READS, expectRefused, MARKED_FOR_DELETION, NOT_FOUND, policy, withSecret } from "./lifecycle-fixtures.ts";

describe("GetResourcePolicy", () => {
  it("on a secret without a policy succeeds and leaves ResourcePolicy out", () => {
    const { driver, arn } = withSecret();
    const before = driver.state;
    const result = driver.call("GetResourcePolicy", { SecretId: "app/db" });
    expect(result).toEqual({ ok: true, state: before, response: { ARN: arn, Name: "app/db" } });
    expect(result.state).toBe(before);
  });

  it("finds the secret by its ARN", () => {
    const { driver, arn } = withSecret();
    driver.ok("PutResourcePolicy", { SecretId: "app/db", ResourcePolicy: policy(ACCOUNT_READS) });
    expect(driver.ok("GetResourcePolicy", { SecretId: arn }).ResourcePolicy).toBe(policy(ACCOUNT_READS));
  });

  it("on a secret scheduled for deletion fails with InvalidRequestException (terraform-provider-aws#23998)", () => {
    const { driver } = withSecret();
    driver.ok("PutResourcePolicy", { SecretId: "app/db", ResourcePolicy: policy(ACCOUNT_READS) });
    driver.ok("DeleteSecret", { SecretId: "app/db" });
    const before = driver.state;
    expectRefused(driver.call("GetResourcePolicy", { SecretId: "app/db" }), before, "InvalidRequestException", MARKED_FOR_DELETION);
  });

  it("on a secret that does not exist fails with ResourceNotFoundException", () => {
    const { driver } = withSecret();
    const before = driver.state;
    expectRefused(driver.call("GetResourcePolicy", { SecretId: "ghost" }), before, "ResourceNotFoundException", NOT_FOUND);
  });
});
