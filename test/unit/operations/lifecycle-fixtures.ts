// Shared set-up for the deletion, tag and policy tests.
import { expect } from "vitest";
import { Driver, type Result, type State } from "../../../src/index.ts";

export const MARKED_FOR_DELETION = "You can't perform this operation on the secret because it was marked for deletion.";
export const NOT_FOUND = "Secrets Manager can't find the specified secret.";
export const INVALID_SYNTAX = "This policy has invalid syntax.";
export const START = Date.UTC(2026, 0, 1);
export const DAY = 24 * 60 * 60 * 1000;

/** A driver holding one secret with one value. */
export function withSecret(name = "app/db", value = "v1") {
  const driver = new Driver({ now: START });
  const token = driver.token();
  const created = driver.ok("CreateSecret", { Name: name, SecretString: value, ClientRequestToken: token });
  return { driver, arn: created.ARN, token };
}

/** A driver holding one secret scheduled for deletion. */
export function withDeletedSecret(name = "app/db") {
  const fixture = withSecret(name);
  fixture.driver.ok("DeleteSecret", { SecretId: name });
  return fixture;
}

/** A failed call: AWS's code and exact message, and the very same state object. */
export function expectRefused(result: Result<unknown>, before: State, code: string, message: string): void {
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error).toEqual({ code, message });
  expect(result.state).toBe(before);
}

export function policy(...statements: object[]): string {
  return JSON.stringify({ Version: "2012-10-17", Statement: statements });
}

export const ACCOUNT_READS = {
  Effect: "Allow",
  Principal: { AWS: "arn:aws:iam::123456789012:root" },
  Action: "secretsmanager:GetSecretValue",
  Resource: "*",
};

export const EVERYONE_READS = { ...ACCOUNT_READS, Principal: "*" };
