import { describe, expect, it } from "vitest";
import { DAY_MS, invariantViolations, runRotation, singleUserRotation, type PretendDatabase } from "../../src/index.ts";
import { LAMBDA_ARN, hostOf, secretWithValue } from "./support.ts";

function pretendDatabase(password: string): PretendDatabase & { password: string } {
  return {
    password,
    setPassword(next) {
      this.password = next;
    },
    canLogIn(candidate) {
      return candidate === this.password;
    },
  };
}

describe("a rotation with a function written after AWS's single-user template", () => {
  it("ends as on AWS: new version AWSCURRENT, old AWSPREVIOUS, no AWSPENDING, LastRotatedDate set", async () => {
    const { driver, arn, first } = secretWithValue();
    const database = pretendDatabase("v1");
    const token = driver.token();
    driver.ok("RotateSecret", {
      SecretId: "app/db",
      ClientRequestToken: token,
      RotationLambdaARN: LAMBDA_ARN,
      RotationRules: { AutomaticallyAfterDays: 1 },
    });
    const outcome = await runRotation(hostOf(driver), singleUserRotation({ database }), arn);
    expect(outcome).toEqual({
      SecretId: arn,
      ClientRequestToken: token,
      stepsRun: ["createSecret", "setSecret", "testSecret", "finishSecret"],
      recorded: "rotated",
    });

    const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
    // The recorded DescribeSecret after a rotation (docs/semantics/values.md#describesecret) has exactly these members.
    expect(Object.keys(described).sort()).toEqual(
      [
        "ARN",
        "CreatedDate",
        "LastAccessedDate",
        "LastChangedDate",
        "LastRotatedDate",
        "Name",
        "NextRotationDate",
        "RotationEnabled",
        "RotationLambdaARN",
        "RotationRules",
        "VersionIdsToStages",
      ].sort(),
    );
    expect(described).toMatchObject({
      RotationEnabled: true,
      RotationLambdaARN: LAMBDA_ARN,
      RotationRules: { AutomaticallyAfterDays: 1 },
      LastRotatedDate: driver.now,
      NextRotationDate: driver.now + DAY_MS,
      VersionIdsToStages: { [first]: ["AWSPREVIOUS"], [token]: ["AWSCURRENT"] },
    });
    const current = driver.ok("GetSecretValue", { SecretId: "app/db" });
    expect(current.VersionId).toBe(token);
    expect(current.SecretString).toHaveLength(32);
    expect(current.SecretString).not.toMatch(/[/@"'\\]/);
    expect(database.password).toBe(current.SecretString);
    expect(invariantViolations(driver.state)).toEqual([]);
  });

  it("a second RotateSecret without Lambda ARN or rules rotates again with the stored configuration", async () => {
    const { driver, arn } = secretWithValue();
    const rotate = singleUserRotation();
    const second = driver.token();
    driver.ok("RotateSecret", {
      SecretId: "app/db",
      ClientRequestToken: second,
      RotationLambdaARN: LAMBDA_ARN,
      RotationRules: { AutomaticallyAfterDays: 1 },
    });
    await runRotation(hostOf(driver), rotate, arn);
    const third = driver.token();
    expect(driver.ok("RotateSecret", { SecretId: "app/db", ClientRequestToken: third }).VersionId).toBe(third);
    expect((await runRotation(hostOf(driver), rotate, arn)).recorded).toBe("rotated");
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" })).toMatchObject({
      RotationLambdaARN: LAMBDA_ARN,
      RotationRules: { AutomaticallyAfterDays: 1 },
      VersionIdsToStages: { [second]: ["AWSPREVIOUS"], [third]: ["AWSCURRENT"] },
    });
  });

  it("with RotateImmediately false runs only testSecret on a copy of the current value, then removes it", async () => {
    const { driver, arn, first } = secretWithValue();
    const seen: unknown[] = [];
    const database = pretendDatabase("v1");
    const template = singleUserRotation({ database });
    const token = driver.token();
    driver.ok("RotateSecret", {
      SecretId: "app/db",
      ClientRequestToken: token,
      RotationLambdaARN: LAMBDA_ARN,
      RotationRules: { AutomaticallyAfterDays: 30 },
      RotateImmediately: false,
    });
    const outcome = await runRotation(
      hostOf(driver),
      async (event, client) => {
        const pending = await client.getSecretValue({ SecretId: event.SecretId, VersionStage: "AWSPENDING" });
        seen.push({ Step: event.Step, VersionId: pending.VersionId, SecretString: pending.SecretString, VersionStages: pending.VersionStages });
        return template(event, client);
      },
      arn,
    );
    expect(outcome.recorded).toBe("tested");
    expect(seen).toEqual([{ Step: "testSecret", VersionId: token, SecretString: "v1", VersionStages: ["AWSPENDING"] }]);
    const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
    expect(described.VersionIdsToStages).toEqual({ [first]: ["AWSCURRENT"] });
    expect(described.RotationEnabled).toBe(true);
    expect(described.NextRotationDate).toBe(driver.now + 30 * DAY_MS);
    expect(described.LastRotatedDate).toBeUndefined();
    const versions = driver.ok("ListSecretVersionIds", { SecretId: "app/db", IncludeDeprecated: true }).Versions;
    expect(versions.map((v) => v.VersionId)).toEqual([first]);
  });
});
