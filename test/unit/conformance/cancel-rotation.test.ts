// Conformance of CancelRotateSecret with docs/semantics/rotation.md#cancelrotatesecret and the API model's
// DescribeSecret documentation (LastRotatedDate, NextRotationDate).
import { describe, expect, it } from "vitest";
import { runRotation, singleUserRotation } from "../../../src/index.ts";
import { LAMBDA_ARN, hostOf, secretWithValue } from "../../rotation/support.ts";

async function rotatedOnce() {
  const { driver, arn } = secretWithValue();
  driver.ok("RotateSecret", {
    SecretId: "app/db",
    ClientRequestToken: driver.token(),
    RotationLambdaARN: LAMBDA_ARN,
    RotationRules: { AutomaticallyAfterDays: 10 },
  });
  await runRotation(hostOf(driver), singleUserRotation(), arn);
  return { driver, arn };
}

describe("CancelRotateSecret", () => {
  it("DescribeSecret of a secret whose rotation was turned off returns no LastRotatedDate", async () => {
    const { driver } = await rotatedOnce();
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).LastRotatedDate).toBe(driver.now);
    driver.ok("CancelRotateSecret", { SecretId: "app/db" });
    const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
    expect(described.RotationEnabled).toBe(false);
    expect(described).not.toHaveProperty("LastRotatedDate");
    expect(described).not.toHaveProperty("NextRotationDate");
  });

  it("ListSecrets shows the cancelled secret without LastRotatedDate or NextRotationDate", async () => {
    const { driver } = await rotatedOnce();
    driver.ok("CancelRotateSecret", { SecretId: "app/db" });
    const [entry] = driver.ok("ListSecrets", {}).SecretList;
    expect(entry).toMatchObject({ Name: "app/db", RotationEnabled: false, RotationRules: { AutomaticallyAfterDays: 10 } });
    expect(entry).not.toHaveProperty("LastRotatedDate");
    expect(entry).not.toHaveProperty("NextRotationDate");
  });

  it("CancelRotateSecret a second time changes nothing: the same state object", async () => {
    const { driver } = await rotatedOnce();
    driver.ok("CancelRotateSecret", { SecretId: "app/db" });
    const before = driver.state;
    driver.ok("CancelRotateSecret", { SecretId: "app/db" });
    expect(driver.state).toBe(before);
  });

  it("RotateSecret after CancelRotateSecret sets LastRotatedDate again when the rotation completes", async () => {
    const { driver, arn } = await rotatedOnce();
    driver.ok("CancelRotateSecret", { SecretId: "app/db" });
    driver.advance(60_000);
    driver.ok("RotateSecret", { SecretId: "app/db", ClientRequestToken: driver.token() });
    await runRotation(hostOf(driver), singleUserRotation(), arn);
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).LastRotatedDate).toBe(driver.now);
  });
});
