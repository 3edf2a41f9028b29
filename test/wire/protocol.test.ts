// Emulator.handle speaking AWS JSON 1.1: request and response shapes (docs/semantics/wire.md).
import { describe, expect, it } from "vitest";
import { authorization, bodyOf, fixedEmulator, ok, post, T0, TOKEN_1, TOKEN_2 } from "../support/wire.ts";

describe("AWS JSON 1.1 responses", () => {
  it("CreateSecret answers 200 in application/x-amz-json-1.1 with a request id", () => {
    const response = fixedEmulator().handle(post("CreateSecret", { Name: "db", SecretString: "pw", ClientRequestToken: TOKEN_1 })).response;
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("application/x-amz-json-1.1");
    expect(response.headers["x-amzn-requestid"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(bodyOf(response)).toEqual({
      ARN: expect.stringMatching(/^arn:aws:secretsmanager:us-east-1:000000000000:secret:db-[A-Za-z0-9]{6}$/),
      Name: "db",
      VersionId: TOKEN_1,
    });
  });

  it("CreateSecret without a value omits VersionId rather than sending null", () => {
    const body = ok(fixedEmulator(), "CreateSecret", { Name: "empty" });
    expect(Object.keys(body).sort()).toEqual(["ARN", "Name"]);
  });

  it("DescribeSecret writes dates as epoch seconds with milliseconds", () => {
    const emulator = fixedEmulator();
    ok(emulator, "CreateSecret", { Name: "dated", SecretString: "v", ClientRequestToken: TOKEN_1 });
    const described = ok(emulator, "DescribeSecret", { SecretId: "dated" });
    expect(described.CreatedDate).toBe(T0 / 1000);
    expect(described.LastChangedDate).toBe(1767323045.678);
    expect(described.VersionIdsToStages).toEqual({ [TOKEN_1]: ["AWSCURRENT"] });
    expect(described).not.toHaveProperty("DeletedDate");
  });

  it("GetSecretValue sets LastAccessedDate, written as midnight UTC in epoch seconds", () => {
    const emulator = fixedEmulator();
    ok(emulator, "CreateSecret", { Name: "read", SecretString: "v", ClientRequestToken: TOKEN_1 });
    expect(ok(emulator, "GetSecretValue", { SecretId: "read" }).CreatedDate).toBe(T0 / 1000);
    expect(ok(emulator, "DescribeSecret", { SecretId: "read" }).LastAccessedDate).toBe(Date.UTC(2026, 0, 2) / 1000);
  });

  it("SecretBinary travels as base64 both ways and comes back canonical and padded", () => {
    const emulator = fixedEmulator();
    ok(emulator, "CreateSecret", { Name: "bin", SecretBinary: "AAEC/w", ClientRequestToken: TOKEN_1 });
    const value = ok(emulator, "GetSecretValue", { SecretId: "bin" });
    expect(value.SecretBinary).toBe("AAEC/w==");
    expect(value).not.toHaveProperty("SecretString");
  });

  it("members the API model does not declare are ignored, and null members are taken as absent", () => {
    const emulator = fixedEmulator();
    ok(emulator, "CreateSecret", { Name: "x", SecretString: "v", ClientRequestToken: TOKEN_1, Bogus: 1 });
    const put = ok(emulator, "PutSecretValue", {
      SecretId: "x",
      SecretString: "w",
      ClientRequestToken: TOKEN_2,
      SecretBinary: null,
      VersionStages: null,
    });
    expect(put.VersionStages).toEqual(["AWSCURRENT"]);
  });

  it.each([
    ["TagResource", { SecretId: "t", Tags: [{ Key: "k", Value: "v" }] }],
    ["UntagResource", { SecretId: "t", TagKeys: ["k"] }],
  ])("%s, which has no output shape, answers HTTP 200 with an empty body, as AWS does", (operation, request) => {
    const emulator = fixedEmulator();
    ok(emulator, "CreateSecret", { Name: "t" });
    const response = emulator.handle(post(operation, request)).response;
    expect([response.status, response.body]).toEqual([200, ""]);
    expect(response.headers["content-type"]).toBe("application/x-amz-json-1.1");
  });

  it("an empty body is read as an empty object", () => {
    const response = fixedEmulator().handle(post("ListSecrets", "")).response;
    expect(response.status).toBe(200);
    expect(bodyOf(response).SecretList).toEqual([]);
  });
});

describe("AWS JSON 1.1 errors", () => {
  it("ResourceNotFoundException is HTTP 400 with __type and Message", () => {
    const response = fixedEmulator().handle(post("GetSecretValue", { SecretId: "nope" })).response;
    expect(response.status).toBe(400);
    expect(bodyOf(response)).toEqual({ __type: "ResourceNotFoundException", Message: "Secrets Manager can't find the specified secret." });
    expect(response.headers["x-amzn-errortype"]).toBe("ResourceNotFoundException");
  });

  it("ValidationException is written with a lower-case message key", () => {
    const response = fixedEmulator().handle(post("GetSecretValue", {})).response;
    expect(response.status).toBe(400);
    expect(bodyOf(response)).toEqual({
      __type: "ValidationException",
      message: "1 validation error detected: Value null at 'secretId' failed to satisfy constraint: Member must not be null",
    });
  });
});

describe("the caller's region and account", () => {
  it("the region comes from the Authorization header's credential scope, us-east-1 without one", () => {
    const emulator = fixedEmulator();
    const west = ok(emulator, "CreateSecret", { Name: "r" }, { authorization: authorization("AKID", "us-west-2") });
    expect(west.ARN).toContain(":us-west-2:");
    expect(emulator.handle(post("DescribeSecret", { SecretId: "r" })).response.status).toBe(400);
    const east = ok(emulator, "CreateSecret", { Name: "r" });
    expect(east.ARN).toContain(":us-east-1:");
  });

  it("a credential scope whose region cannot be part of an ARN falls back to the default region", () => {
    const emulator = fixedEmulator({ defaultRegion: "eu-north-1" });
    const created = ok(emulator, "CreateSecret", { Name: "r" }, { authorization: authorization("AKID", "US:EAST") });
    expect(created.ARN).toContain(":eu-north-1:");
  });

  it("an access key mapped to an account files its secrets under that account only", () => {
    const emulator = fixedEmulator({ accounts: { AKIDONE: "111111111111" }, defaultAccountId: "999999999999" });
    const one = authorization("AKIDONE", "eu-west-1");
    const created = ok(emulator, "CreateSecret", { Name: "acct" }, { authorization: one });
    expect(created.ARN).toBe(created.ARN.replace(/:\d{12}:/, ":111111111111:"));
    const other = emulator.handle(post("DescribeSecret", { SecretId: "acct" }, { authorization: authorization("AKIDTWO", "eu-west-1") })).response;
    expect(bodyOf(other).__type).toBe("ResourceNotFoundException");
    expect(Object.keys(emulator.exportState().accounts)).toEqual(["111111111111"]);
  });
});
