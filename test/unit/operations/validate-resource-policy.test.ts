import { describe, expect, it } from "vitest";
import {
  ACCOUNT_READS,
  EVERYONE_READS,
  expectRefused,
  INVALID_SYNTAX,
  MARKED_FOR_DELETION,
  NOT_FOUND,
  policy,
  withDeletedSecret,
  withSecret,
} from "./lifecycle-fixtures.ts";

describe("ValidateResourcePolicy", () => {
  it("passes a policy for one account with no errors and changes nothing", () => {
    const { driver } = withSecret();
    const before = driver.state;
    const result = driver.call("ValidateResourcePolicy", { SecretId: "app/db", ResourcePolicy: policy(ACCOUNT_READS) });
    expect(result).toEqual({ ok: true, state: before, response: { PolicyValidationPassed: true, ValidationErrors: [] } });
    expect(result.state).toBe(before);
  });

  it("works without a SecretId", () => {
    const { driver } = withSecret();
    expect(driver.ok("ValidateResourcePolicy", { ResourcePolicy: policy(ACCOUNT_READS) }).PolicyValidationPassed).toBe(true);
  });

  it("fails validation for a policy that grants everyone access, whatever BlockPublicPolicy", () => {
    const { driver } = withSecret();
    expect(driver.ok("ValidateResourcePolicy", { ResourcePolicy: policy(EVERYONE_READS) })).toEqual({
      PolicyValidationPassed: false,
      ValidationErrors: [
        {
          CheckName: "BROAD_ACCESS_CHECK",
          ErrorMessage: "The policy grants broad access to the secret: it allows a wildcard principal without a condition.",
        },
      ],
    });
  });

  it("fails validation with one syntax entry per problem of a JSON document", () => {
    const { driver } = withSecret();
    const text = policy({ Effect: "Maybe", Principal: "*", Resource: "*" });
    expect(driver.ok("ValidateResourcePolicy", { ResourcePolicy: text })).toEqual({
      PolicyValidationPassed: false,
      ValidationErrors: [
        { CheckName: "SYNTAX_CHECK", ErrorMessage: "Statement 1 must have Effect Allow or Deny." },
        { CheckName: "SYNTAX_CHECK", ErrorMessage: "Statement 1 must contain exactly one of Action or NotAction." },
      ],
    });
  });

  it("with text that is not a JSON object fails with MalformedPolicyDocumentException", () => {
    const { driver } = withSecret();
    const before = driver.state;
    expectRefused(driver.call("ValidateResourcePolicy", { ResourcePolicy: "{" }), before, "MalformedPolicyDocumentException", INVALID_SYNTAX);
  });

  it("without ResourcePolicy fails with ValidationException", () => {
    const { driver } = withSecret();
    const before = driver.state;
    const message = "1 validation error detected: Value null at 'resourcePolicy' failed to satisfy constraint: Member must not be null";
    expectRefused(driver.call("ValidateResourcePolicy", {} as never), before, "ValidationException", message);
  });

  it("with the SecretId of a secret that does not exist fails with ResourceNotFoundException", () => {
    const { driver } = withSecret();
    const before = driver.state;
    const result = driver.call("ValidateResourcePolicy", { SecretId: "ghost", ResourcePolicy: policy(ACCOUNT_READS) });
    expectRefused(result, before, "ResourceNotFoundException", NOT_FOUND);
  });

  it("with the SecretId of a secret scheduled for deletion fails with InvalidRequestException", () => {
    const { driver } = withDeletedSecret();
    const before = driver.state;
    const result = driver.call("ValidateResourcePolicy", { SecretId: "app/db", ResourcePolicy: policy(ACCOUNT_READS) });
    expectRefused(result, before, "InvalidRequestException", MARKED_FOR_DELETION);
  });
});
