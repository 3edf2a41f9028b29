import { describe, expect, it } from "vitest";
import { DAY_MS, startOfUtcDay, versionById } from "../../../src/index.ts";
import { failingCall, SECRET_NOT_FOUND, MARKED_FOR_DELETION } from "../support/failing-call.ts";
import { scheduleDeletion, secretOf } from "../support/secret-state.ts";
import { driverWith } from "./list-secrets-fixture.ts";

describe("BatchGetSecretValue with SecretIdList", () => {
  it("answers the AWSCURRENT value of each secret, as GetSecretValue does, with no Errors", () => {
    const driver = driverWith(["one", "two"]);
    const answer = driver.ok("BatchGetSecretValue", { SecretIdList: ["two", "one"] });
    const two = secretOf(driver, "two");
    expect(answer.Errors).toEqual([]);
    expect(answer).not.toHaveProperty("NextToken");
    expect(answer.SecretValues.map((value) => value.Name)).toEqual(["two", "one"]);
    expect(answer.SecretValues[0]).toEqual({
      ARN: two.ARN,
      Name: "two",
      VersionId: two.labels["AWSCURRENT"],
      SecretString: "value of two",
      VersionStages: ["AWSCURRENT"],
      CreatedDate: versionById(two.versions, two.labels["AWSCURRENT"]!)!.CreatedDate,
    });
  });

  it("finds a secret by its ARN", () => {
    const driver = driverWith(["one"]);
    const { ARN } = secretOf(driver, "one");
    expect(driver.ok("BatchGetSecretValue", { SecretIdList: [ARN] }).SecretValues[0]?.Name).toBe("one");
  });

  it("answers the value after an update, not the AWSPREVIOUS one", () => {
    const driver = driverWith(["one"]);
    driver.ok("PutSecretValue", { SecretId: "one", SecretString: "new", ClientRequestToken: driver.token() });
    expect(driver.ok("BatchGetSecretValue", { SecretIdList: ["one"] }).SecretValues[0]?.SecretString).toBe("new");
  });

  it("answers a binary secret as base64 SecretBinary", () => {
    const driver = driverWith([]);
    driver.ok("CreateSecret", { Name: "bin", SecretBinary: "AAEC/w==", ClientRequestToken: driver.token() });
    const [value] = driver.ok("BatchGetSecretValue", { SecretIdList: ["bin"] }).SecretValues;
    expect(value?.SecretBinary).toBe("AAEC/w==");
    expect(value).not.toHaveProperty("SecretString");
  });

  it("reports a missing secret, a secret marked for deletion and a secret without value in Errors, and reads the rest", () => {
    const driver = driverWith(["ok", "deleted", { Name: "empty", value: false }]);
    scheduleDeletion(driver, "deleted");
    const answer = driver.ok("BatchGetSecretValue", { SecretIdList: ["missing", "ok", "deleted", "empty"] });
    expect(answer.SecretValues.map((value) => value.Name)).toEqual(["ok"]);
    expect(answer.Errors).toEqual([
      { SecretId: "missing", ErrorCode: SECRET_NOT_FOUND.code, Message: SECRET_NOT_FOUND.message },
      { SecretId: "deleted", ErrorCode: MARKED_FOR_DELETION.code, Message: MARKED_FOR_DELETION.message },
      {
        SecretId: "empty",
        ErrorCode: "ResourceNotFoundException",
        Message: "Secrets Manager can't find the specified secret value for staging label: AWSCURRENT",
      },
    ]);
  });

  it("sets LastAccessedDate on each secret read and its version, to the day", () => {
    const driver = driverWith(["one", "two"]);
    driver.advance(DAY_MS + 1234);
    driver.ok("BatchGetSecretValue", { SecretIdList: ["one", "missing"] });
    const one = secretOf(driver, "one");
    expect(one.LastAccessedDate).toBe(startOfUtcDay(driver.now));
    expect(versionById(one.versions, one.labels["AWSCURRENT"]!)?.LastAccessedDate).toBe(startOfUtcDay(driver.now));
    expect(secretOf(driver, "two").LastAccessedDate).toBeUndefined();
  });

  it("leaves the state object as it was when every secret was already read today", () => {
    const driver = driverWith(["one"]);
    driver.ok("BatchGetSecretValue", { SecretIdList: ["one"] });
    const before = driver.state;
    driver.ok("BatchGetSecretValue", { SecretIdList: ["one"] });
    expect(driver.state).toBe(before);
  });

  it("refuses a NextToken with SecretIdList: it never issues one", () => {
    const driver = driverWith(["one"]);
    expect(failingCall(driver, "BatchGetSecretValue", { SecretIdList: ["one"], NextToken: "x" }).code).toBe(
      "InvalidNextTokenException",
    );
  });
});

describe("BatchGetSecretValue with Filters", () => {
  it("answers the values of the secrets the filters list, oldest first", () => {
    const driver = driverWith(["app/b", "db/a", "app/a"]);
    const answer = driver.ok("BatchGetSecretValue", { Filters: [{ Key: "name", Values: ["app/"] }] });
    expect(answer.SecretValues.map((value) => [value.Name, value.SecretString])).toEqual([
      ["app/b", "value of app/b"],
      ["app/a", "value of app/a"],
    ]);
    expect(answer.Errors).toEqual([]);
  });

  it("pages with MaxResults and NextToken", () => {
    const driver = driverWith(["s1", "s2", "s3"]);
    const Filters = [{ Key: "name", Values: ["s"] }];
    const first = driver.ok("BatchGetSecretValue", { Filters, MaxResults: 2 });
    expect(first.SecretValues.map((value) => value.Name)).toEqual(["s1", "s2"]);
    const second = driver.ok("BatchGetSecretValue", { Filters, MaxResults: 2, NextToken: first.NextToken! });
    expect(second.SecretValues.map((value) => value.Name)).toEqual(["s3"]);
    expect(second).not.toHaveProperty("NextToken");
  });

  it("sets LastAccessedDate on the secrets it reads", () => {
    const driver = driverWith(["s1", "other"]);
    driver.ok("BatchGetSecretValue", { Filters: [{ Key: "name", Values: ["s"] }] });
    expect(secretOf(driver, "s1").LastAccessedDate).toBe(startOfUtcDay(driver.now));
    expect(secretOf(driver, "other").LastAccessedDate).toBeUndefined();
  });

  it("does not read secrets scheduled for deletion", () => {
    const driver = driverWith(["s1", "s2"]);
    scheduleDeletion(driver, "s1");
    const answer = driver.ok("BatchGetSecretValue", { Filters: [{ Key: "name", Values: ["s"] }] });
    expect(answer.SecretValues.map((value) => value.Name)).toEqual(["s2"]);
    expect(answer.Errors).toEqual([]);
  });

  it("reports a listed secret without a value in Errors under its name", () => {
    const driver = driverWith([{ Name: "s-empty", value: false }]);
    const answer = driver.ok("BatchGetSecretValue", { Filters: [{ Key: "name", Values: ["s"] }] });
    expect(answer.SecretValues).toEqual([]);
    expect(answer.Errors.map((error) => [error.SecretId, error.ErrorCode])).toEqual([["s-empty", "ResourceNotFoundException"]]);
  });

  it("refuses a NextToken of ListSecrets", () => {
    const driver = driverWith(["s1", "s2"]);
    const Filters = [{ Key: "name", Values: ["s"] }];
    const { NextToken } = driver.ok("ListSecrets", { Filters, MaxResults: 1 });
    expect(failingCall(driver, "BatchGetSecretValue", { Filters, NextToken: NextToken! }).code).toBe(
      "InvalidNextTokenException",
    );
  });
});

describe("BatchGetSecretValue request rules", () => {
  it("with both SecretIdList and Filters fails with InvalidParameterException", () => {
    const driver = driverWith(["one"]);
    expect(
      failingCall(driver, "BatchGetSecretValue", { SecretIdList: ["one"], Filters: [{ Key: "name", Values: ["o"] }] }),
    ).toEqual({
      code: "InvalidParameterException",
      message: "Either 'SecretIdList' or 'Filters' must be provided, but not both.",
    });
  });

  it("with neither SecretIdList nor Filters fails with InvalidParameterException", () => {
    const driver = driverWith(["one"]);
    expect(failingCall(driver, "BatchGetSecretValue", {}).code).toBe("InvalidParameterException");
  });

  it("with MaxResults and SecretIdList fails with InvalidParameterException", () => {
    const driver = driverWith(["one"]);
    expect(failingCall(driver, "BatchGetSecretValue", { SecretIdList: ["one"], MaxResults: 5 })).toEqual({
      code: "InvalidParameterException",
      message: "'Filters' not specified. 'Filters' must also be specified when 'MaxResults' is provided.",
    });
  });

  it("with 21 ids fails with ValidationException", () => {
    const driver = driverWith(["one"]);
    const SecretIdList = Array.from({ length: 21 }, (_, i) => `id${i}`);
    const error = failingCall(driver, "BatchGetSecretValue", { SecretIdList });
    expect(error.code).toBe("ValidationException");
    expect(error.message).toContain("at 'secretIdList' failed to satisfy constraint: Member must have length less than or equal to 20");
  });

  it("with an empty id fails with ValidationException naming the list member constraint", () => {
    const driver = driverWith(["one"]);
    expect(failingCall(driver, "BatchGetSecretValue", { SecretIdList: ["one", ""] })).toEqual({
      code: "ValidationException",
      message:
        "1 validation error detected: Value '[one, ]' at 'secretIdList' failed to satisfy constraint: Member must satisfy constraint: " +
        "[Member must have length less than or equal to 2048, Member must have length greater than or equal to 1]",
    });
  });

  it("with MaxResults 21 fails with ValidationException", () => {
    const driver = driverWith(["one"]);
    expect(
      failingCall(driver, "BatchGetSecretValue", { Filters: [{ Key: "name", Values: ["o"] }], MaxResults: 21 }).message,
    ).toBe(
      "1 validation error detected: Value '21' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 20",
    );
  });
});
