// The ARN's six-character suffix (docs/semantics/identifiers.md#the-secret-arn): fixed for the life of a secret, new for
// a secret re-created under the same name, so an old full ARN never names the new secret.
import { describe, expect, it } from "vitest";
import { Driver } from "../../../src/index.ts";
import { SECRET_NOT_FOUND, failingCall } from "../support/failing-call.ts";

function recreated() {
  const driver = new Driver();
  const first = driver.ok("CreateSecret", { Name: "app/db", SecretString: "1", ClientRequestToken: driver.token() }).ARN;
  driver.ok("DeleteSecret", { SecretId: "app/db", ForceDeleteWithoutRecovery: true });
  const second = driver.ok("CreateSecret", { Name: "app/db", SecretString: "2", ClientRequestToken: driver.token() }).ARN;
  return { driver, first, second };
}

describe("The ARN suffix", () => {
  it("is '-' and six letters or digits after the name, in the account and region of the call", () => {
    const { second } = recreated();
    expect(second).toMatch(/^arn:aws:secretsmanager:us-east-1:123456789012:secret:app\/db-[A-Za-z0-9]{6}$/);
  });

  it("of a secret re-created under the same name is new (observed: test_can_recreate_delete_secret)", () => {
    const { first, second } = recreated();
    expect(second).not.toBe(first);
  });

  it("of the deleted secret does not name the re-created one: ResourceNotFoundException", () => {
    const { driver, first } = recreated();
    expect(failingCall(driver, "GetSecretValue", { SecretId: first })).toEqual(SECRET_NOT_FOUND);
  });

  it("left off (a partial ARN) finds the secret that has the name now", () => {
    const { driver, second } = recreated();
    expect(driver.ok("GetSecretValue", { SecretId: second.slice(0, -7) }).SecretString).toBe("2");
  });

  it("of the deleted secret, force-deleted again, answers success and leaves the re-created secret alone", () => {
    const { driver, first, second } = recreated();
    const before = driver.state;
    const answer = driver.ok("DeleteSecret", { SecretId: first, ForceDeleteWithoutRecovery: true });
    expect(answer).toMatchObject({ ARN: first, Name: "app/db" });
    expect(driver.state).toBe(before);
    expect(driver.ok("DescribeSecret", { SecretId: second }).ARN).toBe(second);
  });

  it("in an ARN of another region does not name the secret", () => {
    const { driver, second } = recreated();
    const elsewhere = second.replace(":us-east-1:", ":eu-west-1:");
    expect(failingCall(driver, "DescribeSecret", { SecretId: elsewhere })).toEqual(SECRET_NOT_FOUND);
  });
});
