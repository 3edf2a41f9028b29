import { describe, expect, it } from "vitest";
import { DAY_MS, invariantViolations, pretendDatabase, rotationClient, runRotation, singleUserRotation } from "../../src/index.ts";
import { LAMBDA_ARN, hostOf, secretWithValue } from "./support.ts";

const CREDENTIALS = { engine: "postgres", host: "db.example.com", username: "app", password: "old-password", port: 5432, dbname: "orders" };

/** A secret holding `value` whose rotation has started with a new token. */
function startedRotation(value = JSON.stringify(CREDENTIALS), rotateImmediately = true) {
  const { driver, arn, first } = secretWithValue(undefined, value);
  const token = driver.token();
  driver.ok("RotateSecret", {
    SecretId: "app/db",
    ClientRequestToken: token,
    RotationLambdaARN: LAMBDA_ARN,
    RotationRules: { AutomaticallyAfterDays: 1 },
    RotateImmediately: rotateImmediately,
  });
  return { driver, arn, first, token };
}

describe("the single-user strategy, after AWS's single-user templates", () => {
  it("ends as on AWS: new version AWSCURRENT, old AWSPREVIOUS, no AWSPENDING, LastRotatedDate set", async () => {
    const { driver, arn, first, token } = startedRotation();
    const database = pretendDatabase({ app: "old-password" });
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
    expect(invariantViolations(driver.state)).toEqual([]);
  });

  it("changes only the password of a JSON secret: every other key stays, in its order", async () => {
    const { driver, arn } = startedRotation();
    const database = pretendDatabase({ app: "old-password" });
    await runRotation(hostOf(driver), singleUserRotation({ database }), arn);
    const current = JSON.parse(driver.ok("GetSecretValue", { SecretId: "app/db" }).SecretString!) as typeof CREDENTIALS;
    expect(Object.keys(current)).toEqual(Object.keys(CREDENTIALS));
    expect({ ...current, password: "old-password" }).toEqual(CREDENTIALS);
    // The database templates' default EXCLUDE_CHARACTERS, and GetRandomPassword's default length.
    expect(current.password).toMatch(/^[^:/@"'\\]{32}$/);
    expect(database.users).toEqual({ app: current.password });
  });

  it("replaces a secret that is a bare password, with format \"password\" or by default", async () => {
    for (const format of ["password", undefined] as const) {
      const { driver, arn } = startedRotation("hunter2");
      const database = pretendDatabase({ admin: "hunter2" });
      const rotate = singleUserRotation({ database, username: "admin", ...(format && { format }) });
      expect((await runRotation(hostOf(driver), rotate, arn)).recorded).toBe("rotated");
      const current = driver.ok("GetSecretValue", { SecretId: "app/db" }).SecretString!;
      // The generic template's default EXCLUDE_CHARACTERS.
      expect(current).toMatch(/^[^/@"'\\]{32}$/);
      expect(database.users).toEqual({ admin: current });
    }
  });

  it("with format \"json\" fails createSecret on a secret that is not a JSON object, leaving AWSPENDING", async () => {
    const { driver, arn, first, token } = startedRotation("hunter2");
    const outcome = await runRotation(hostOf(driver), singleUserRotation({ format: "json" }), arn);
    expect(outcome).toMatchObject({ recorded: "failed", stepsRun: ["createSecret"] });
    expect(String(outcome.error)).toContain(`the AWSCURRENT value of ${arn} is not a JSON object`);
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).VersionIdsToStages).toEqual({ [first]: ["AWSCURRENT"], [token]: ["AWSPENDING"] });
  });

  it("setSecret fails when neither the pending, current nor previous password logs in", async () => {
    const { driver, arn } = startedRotation();
    const database = pretendDatabase({ app: "changed-behind-our-back" });
    const outcome = await runRotation(hostOf(driver), singleUserRotation({ database }), arn);
    expect(outcome).toMatchObject({ recorded: "failed", stepsRun: ["createSecret", "setSecret"] });
    expect((outcome.error as Error).message).toBe(`Unable to log into database with previous, current, or pending secret of secret arn ${arn}`);
    expect(database.users).toEqual({ app: "changed-behind-our-back" });
  });

  it("refuses a step for a token with no stage, or one not set as AWSPENDING, as the templates do", async () => {
    const { driver, arn, first } = startedRotation();
    const client = rotationClient(hostOf(driver));
    const rotate = singleUserRotation();
    const event = (token: string) => ({ Step: "createSecret" as const, SecretId: arn, ClientRequestToken: token, RotationToken: "r" });
    const unknown = "99999999-9999-9999-9999-999999999999";
    await expect(rotate(event(unknown), client)).rejects.toThrow(`Secret version ${unknown} has no stage for rotation of secret ${arn}.`);
    driver.ok("UpdateSecretVersionStage", { SecretId: "app/db", VersionStage: "LABEL", MoveToVersionId: first });
    const labelled = driver.token();
    driver.ok("PutSecretValue", { SecretId: "app/db", ClientRequestToken: labelled, SecretString: "x", VersionStages: ["LABEL"] });
    await expect(rotate(event(labelled), client)).rejects.toThrow(`Secret version ${labelled} not set as AWSPENDING for rotation of secret ${arn}.`);
  });

  it("a second RotateSecret without Lambda ARN or rules rotates again with the stored configuration", async () => {
    const { driver, arn, token: second } = startedRotation();
    const rotate = singleUserRotation();
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
    const { driver, arn, first, token } = startedRotation(JSON.stringify(CREDENTIALS), false);
    const seen: unknown[] = [];
    const template = singleUserRotation({ database: pretendDatabase({ app: "old-password" }) });
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
    expect(seen).toEqual([{ Step: "testSecret", VersionId: token, SecretString: JSON.stringify(CREDENTIALS), VersionStages: ["AWSPENDING"] }]);
    const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
    expect(described.VersionIdsToStages).toEqual({ [first]: ["AWSCURRENT"] });
    expect(described.RotationEnabled).toBe(true);
    expect(described.NextRotationDate).toBe(driver.now + DAY_MS);
    expect(described.LastRotatedDate).toBeUndefined();
    const versions = driver.ok("ListSecretVersionIds", { SecretId: "app/db", IncludeDeprecated: true }).Versions;
    expect(versions.map((v) => v.VersionId)).toEqual([first]);
  });
});
