import { describe, expect, it } from "vitest";
import { isArn, isValidSecretId, isValidSecretName } from "../../../src/core/validate/names.ts";

describe("Secret names (AWS doc: ASCII letters, numbers, or /_+=.@-)", () => {
  it.each(["a", "app/db", "A-Z_0.9+x=y@z", "/leading/slash", "trailing-"])("accepts %j", (name) => {
    expect(isValidSecretName(name)).toBe(true);
  });

  it.each(["", "has space", "bang!", "star*", "q?", "tab\t", "é", "a\\b", "semi;colon"])("refuses %j", (name) => {
    expect(isValidSecretName(name)).toBe(false);
  });
});

describe("SecretIds", () => {
  it("accept '!' in a name, as service-managed secrets have it", () => {
    expect(isValidSecretId("rds!cluster-abc")).toBe(true);
    expect(isValidSecretName("rds!cluster-abc")).toBe(false);
  });

  it("accept any ARN: ARNs are checked by lookup", () => {
    expect(isArn("arn:aws:secretsmanager:us-east-1:1:secret:x y")).toBe(true);
    expect(isValidSecretId("arn:aws:secretsmanager:us-east-1:1:secret:x y")).toBe(true);
  });

  it.each(["Inv Name", " Inv*Name? ", " Inv *?!]Name\\-", ""])("refuse %j", (id) => {
    expect(isValidSecretId(id)).toBe(false);
  });
});
