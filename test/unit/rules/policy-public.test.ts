import { describe, expect, it } from "vitest";
import { grantsBroadAccess, isPublicPolicy } from "../../../src/core/rules/policy-public.ts";

const READ = { Effect: "Allow", Principal: { AWS: "arn:aws:iam::123456789012:root" }, Action: "secretsmanager:GetSecretValue", Resource: "*" };

describe("grantsBroadAccess", () => {
  it("is true for an Allow to Principal \"*\", to {AWS: \"*\"}, or to a list of AWS principals holding \"*\"", () => {
    expect(grantsBroadAccess({ ...READ, Principal: "*" })).toBe(true);
    expect(grantsBroadAccess({ ...READ, Principal: { AWS: "*" } })).toBe(true);
    expect(grantsBroadAccess({ ...READ, Principal: { AWS: ["arn:aws:iam::123456789012:root", "*"] } })).toBe(true);
  });

  it("is true for an Allow to everyone but a NotPrincipal", () => {
    expect(grantsBroadAccess({ ...READ, Principal: undefined, NotPrincipal: { AWS: "arn:aws:iam::123456789012:root" } })).toBe(true);
  });

  it("is false for a named principal, a Deny, a Condition, or a wildcard only inside a Service principal", () => {
    expect(grantsBroadAccess(READ)).toBe(false);
    expect(grantsBroadAccess({ ...READ, Effect: "Deny", Principal: "*" })).toBe(false);
    expect(grantsBroadAccess({ ...READ, Principal: "*", Condition: { Bool: { "aws:SecureTransport": "true" } } })).toBe(false);
    expect(grantsBroadAccess({ ...READ, Principal: { Service: "*" } })).toBe(false);
  });
});

describe("isPublicPolicy", () => {
  it("is true when any one statement grants broad access", () => {
    expect(isPublicPolicy({ Statement: [READ, { ...READ, Principal: "*" }] })).toBe(true);
    expect(isPublicPolicy({ Statement: { ...READ, Principal: "*" } })).toBe(true);
    expect(isPublicPolicy({ Statement: [READ] })).toBe(false);
  });
});
