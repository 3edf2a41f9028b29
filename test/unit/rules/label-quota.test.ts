// The quota "Staging labels attached across all versions of a secret: 20" (docs/semantics/versions-and-labels.md#label-quota).
import { describe, expect, it } from "vitest";
import { Driver } from "../../../src/index.ts";
import { failingCall } from "../support/failing-call.ts";

const TOO_MANY_LABELS = {
  code: "LimitExceededException",
  message: "You exceeded the maximum number of staging labels allowed on a secret.",
};

const labels = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `L${from + i}`);

/** app/db whose versions carry 20 labels: v1 AWSCURRENT, v2 L1..L19. */
function twentyLabels(driver: Driver) {
  const v1 = driver.token();
  const v2 = driver.token();
  driver.ok("CreateSecret", { Name: "app/db", SecretString: "1", ClientRequestToken: v1 });
  driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "2", ClientRequestToken: v2, VersionStages: labels(1, 19) });
  return { v1, v2 };
}

describe("The 20 staging labels quota", () => {
  it("lets a secret carry 20 labels across its versions", () => {
    const driver = new Driver();
    const { v1, v2 } = twentyLabels(driver);
    const stages = driver.ok("DescribeSecret", { SecretId: "app/db" }).VersionIdsToStages!;
    expect(stages[v1]!.length + stages[v2]!.length).toBe(20);
  });

  it("fails a PutSecretValue that adds a 21st label with LimitExceededException and the same state", () => {
    const driver = new Driver();
    twentyLabels(driver);
    const request = { SecretId: "app/db", SecretString: "3", ClientRequestToken: driver.token(), VersionStages: ["L20"] };
    expect(failingCall(driver, "PutSecretValue", request)).toEqual(TOO_MANY_LABELS);
  });

  it("fails an UpdateSecretVersionStage that attaches a 21st label with LimitExceededException", () => {
    const driver = new Driver();
    const { v1 } = twentyLabels(driver);
    const request = { SecretId: "app/db", VersionStage: "L20", MoveToVersionId: v1 };
    expect(failingCall(driver, "UpdateSecretVersionStage", request)).toEqual(TOO_MANY_LABELS);
  });

  it("still lets a label move between versions when the secret has 20", () => {
    const driver = new Driver();
    const { v1, v2 } = twentyLabels(driver);
    driver.ok("UpdateSecretVersionStage", { SecretId: "app/db", VersionStage: "L1", RemoveFromVersionId: v2, MoveToVersionId: v1 });
    const stages = driver.ok("DescribeSecret", { SecretId: "app/db" }).VersionIdsToStages!;
    expect(stages[v1]).toEqual(["AWSCURRENT", "L1"]);
  });

  it("still lets PutSecretValue take existing labels onto a new version when the secret has 20", () => {
    const driver = new Driver();
    const { v2 } = twentyLabels(driver);
    const v3 = driver.token();
    const request = { SecretId: "app/db", SecretString: "3", ClientRequestToken: v3, VersionStages: labels(1, 19) };
    const put = driver.ok("PutSecretValue", request);
    expect(put.VersionStages).toHaveLength(19);
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).VersionIdsToStages).not.toHaveProperty(v2);
  });

  it("fails a PutSecretValue that attaches 20 new labels next to AWSCURRENT", () => {
    const driver = new Driver();
    driver.ok("CreateSecret", { Name: "app/db", SecretString: "1", ClientRequestToken: driver.token() });
    const request = { SecretId: "app/db", SecretString: "2", ClientRequestToken: driver.token(), VersionStages: labels(1, 20) };
    expect(failingCall(driver, "PutSecretValue", request)).toEqual(TOO_MANY_LABELS);
  });
});
