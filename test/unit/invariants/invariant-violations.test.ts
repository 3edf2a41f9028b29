import { produce, type Draft } from "immer";
import { describe, expect, it } from "vitest";
import { recordPruned } from "../../../src/core/model/pruned-version-ids.ts";
import { DAY_MS, Driver, invariantViolations, tableGet, type Secret, type State } from "../../../src/index.ts";

function stateWithSecret(): { driver: Driver; tokens: string[] } {
  const driver = new Driver();
  const tokens = [driver.token(), driver.token()];
  driver.ok("CreateSecret", { Name: "app/db", SecretString: "v1", ClientRequestToken: tokens[0]! });
  driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "v2", ClientRequestToken: tokens[1]! });
  return { driver, tokens };
}

/** Break a state on purpose, through immer as the core writes. */
function corrupt(state: State, recipe: (secret: Draft<Secret>) => void): State {
  return produce(state, (draft) => {
    recipe(tableGet(draft.regions["us-east-1"]!.secrets as never, "app/db") as Draft<Secret>);
  });
}

describe("invariantViolations", () => {
  it("finds nothing in a state reached by AWS calls", () => {
    expect(invariantViolations(stateWithSecret().driver.state)).toEqual([]);
  });

  it("reports a staging label attached to a version that does not exist", () => {
    const broken = corrupt(stateWithSecret().driver.state, (s) => {
      s.labels["L1"] = "f".repeat(36) as never;
    });
    expect(invariantViolations(broken).join("\n")).toContain("label L1 is on missing version");
  });

  it("reports more than 20 staging labels on one secret", () => {
    const { driver, tokens } = stateWithSecret();
    const broken = corrupt(driver.state, (s) => {
      for (let i = 0; i < 20; i++) s.labels[`L${i}`] = tokens[0] as never;
    });
    expect(invariantViolations(broken).join("\n")).toContain("22 labels, more than 20");
  });

  it("reports a version that reuses a pruned VersionId", () => {
    const { driver, tokens } = stateWithSecret();
    const broken = corrupt(driver.state, (s) => {
      recordPruned(s.prunedVersionIds, tokens[0] as never);
    });
    expect(invariantViolations(broken).join("\n")).toContain("reuses a pruned VersionId");
  });

  it("reports a version that holds both SecretString and SecretBinary", () => {
    const { driver, tokens } = stateWithSecret();
    const broken = corrupt(driver.state, (s) => {
      (s.versions[tokens[0]!]!.value as Record<string, string>)["SecretBinary"] = "eA==";
    });
    expect(invariantViolations(broken).join("\n")).toContain("holds value members SecretBinary,SecretString,kind");
  });

  it("reports an ARN that does not embed the secret's name", () => {
    const broken = corrupt(stateWithSecret().driver.state, (s) => {
      s.ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:other-AbCdEf" as never;
    });
    expect(invariantViolations(broken).join("\n")).toContain("does not match");
  });

  it("reports a secret over 100 versions that kept a label-less version old enough to prune", () => {
    const { driver } = stateWithSecret();
    const broken = corrupt(driver.state, (s) => {
      for (let i = 0; i < 100; i++) {
        const id = `${String(i).padStart(8, "0")}-0000-0000-0000-00000000beef`;
        s.versions[id] = { VersionId: id as never, CreatedDate: driver.now + (i === 99 ? DAY_MS : 0) };
      }
    });
    expect(invariantViolations(broken).join("\n")).toContain("was prunable");
  });
});
