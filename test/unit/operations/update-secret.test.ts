import { describe, expect, it } from "vitest";
import { Driver } from "../../../src/index.ts";

function secretWithValue(driver: Driver, value = "v1") {
  const token = driver.token();
  const created = driver.ok("CreateSecret", { Name: "app/db", SecretString: value, ClientRequestToken: token });
  return { created, token };
}

describe("UpdateSecret", () => {
  it("with a new value moves AWSCURRENT and tags the old version AWSPREVIOUS", () => {
    const driver = new Driver();
    const { token: first } = secretWithValue(driver);
    const second = driver.token();
    const updated = driver.ok("UpdateSecret", { SecretId: "app/db", SecretString: "v2", ClientRequestToken: second });
    expect(updated.VersionId).toBe(second);
    const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
    expect(described.VersionIdsToStages).toEqual({ [first]: ["AWSPREVIOUS"], [second]: ["AWSCURRENT"] });
    expect(driver.ok("GetSecretValue", { SecretId: "app/db" }).SecretString).toBe("v2");
  });

  it("with only a Description creates no version and answers without VersionId", () => {
    const driver = new Driver();
    const { token } = secretWithValue(driver);
    const before = driver.state;
    const updated = driver.ok("UpdateSecret", { SecretId: "app/db", Description: "the database" });
    expect(updated).toEqual({ ARN: expect.any(String), Name: "app/db" });
    expect(driver.state).not.toBe(before);
    const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
    expect(described.Description).toBe("the database");
    expect(described.VersionIdsToStages).toEqual({ [token]: ["AWSCURRENT"] });
  });

  it("with both SecretString and SecretBinary fails with InvalidParameterException and changes nothing", () => {
    const driver = new Driver();
    secretWithValue(driver);
    const before = driver.state;
    const result = driver.call("UpdateSecret", {
      SecretId: "app/db",
      SecretString: "x",
      SecretBinary: "eA==",
      ClientRequestToken: driver.token(),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("InvalidParameterException");
    expect(result.state).toBe(before);
  });
});
