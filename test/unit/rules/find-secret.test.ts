// Finding a secret from a SecretId: name, full ARN, partial ARN (docs/semantics/identifiers.md#secretid-forms; AWS user
// guide, "Finding a secret from a partial ARN").
import { describe, expect, it } from "vitest";
import { Driver } from "../../../src/index.ts";
import { SECRET_NOT_FOUND, failingCall } from "../support/failing-call.ts";

function created(name: string) {
  const driver = new Driver();
  const { ARN } = driver.ok("CreateSecret", { Name: name, SecretString: "v", ClientRequestToken: driver.token() });
  return { driver, ARN, partial: ARN.slice(0, -7) };
}

describe("SecretId resolution", () => {
  it("finds a secret by its name, its full ARN and its partial ARN", () => {
    const { driver, ARN, partial } = created("app/db");
    expect(partial).toBe("arn:aws:secretsmanager:us-east-1:123456789012:secret:app/db");
    for (const SecretId of ["app/db", ARN, partial]) {
      expect(driver.ok("GetSecretValue", { SecretId }).ARN).toBe(ARN);
    }
  });

  it("does not find by partial ARN a secret whose name ends in a hyphen and six characters", () => {
    const { driver, ARN, partial } = created("Invalid/_+=.@-Name-a1b2c3");
    expect(failingCall(driver, "GetSecretValue", { SecretId: partial })).toEqual(SECRET_NOT_FOUND);
    expect(driver.ok("GetSecretValue", { SecretId: ARN }).ARN).toBe(ARN);
    expect(driver.ok("GetSecretValue", { SecretId: "Invalid/_+=.@-Name-a1b2c3" }).ARN).toBe(ARN);
  });

  it.each(["Name-a1b2", "Name-a1b2c3-", "Name-a1b2c3d"])("finds by partial ARN a secret named %s", (name) => {
    const { driver, ARN, partial } = created(name);
    expect(driver.ok("DescribeSecret", { SecretId: partial }).ARN).toBe(ARN);
  });

  it("does not find a secret by a full ARN with another suffix", () => {
    const { driver, ARN } = created("app/db");
    const other = `${ARN.slice(0, -6)}${ARN.endsWith("zzzzzz") ? "yyyyyy" : "zzzzzz"}`;
    expect(failingCall(driver, "DescribeSecret", { SecretId: other })).toEqual(SECRET_NOT_FOUND);
  });

  it("does not find a secret by an ARN of another region or account", () => {
    const { driver, ARN } = created("app/db");
    for (const SecretId of [ARN.replace("us-east-1", "eu-west-1"), ARN.replace("123456789012", "210987654321")]) {
      expect(failingCall(driver, "DescribeSecret", { SecretId })).toEqual(SECRET_NOT_FOUND);
    }
  });

  it("does not take a partial ARN's prefix of a longer name", () => {
    const { driver, partial } = created("app/db");
    expect(failingCall(driver, "DescribeSecret", { SecretId: partial.slice(0, -1) })).toEqual(SECRET_NOT_FOUND);
  });

  it("treats names as case-sensitive", () => {
    const { driver } = created("app/db");
    expect(failingCall(driver, "DescribeSecret", { SecretId: "App/db" })).toEqual(SECRET_NOT_FOUND);
  });

  it("resolves names that are Object.prototype keys as plain names", () => {
    const driver = new Driver();
    for (const SecretId of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      expect(failingCall(driver, "DescribeSecret", { SecretId })).toEqual(SECRET_NOT_FOUND);
      driver.ok("CreateSecret", { Name: SecretId });
      expect(driver.ok("DescribeSecret", { SecretId }).Name).toBe(SecretId);
    }
  });

  it("accepts '!' in a SecretId that is a name (service-managed secrets use it)", () => {
    const driver = new Driver();
    expect(failingCall(driver, "DescribeSecret", { SecretId: "rds!cluster-1" })).toEqual(SECRET_NOT_FOUND);
  });
});
