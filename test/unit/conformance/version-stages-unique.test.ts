// A staging label is on at most one version, once (docs/semantics/versions-and-labels.md#one-version-per-label): no answer
// lists a label twice, even when the request named it twice.
import { describe, expect, it } from "vitest";
import { Driver } from "../../../src/index.ts";

const unique = (stages: readonly string[] | undefined) => new Set(stages ?? []).size === (stages ?? []).length;

describe("VersionStages in answers never repeat a label", () => {
  it("PutSecretValue with a label named twice answers and stores it once", () => {
    const driver = new Driver();
    driver.ok("CreateSecret", { Name: "app/db", SecretString: "1", ClientRequestToken: driver.token() });
    const token = driver.token();
    const put = driver.ok("PutSecretValue", {
      SecretId: "app/db", SecretString: "2", ClientRequestToken: token,
      VersionStages: ["BLUE", "BLUE", "AWSCURRENT", "AWSCURRENT"],
    });
    expect([...put.VersionStages].sort()).toEqual(["AWSCURRENT", "BLUE"]);
    expect(driver.ok("GetSecretValue", { SecretId: "app/db" }).VersionStages?.sort()).toEqual(["AWSCURRENT", "BLUE"]);
  });

  it("moving labels back and forth leaves every answer without repeats", () => {
    const driver = new Driver();
    const v1 = driver.token();
    const v2 = driver.token();
    driver.ok("CreateSecret", { Name: "app/db", SecretString: "1", ClientRequestToken: v1 });
    driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "2", ClientRequestToken: v2, VersionStages: ["AWSPENDING"] });
    const moves = [
      { VersionStage: "AWSCURRENT", RemoveFromVersionId: v1, MoveToVersionId: v2 },
      { VersionStage: "AWSCURRENT", RemoveFromVersionId: v2, MoveToVersionId: v1 },
      { VersionStage: "AWSPREVIOUS", RemoveFromVersionId: v2, MoveToVersionId: v1 },
      { VersionStage: "AWSPENDING", RemoveFromVersionId: v2, MoveToVersionId: v1 },
      { VersionStage: "AWSPENDING", MoveToVersionId: v1 },
    ];
    for (const move of moves) {
      driver.ok("UpdateSecretVersionStage", { SecretId: "app/db", ...move });
      const described = driver.ok("DescribeSecret", { SecretId: "app/db" });
      for (const stages of Object.values(described.VersionIdsToStages ?? {})) expect(unique(stages)).toBe(true);
      const listed = driver.ok("ListSecretVersionIds", { SecretId: "app/db", IncludeDeprecated: true });
      for (const version of listed.Versions) expect(unique(version.VersionStages)).toBe(true);
      const all = listed.Versions.flatMap((version) => version.VersionStages ?? []);
      expect(unique(all)).toBe(true);
    }
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).VersionIdsToStages).toEqual({
      [v1]: ["AWSCURRENT", "AWSPREVIOUS", "AWSPENDING"],
    });
  });
});
