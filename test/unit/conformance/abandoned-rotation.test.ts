import { describe, expect, it } from "vitest";
import { Driver } from "../../../src/index.ts";

const LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:rotate";

/** A secret whose rotation was started and never finished: AWSPENDING on a value-less stub. */
function abandonedRotation(withValue: boolean) {
  const driver = new Driver();
  driver.ok("CreateSecret", {
    Name: "db",
    ...(withValue && { SecretString: "v1" }),
    ClientRequestToken: driver.token(),
  });
  const stub = driver.token();
  driver.ok("RotateSecret", { SecretId: "db", ClientRequestToken: stub, RotationLambdaARN: LAMBDA });
  return { driver, stub };
}

describe("a value write after an abandoned rotation", () => {
  it("PutSecretValue that moves AWSCURRENT takes AWSPENDING off the abandoned stub, so RotateSecret works again", () => {
    const { driver, stub } = abandonedRotation(true);
    const other = driver.token();
    const blocked = driver.call("RotateSecret", { SecretId: "db", ClientRequestToken: other });
    expect(blocked.ok ? undefined : blocked.error.message).toBe(
      "A previous rotation isn't complete. That rotation will be reattempted.",
    );

    const written = driver.ok("PutSecretValue", { SecretId: "db", SecretString: "v2", ClientRequestToken: driver.token() });
    const stages = driver.ok("DescribeSecret", { SecretId: "db" }).VersionIdsToStages ?? {};
    expect(stages[stub]).toBeUndefined();
    expect(stages[written.VersionId]).toEqual(["AWSCURRENT"]);
    expect(driver.call("RotateSecret", { SecretId: "db", ClientRequestToken: driver.token() }).ok).toBe(true);
  });

  it("UpdateSecret with a value on a secret that had no value clears the stub's AWSPENDING too", () => {
    const { driver, stub } = abandonedRotation(false);
    driver.ok("UpdateSecret", { SecretId: "db", SecretString: "v1", ClientRequestToken: driver.token() });
    const stages = driver.ok("DescribeSecret", { SecretId: "db" }).VersionIdsToStages ?? {};
    expect(stages[stub]).toBeUndefined();
  });

  it("PutSecretValue with VersionStages AWSPENDING only leaves AWSCURRENT where it was and keeps the stub's label moving to the new version", () => {
    const { driver, stub } = abandonedRotation(true);
    const pending = driver.ok("PutSecretValue", {
      SecretId: "db",
      SecretString: "v2",
      ClientRequestToken: driver.token(),
      VersionStages: ["AWSPENDING"],
    });
    const stages = driver.ok("DescribeSecret", { SecretId: "db" }).VersionIdsToStages ?? {};
    expect(stages[pending.VersionId]).toEqual(["AWSPENDING"]);
    expect(stages[stub]).toBeUndefined();
    expect(Object.values(stages)).toContainEqual(["AWSCURRENT"]);
  });
});
