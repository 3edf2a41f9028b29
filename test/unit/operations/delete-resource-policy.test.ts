import { describe, expect, it } from "vitest";
import { ACCOUNT_READS, DAY, expectRefused, MARKED_FOR_DELETION, NOT_FOUND, policy, START, withSecret } from "./lifecycle-fixtures.ts";

describe("DeleteResourcePolicy", () => {
  it("removes the policy and answers ARN and Name; GetResourcePolicy then leaves ResourcePolicy out", () => {
    const { driver, arn } = withSecret();
    driver.ok("PutResourcePolicy", { SecretId: "app/db", ResourcePolicy: policy(ACCOUNT_READS) });
    expect(driver.ok("DeleteResourcePolicy", { SecretId: "app/db" })).toEqual({ ARN: arn, Name: "app/db" });
    expect(driver.ok("GetResourcePolicy", { SecretId: "app/db" })).not.toHaveProperty("ResourcePolicy");
  });

  it("sets LastChangedDate when it removes a policy", () => {
    const { driver } = withSecret();
    driver.ok("PutResourcePolicy", { SecretId: "app/db", ResourcePolicy: policy(ACCOUNT_READS) });
    driver.advance(DAY);
    driver.ok("DeleteResourcePolicy", { SecretId: "app/db" });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).LastChangedDate).toBe(START + DAY);
  });

  it("on a secret without a policy succeeds and returns the same state", () => {
    const { driver } = withSecret();
    const before = driver.state;
    const result = driver.call("DeleteResourcePolicy", { SecretId: "app/db" });
    expect(result.ok).toBe(true);
    expect(result.state).toBe(before);
  });

  it("on a secret scheduled for deletion fails with InvalidRequestException", () => {
    const { driver } = withSecret();
    driver.ok("PutResourcePolicy", { SecretId: "app/db", ResourcePolicy: policy(ACCOUNT_READS) });
    driver.ok("DeleteSecret", { SecretId: "app/db" });
    const before = driver.state;
    expectRefused(driver.call("DeleteResourcePolicy", { SecretId: "app/db" }), before, "InvalidRequestException", MARKED_FOR_DELETION);
  });

  it("on a secret that does not exist fails with ResourceNotFoundException", () => {
    const { driver } = withSecret();
    const before = driver.state;
    expectRefused(driver.call("DeleteResourcePolicy", { SecretId: "ghost" }), before, "ResourceNotFoundException", NOT_FOUND);
  });
});
