// Each invariant that invariantViolations checks, broken by hand (outside the
// operations), must be named: otherwise the property and model-based tests that
// rely on the checker prove less than they seem to.
import { produce, type Draft } from "immer";
import { describe, expect, it } from "vitest";
import { recordPruned } from "../../../src/core/model/pruned-version-ids.ts";
import { DAY_MS, Driver, invariantViolations, tableGet, type Secret, type State } from "../../../src/index.ts";
import type { SecretTable } from "../../../src/core/model/secret-table.ts";
import { tableDelete, tableSet } from "../../../src/core/model/secret-table.ts";

const OTHER_ID = "ffffffff-ffff-ffff-ffff-ffffffffffff";

/** Two secrets; app/db has two versions, tokens[0] (AWSPREVIOUS) and tokens[1] (AWSCURRENT). */
function stateWithSecret(): { driver: Driver; tokens: string[] } {
  const driver = new Driver();
  const tokens = [driver.token(), driver.token()];
  driver.ok("CreateSecret", { Name: "app/db", SecretString: "v1", ClientRequestToken: tokens[0]! });
  driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "v2", ClientRequestToken: tokens[1]! });
  driver.ok("CreateSecret", { Name: "app/api", SecretString: "a1", ClientRequestToken: driver.token() });
  return { driver, tokens };
}

type TableDraft = Draft<SecretTable> & Parameters<typeof tableSet>[0];

/** Break a state on purpose, through immer as the core writes. */
function corrupt(state: State, recipe: (secret: Draft<Secret>, table: TableDraft) => void): State {
  return produce(state, (draft) => {
    const table = draft.regions["us-east-1"]!.secrets as unknown as TableDraft;
    recipe(tableGet(table as never, "app/db") as Draft<Secret>, table);
  });
}

/** The violations, one per line, so that a failure shows them all. */
const violationsOf = (state: State) => invariantViolations(state).join("\n");

describe("invariantViolations finds nothing", () => {
  it("in a state reached by AWS calls, with a deprecated version and a secret scheduled for deletion", () => {
    const { driver } = stateWithSecret();
    driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "v3", ClientRequestToken: driver.token() });
    driver.ok("DeleteSecret", { SecretId: "app/api", RecoveryWindowInDays: 7 });
    expect(invariantViolations(driver.state)).toEqual([]);
  });
});

describe("invariantViolations names each broken invariant", () => {
  it("a secret name is unique in its Region: a secret stored under another name is reported", () => {
    const broken = corrupt(stateWithSecret().driver.state, (secret, table) => {
      const moved = { ...secret, Name: "app/elsewhere" } as unknown as Secret;
      tableDelete(table, "app/db");
      tableSet(table, moved);
      (tableGet(table as never, "app/elsewhere") as Draft<Secret>).Name = "app/db" as never;
    });
    expect(violationsOf(broken)).toContain("us-east-1/app/db: not found under its own name");
  });

  it("an ARN names one secret: two secrets with the same ARN are reported", () => {
    const { driver } = stateWithSecret();
    const arn = tableGet(driver.state.regions["us-east-1"]!.secrets, "app/db")!.ARN;
    const broken = produce(driver.state, (draft) => {
      (tableGet(draft.regions["us-east-1"]!.secrets as never, "app/api") as Draft<Secret>).ARN = arn;
    });
    expect(violationsOf(broken)).toContain(`ARN ${arn} is used twice`);
  });

  it("the ARN is partition, Region, account and name, then a hyphen and six characters: another name's ARN is reported", () => {
    const broken = corrupt(stateWithSecret().driver.state, (s) => {
      s.ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:other-AbCdEf" as never;
    });
    expect(violationsOf(broken)).toContain("does not match arn:aws:secretsmanager:us-east-1:123456789012:secret:app/db-XXXXXX");
  });

  it("a Region counts the secrets it holds: a wrong count is reported", () => {
    const broken = corrupt(stateWithSecret().driver.state, (_, table) => {
      table.count += 1;
    });
    expect(violationsOf(broken)).toContain("us-east-1: table count 3 but 2 secrets");
  });

  it("a staging label is attached to a version that exists: a label on a missing version is reported", () => {
    const broken = corrupt(stateWithSecret().driver.state, (s) => {
      s.labels["L1"] = OTHER_ID as never;
    });
    expect(violationsOf(broken)).toContain(`label L1 is on missing version ${OTHER_ID}`);
  });

  it("a secret carries at most 20 staging labels: 22 labels are reported", () => {
    const { driver, tokens } = stateWithSecret();
    const broken = corrupt(driver.state, (s) => {
      for (let i = 0; i < 20; i++) s.labels[`L${i}`] = tokens[0] as never;
    });
    expect(violationsOf(broken)).toContain("22 labels, more than 20");
  });

  it("a VersionId removed by pruning is recorded once: an id recorded twice is reported", () => {
    const broken = corrupt(stateWithSecret().driver.state, (s) => {
      recordPruned(s.prunedVersionIds, OTHER_ID as never);
      recordPruned(s.prunedVersionIds, OTHER_ID as never);
    });
    expect(violationsOf(broken)).toContain("a pruned VersionId is listed twice");
  });

  it("a version is stored under its own VersionId: a version stored under another id is reported", () => {
    const { driver, tokens } = stateWithSecret();
    const broken = corrupt(driver.state, (s) => {
      s.versions[tokens[0]!]!.VersionId = OTHER_ID as never;
    });
    expect(violationsOf(broken)).toContain(`version ${OTHER_ID} is stored under ${tokens[0]}`);
  });

  it("a VersionId is never reused: a version whose id was pruned is reported", () => {
    const { driver, tokens } = stateWithSecret();
    const broken = corrupt(driver.state, (s) => {
      recordPruned(s.prunedVersionIds, tokens[0] as never);
    });
    expect(violationsOf(broken)).toContain(`version ${tokens[0]} reuses a pruned VersionId`);
  });

  it("a version holds SecretString or SecretBinary, not both: a version with both is reported", () => {
    const { driver, tokens } = stateWithSecret();
    const broken = corrupt(driver.state, (s) => {
      (s.versions[tokens[0]!]!.value as Record<string, string>)["SecretBinary"] = "eA==";
    });
    expect(violationsOf(broken)).toContain("holds value members SecretBinary,SecretString,kind of kind string");
  });

  it("a version holds SecretString or SecretBinary: a value of neither kind is reported", () => {
    const { driver, tokens } = stateWithSecret();
    const broken = corrupt(driver.state, (s) => {
      s.versions[tokens[0]!]!.value = { kind: "json", SecretBinary: "eA==" } as never;
    });
    expect(violationsOf(broken)).toContain("holds value members SecretBinary,kind of kind json");
  });

  it("a version is created with or after its secret: a version older than its secret is reported", () => {
    const { driver, tokens } = stateWithSecret();
    const broken = corrupt(driver.state, (s) => {
      s.versions[tokens[0]!]!.CreatedDate = s.CreatedDate - 1;
    });
    expect(violationsOf(broken)).toContain(`version ${tokens[0]} is older than its secret`);
  });

  it("a secret over 100 versions keeps no label-less version 24 hours old: such a version is reported", () => {
    const { driver } = stateWithSecret();
    const broken = corrupt(driver.state, (s) => {
      for (let i = 0; i < 100; i++) {
        const id = `${String(i).padStart(8, "0")}-0000-0000-0000-00000000beef`;
        s.versions[id] = { VersionId: id as never, CreatedDate: driver.now + (i === 99 ? DAY_MS : 0) };
      }
    });
    expect(violationsOf(broken)).toContain("102 versions, yet label-less version");
  });

  it("DescribeSecret finds a secret by its ARN: an ARN of another account is reported", () => {
    const broken = corrupt(stateWithSecret().driver.state, (s) => {
      s.ARN = "arn:aws:secretsmanager:us-east-1:999999999999:secret:app/db-AbCdEf" as never;
    });
    expect(violationsOf(broken)).toContain("DescribeSecret cannot find it by its ARN: ResourceNotFoundException");
  });

  it("DescribeSecret's VersionIdsToStages shows every label: a label on a missing version is reported", () => {
    const broken = corrupt(stateWithSecret().driver.state, (s) => {
      s.labels["L1"] = OTHER_ID as never;
    });
    expect(violationsOf(broken)).toContain("DescribeSecret's VersionIdsToStages differs from the label index");
  });

  it("ListSecretVersionIds lists each labelled version with its labels: a mislabelled entry is reported", () => {
    const { driver, tokens } = stateWithSecret();
    const broken = corrupt(driver.state, (s) => {
      s.versions[tokens[1]!]!.VersionId = OTHER_ID as never;
    });
    expect(violationsOf(broken)).toContain("ListSecretVersionIds differs from the label index");
  });

  it("ListSecretVersionIds with IncludeDeprecated lists every version: a version listed under another id is reported", () => {
    const { driver, tokens } = stateWithSecret();
    driver.ok("PutSecretValue", { SecretId: "app/db", SecretString: "v3", ClientRequestToken: driver.token() });
    const broken = corrupt(driver.state, (s) => {
      s.versions[tokens[0]!]!.VersionId = OTHER_ID as never;
    });
    const violations = violationsOf(broken);
    expect(violations).toContain("ListSecretVersionIds with IncludeDeprecated does not list every version");
    // tokens[0] is deprecated by now: the labelled listing is still right.
    expect(violations).not.toContain("ListSecretVersionIds differs from the label index");
  });
});
