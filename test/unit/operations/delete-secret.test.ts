import { describe, expect, it } from "vitest";
import { DAY, expectRefused, MARKED_FOR_DELETION, NOT_FOUND, START, withDeletedSecret, withSecret } from "./lifecycle-fixtures.ts";

const RANGE = "The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).";
const BOTH = "You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.";

describe("DeleteSecret", () => {
  it("without options schedules the deletion 30 days ahead and answers ARN, Name and DeletionDate", () => {
    const { driver, arn } = withSecret();
    const deleted = driver.ok("DeleteSecret", { SecretId: "app/db" });
    expect(deleted).toEqual({ ARN: arn, Name: "app/db", DeletionDate: START + 30 * DAY });
  });

  it("sets DeletedDate, which DescribeSecret shows, and keeps every version and label", () => {
    const { driver, token } = withSecret();
    driver.advance(1000);
    driver.ok("DeleteSecret", { SecretId: "app/db" });
    const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
    expect(described.DeletedDate).toBe(START + 1000);
    expect(described.VersionIdsToStages).toEqual({ [token]: ["AWSCURRENT"] });
  });

  it.each([7, 30])("with RecoveryWindowInDays %i removes the secret that many days later", (days) => {
    const { driver } = withSecret();
    expect(driver.ok("DeleteSecret", { SecretId: "app/db", RecoveryWindowInDays: days }).DeletionDate).toBe(START + days * DAY);
  });

  it.each([0, 6, 31, -1])("with RecoveryWindowInDays %i fails with InvalidParameterException", (days) => {
    const { driver } = withSecret();
    const before = driver.state;
    expectRefused(driver.call("DeleteSecret", { SecretId: "app/db", RecoveryWindowInDays: days }), before, "InvalidParameterException", RANGE);
  });

  it("with RecoveryWindowInDays 0 and ForceDeleteWithoutRecovery fails with the range error, as AWS answers", () => {
    const { driver } = withSecret();
    const before = driver.state;
    const result = driver.call("DeleteSecret", { SecretId: "app/db", RecoveryWindowInDays: 0, ForceDeleteWithoutRecovery: true });
    expectRefused(result, before, "InvalidParameterException", RANGE);
  });

  it("with a valid RecoveryWindowInDays and ForceDeleteWithoutRecovery fails with InvalidParameterException", () => {
    const { driver } = withSecret();
    const before = driver.state;
    const result = driver.call("DeleteSecret", { SecretId: "app/db", RecoveryWindowInDays: 7, ForceDeleteWithoutRecovery: true });
    expectRefused(result, before, "InvalidParameterException", BOTH);
  });

  it("with ForceDeleteWithoutRecovery false and a window schedules the deletion", () => {
    const { driver } = withSecret();
    const deleted = driver.ok("DeleteSecret", { SecretId: "app/db", RecoveryWindowInDays: 10, ForceDeleteWithoutRecovery: false });
    expect(deleted.DeletionDate).toBe(START + 10 * DAY);
  });

  it("with ForceDeleteWithoutRecovery removes the secret at once and frees its name", () => {
    const { driver, arn } = withSecret();
    expect(driver.ok("DeleteSecret", { SecretId: "app/db", ForceDeleteWithoutRecovery: true })).toEqual({
      ARN: arn,
      Name: "app/db",
      DeletionDate: START,
    });
    const before = driver.state;
    expectRefused(driver.call("DescribeSecret", { SecretId: "app/db" }), before, "ResourceNotFoundException", NOT_FOUND);
    const recreated = driver.ok("CreateSecret", { Name: "app/db", SecretString: "v2", ClientRequestToken: driver.token() });
    expect(recreated.ARN).not.toBe(arn);
  });

  it("with ForceDeleteWithoutRecovery removes a secret already scheduled for deletion", () => {
    const { driver } = withDeletedSecret();
    driver.ok("DeleteSecret", { SecretId: "app/db", ForceDeleteWithoutRecovery: true });
    const before = driver.state;
    expectRefused(driver.call("DescribeSecret", { SecretId: "app/db" }), before, "ResourceNotFoundException", NOT_FOUND);
  });

  it("with ForceDeleteWithoutRecovery on a secret that does not exist succeeds with a made-up ARN", () => {
    const { driver } = withSecret();
    const before = driver.state;
    const result = driver.call("DeleteSecret", { SecretId: "ghost", ForceDeleteWithoutRecovery: true });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.response.Name).toBe("ghost");
      expect(result.response.ARN).toMatch(/^arn:aws:secretsmanager:us-east-1:123456789012:secret:ghost-[A-Za-z0-9]{6}$/);
      expect(result.response.DeletionDate).toBe(START);
    }
    expect(result.state).toBe(before);
  });

  it("with ForceDeleteWithoutRecovery on the full ARN of a missing secret answers that ARN and its name", () => {
    const { driver, arn } = withSecret();
    driver.ok("DeleteSecret", { SecretId: "app/db", ForceDeleteWithoutRecovery: true });
    expect(driver.ok("DeleteSecret", { SecretId: arn, ForceDeleteWithoutRecovery: true })).toEqual({
      ARN: arn,
      Name: "app/db",
      DeletionDate: START,
    });
  });

  it("on a secret that does not exist fails with ResourceNotFoundException", () => {
    const { driver } = withSecret();
    const before = driver.state;
    expectRefused(driver.call("DeleteSecret", { SecretId: "ghost" }), before, "ResourceNotFoundException", NOT_FOUND);
  });

  it("without force on a secret already scheduled for deletion fails with InvalidRequestException", () => {
    const { driver } = withDeletedSecret();
    const before = driver.state;
    expectRefused(driver.call("DeleteSecret", { SecretId: "app/db" }), before, "InvalidRequestException", MARKED_FOR_DELETION);
  });

  it("finds the secret by its ARN", () => {
    const { driver, arn } = withSecret();
    expect(driver.ok("DeleteSecret", { SecretId: arn }).Name).toBe("app/db");
  });

  it("without a SecretId fails with ValidationException", () => {
    const { driver } = withSecret();
    const before = driver.state;
    const result = driver.call("DeleteSecret", {} as never);
    const message = "1 validation error detected: Value null at 'secretId' failed to satisfy constraint: Member must not be null";
    expectRefused(result, before, "ValidationException", message);
  });

  it("keeps LastChangedDate, so that RestoreSecret gives the secret back as it was", () => {
    const { driver } = withSecret();
    driver.advance(DAY);
    driver.ok("DeleteSecret", { SecretId: "app/db" });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).LastChangedDate).toBe(START);
  });
});
