import { describe, expect, it } from "vitest";
import { purgeDeletedSecrets } from "../../../src/index.ts";
import { DAY, expectRefused, NOT_FOUND, START, withDeletedSecret, withSecret } from "./lifecycle-fixtures.ts";

describe("RestoreSecret", () => {
  it("cancels the deletion and answers ARN and Name", () => {
    const { driver, arn } = withDeletedSecret();
    expect(driver.ok("RestoreSecret", { SecretId: "app/db" })).toEqual({ ARN: arn, Name: "app/db" });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).DeletedDate).toBeUndefined();
    expect(driver.ok("GetSecretValue", { SecretId: "app/db" }).SecretString).toBe("v1");
  });

  it("gives back the secret as it was before DeleteSecret, versions, labels and metadata included", () => {
    const { driver } = withSecret();
    driver.ok("TagResource", { SecretId: "app/db", Tags: [{ Key: "team", Value: "core" }] });
    const before = driver.ok("DescribeSecret", { SecretId: "app/db" });
    driver.advance(DAY);
    driver.ok("DeleteSecret", { SecretId: "app/db", RecoveryWindowInDays: 7 });
    driver.advance(DAY);
    driver.ok("RestoreSecret", { SecretId: "app/db" });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" })).toEqual(before);
  });

  it("lets the secret be deleted again, with a new DeletionDate", () => {
    const { driver } = withDeletedSecret();
    driver.ok("RestoreSecret", { SecretId: "app/db" });
    driver.advance(DAY);
    expect(driver.ok("DeleteSecret", { SecretId: "app/db", RecoveryWindowInDays: 7 }).DeletionDate).toBe(START + 8 * DAY);
  });

  it("keeps a restored secret when its old recovery window ends", () => {
    const { driver } = withDeletedSecret();
    driver.ok("RestoreSecret", { SecretId: "app/db" });
    const state = driver.state;
    expect(purgeDeletedSecrets(state, START + 31 * DAY)).toBe(state);
  });

  it("on a secret not scheduled for deletion succeeds and changes nothing", () => {
    const { driver, arn } = withSecret();
    const before = driver.state;
    const result = driver.call("RestoreSecret", { SecretId: "app/db" });
    expect(result).toEqual({ ok: true, state: before, response: { ARN: arn, Name: "app/db" } });
    expect(result.state).toBe(before);
  });

  it("on a secret that does not exist fails with ResourceNotFoundException", () => {
    const { driver } = withSecret();
    const before = driver.state;
    expectRefused(driver.call("RestoreSecret", { SecretId: "ghost" }), before, "ResourceNotFoundException", NOT_FOUND);
  });

  it("after the recovery window has ended fails with ResourceNotFoundException", () => {
    const { driver } = withDeletedSecret();
    driver.state = purgeDeletedSecrets(driver.state, START + 30 * DAY);
    const before = driver.state;
    expectRefused(driver.call("RestoreSecret", { SecretId: "app/db" }), before, "ResourceNotFoundException", NOT_FOUND);
  });
});
