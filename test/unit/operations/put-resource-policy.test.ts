import { describe, expect, it } from "vitest";
import {
  ACCOUNT_READS,
  DAY,
  EVERYONE_READS,
  expectRefused,
  INVALID_SYNTAX,
  MARKED_FOR_DELETION,
  NOT_FOUND,
  policy,
  START,
  withDeletedSecret,
  withSecret,
} from "./lifecycle-fixtures.ts";

const PUBLIC =
  "The BlockPublicPolicy parameter is set to true, and the resource policy did not prevent broad access to the secret.";

describe("PutResourcePolicy", () => {
  it("attaches the policy, answers ARN and Name, and GetResourcePolicy returns the text as sent", () => {
    const { driver, arn } = withSecret();
    const text = policy(ACCOUNT_READS);
    expect(driver.ok("PutResourcePolicy", { SecretId: "app/db", ResourcePolicy: text })).toEqual({ ARN: arn, Name: "app/db" });
    expect(driver.ok("GetResourcePolicy", { SecretId: "app/db" })).toEqual({ ARN: arn, Name: "app/db", ResourcePolicy: text });
  });

  it("replaces an attached policy and sets LastChangedDate", () => {
    const { driver } = withSecret();
    driver.ok("PutResourcePolicy", { SecretId: "app/db", ResourcePolicy: policy(ACCOUNT_READS) });
    driver.advance(DAY);
    const second = policy({ ...ACCOUNT_READS, Effect: "Deny" });
    driver.ok("PutResourcePolicy", { SecretId: "app/db", ResourcePolicy: second });
    expect(driver.ok("GetResourcePolicy", { SecretId: "app/db" }).ResourcePolicy).toBe(second);
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).LastChangedDate).toBe(START + DAY);
  });

  it("with the policy already attached changes nothing and returns the same state", () => {
    const { driver } = withSecret();
    driver.ok("PutResourcePolicy", { SecretId: "app/db", ResourcePolicy: policy(ACCOUNT_READS) });
    const before = driver.state;
    expect(driver.call("PutResourcePolicy", { SecretId: "app/db", ResourcePolicy: policy(ACCOUNT_READS) }).state).toBe(before);
  });

  it.each([
    ["text that is not JSON", "{not json"],
    ["a JSON array", "[]"],
    ["a JSON string", '"policy"'],
    ["an unknown Version", JSON.stringify({ Version: "2019-10-19", Statement: [ACCOUNT_READS] })],
    ["no Statement", JSON.stringify({ Version: "2012-10-17" })],
    ["a statement without Effect", policy({ ...ACCOUNT_READS, Effect: undefined })],
    ["a statement without Principal", policy({ ...ACCOUNT_READS, Principal: undefined })],
  ])("with %s fails with MalformedPolicyDocumentException", (_, text) => {
    const { driver } = withSecret();
    const before = driver.state;
    expectRefused(driver.call("PutResourcePolicy", { SecretId: "app/db", ResourcePolicy: text }), before, "MalformedPolicyDocumentException", INVALID_SYNTAX);
  });

  it.each([
    ["Principal \"*\"", EVERYONE_READS],
    ["Principal {\"AWS\": \"*\"}", { ...ACCOUNT_READS, Principal: { AWS: "*" } }],
    ["Principal {\"AWS\": [\"*\"]}", { ...ACCOUNT_READS, Principal: { AWS: ["arn:aws:iam::123456789012:root", "*"] } }],
  ])("with BlockPublicPolicy and an Allow for %s fails with PublicPolicyException", (_, statement) => {
    const { driver } = withSecret();
    const before = driver.state;
    const result = driver.call("PutResourcePolicy", { SecretId: "app/db", ResourcePolicy: policy(statement), BlockPublicPolicy: true });
    expectRefused(result, before, "PublicPolicyException", PUBLIC);
  });

  it("with BlockPublicPolicy accepts a wildcard principal restricted by a Condition", () => {
    const { driver } = withSecret();
    const statement = { ...EVERYONE_READS, Condition: { StringEquals: { "aws:PrincipalAccount": "123456789012" } } };
    expect(driver.call("PutResourcePolicy", { SecretId: "app/db", ResourcePolicy: policy(statement), BlockPublicPolicy: true }).ok).toBe(true);
  });

  it("with BlockPublicPolicy accepts a Deny for everyone", () => {
    const { driver } = withSecret();
    const statement = { ...EVERYONE_READS, Effect: "Deny" };
    expect(driver.call("PutResourcePolicy", { SecretId: "app/db", ResourcePolicy: policy(statement), BlockPublicPolicy: true }).ok).toBe(true);
  });

  it("without BlockPublicPolicy attaches a policy that grants everyone access (AWS doc: not blocked by default)", () => {
    const { driver } = withSecret();
    driver.ok("PutResourcePolicy", { SecretId: "app/db", ResourcePolicy: policy(EVERYONE_READS) });
    expect(driver.ok("GetResourcePolicy", { SecretId: "app/db" }).ResourcePolicy).toBe(policy(EVERYONE_READS));
  });

  it("with a policy over 20480 characters fails with ValidationException", () => {
    const { driver } = withSecret();
    const before = driver.state;
    const text = " ".repeat(20481);
    const message = `1 validation error detected: Value '${text}' at 'resourcePolicy' failed to satisfy constraint: Member must have length less than or equal to 20480`;
    expectRefused(driver.call("PutResourcePolicy", { SecretId: "app/db", ResourcePolicy: text }), before, "ValidationException", message);
  });

  it("on a secret scheduled for deletion fails with InvalidRequestException", () => {
    const { driver } = withDeletedSecret();
    const before = driver.state;
    const result = driver.call("PutResourcePolicy", { SecretId: "app/db", ResourcePolicy: policy(ACCOUNT_READS) });
    expectRefused(result, before, "InvalidRequestException", MARKED_FOR_DELETION);
  });

  it("on a secret that does not exist fails with ResourceNotFoundException", () => {
    const { driver } = withSecret();
    const before = driver.state;
    const result = driver.call("PutResourcePolicy", { SecretId: "ghost", ResourcePolicy: policy(ACCOUNT_READS) });
    expectRefused(result, before, "ResourceNotFoundException", NOT_FOUND);
  });
});
