import { describe, expect, it } from "vitest";
import { parsePolicy, policySyntaxProblems, type PolicyDocument } from "../../../src/core/rules/policy-document.ts";

const READ = { Effect: "Allow", Principal: { AWS: "arn:aws:iam::123456789012:root" }, Action: "secretsmanager:GetSecretValue", Resource: "*" };
const doc = (...statements: unknown[]): PolicyDocument => ({ Version: "2012-10-17", Statement: statements });

describe("parsePolicy", () => {
  it("accepts a JSON object and nothing else", () => {
    expect(parsePolicy('{"Statement": []}')).toEqual({ Statement: [] });
    for (const text of ["", "{", "null", "[]", "1", '"x"']) expect(parsePolicy(text)).toBeUndefined();
  });
});

describe("policySyntaxProblems", () => {
  it("finds none in a policy for one account", () => {
    expect(policySyntaxProblems(doc(READ))).toEqual([]);
  });

  it("accepts Version 2008-10-17, no Version, one statement not in a list, and an Id", () => {
    expect(policySyntaxProblems({ Version: "2008-10-17", Statement: [READ] })).toEqual([]);
    expect(policySyntaxProblems({ Statement: READ, Id: "policy-1" })).toEqual([]);
  });

  it("accepts NotAction, NotPrincipal, NotResource, lists of actions, a Sid and a Condition", () => {
    const statement = {
      Sid: "Deny",
      Effect: "Deny",
      NotPrincipal: { AWS: ["arn:aws:iam::123456789012:root"], Service: "lambda.amazonaws.com" },
      NotAction: ["secretsmanager:DescribeSecret", "secretsmanager:ListSecrets"],
      NotResource: "arn:aws:secretsmanager:*:*:secret:other",
      Condition: { StringEquals: { "aws:PrincipalAccount": "123456789012" } },
    };
    expect(policySyntaxProblems(doc(statement))).toEqual([]);
  });

  it("refuses an unknown Version, an unknown element and a missing or empty Statement", () => {
    expect(policySyntaxProblems({ Version: "2019-10-19", Statement: [READ] })).toEqual(["The policy Version must be 2012-10-17 or 2008-10-17."]);
    expect(policySyntaxProblems({ Statement: [READ], Extra: 1 })).toEqual(["The policy has an unknown element Extra."]);
    expect(policySyntaxProblems({ Version: "2012-10-17" })).toEqual(["The policy must contain at least one Statement."]);
    expect(policySyntaxProblems(doc())).toEqual(["The policy must contain at least one Statement."]);
  });

  it("refuses a statement that is not an object, or has an unknown element", () => {
    expect(policySyntaxProblems(doc("x"))).toEqual(["Statement 1 is not a JSON object."]);
    expect(policySyntaxProblems(doc(READ, { ...READ, Actions: "x" }))).toEqual(["Statement 2 has an unknown element Actions."]);
  });

  it("requires Effect Allow or Deny, exactly one of Action or NotAction, exactly one of Principal or NotPrincipal", () => {
    expect(policySyntaxProblems(doc({ ...READ, Effect: "allow" }))).toEqual(["Statement 1 must have Effect Allow or Deny."]);
    expect(policySyntaxProblems(doc({ ...READ, NotAction: "x" }))).toEqual(["Statement 1 must contain exactly one of Action or NotAction."]);
    expect(policySyntaxProblems(doc({ ...READ, Principal: undefined }))).toEqual([
      "Statement 1 must contain exactly one of Principal or NotPrincipal.",
    ]);
    expect(policySyntaxProblems(doc({ ...READ, NotPrincipal: "*" }))).toEqual([
      "Statement 1 must contain exactly one of Principal or NotPrincipal.",
    ]);
  });

  it("refuses malformed values of Action, Principal, Resource, Sid and Condition", () => {
    expect(policySyntaxProblems(doc({ ...READ, Action: [] }))).toEqual(["Statement 1 has an invalid Action."]);
    expect(policySyntaxProblems(doc({ ...READ, Action: 3 }))).toEqual(["Statement 1 has an invalid Action."]);
    expect(policySyntaxProblems(doc({ ...READ, Principal: { Users: "x" } }))).toEqual(["Statement 1 has an invalid Principal."]);
    expect(policySyntaxProblems(doc({ ...READ, Principal: "someone" }))).toEqual(["Statement 1 has an invalid Principal."]);
    expect(policySyntaxProblems(doc({ ...READ, Resource: ["*", 1] }))).toEqual(["Statement 1 has an invalid Resource."]);
    expect(policySyntaxProblems(doc({ ...READ, Sid: 1 }))).toEqual(["Statement 1 has an invalid Sid."]);
    expect(policySyntaxProblems(doc({ ...READ, Condition: { StringEquals: "x" } }))).toEqual(["Statement 1 has an invalid Condition."]);
    expect(policySyntaxProblems(doc({ ...READ, NotResource: "*" }))).toEqual(["Statement 1 can't contain both Resource and NotResource."]);
  });
});
