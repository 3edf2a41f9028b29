// The model-based test's checks of the reads, the tags and the replicas, each
// shown to fail on a library answer changed by hand on its way out.
import { describe, expect, it } from "vitest";
import { changeAnswer, inStep, run, T1 } from "./checks-support.ts";
import { REPLICA } from "./model.ts";
import { DescribeSecret, GetSecretValue, ListSecretVersionIds } from "./read-commands.ts";
import { RemoveRegionsFromReplication, ReplicateSecretToRegions } from "./replication-commands.ts";
import { TagResource } from "./tag-commands.ts";

const IN_SYNC = [{ Region: REPLICA, Status: "InSync" }];

describe("the model-based test checks GetSecretValue", () => {
  it("notices the AWSCURRENT read answering the AWSPREVIOUS version", () => {
    const pair = inStep();
    changeAnswer(pair, "GetSecretValue", { VersionId: T1 });
    expect(() => run(pair, new GetSecretValue("app/db", undefined, "AWSCURRENT"))).toThrow("GetSecretValue's VersionId");
  });

  it("notices a value that is not the one the version stores", () => {
    const pair = inStep();
    changeAnswer(pair, "GetSecretValue", { SecretString: "v1" });
    expect(() => run(pair, new GetSecretValue("app/db", undefined, undefined))).toThrow("GetSecretValue's value");
  });

  it("notices VersionStages other than the labels on the version read", () => {
    const pair = inStep();
    changeAnswer(pair, "GetSecretValue", { VersionStages: ["AWSCURRENT", "AWSPREVIOUS"] });
    expect(() => run(pair, new GetSecretValue("app/db", undefined, undefined))).toThrow("GetSecretValue's VersionStages");
  });
});

describe("the model-based test checks DescribeSecret and ListSecretVersionIds", () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ["VersionIdsToStages without AWSPREVIOUS", { VersionIdsToStages: {} }, "DescribeSecret's VersionIdsToStages"],
    ["a Description the secret does not have", { Description: "d" }, "DescribeSecret's Description"],
    ["Tags on a secret never tagged", { Tags: [] }, "DescribeSecret's Tags"],
    ["a DeletedDate on a secret not scheduled for deletion", { DeletedDate: 0 }, "DescribeSecret's DeletedDate"],
    ["a replica the secret does not have", { ReplicationStatus: IN_SYNC }, "DescribeSecret's ReplicationStatus"],
  ];
  for (const [what, members, check] of cases) {
    it(`notices DescribeSecret answering ${what}`, () => {
      const pair = inStep();
      changeAnswer(pair, "DescribeSecret", members);
      expect(() => run(pair, new DescribeSecret("app/db"))).toThrow(check);
    });
  }

  it("notices a replica that does not name its primary's Region", () => {
    const pair = inStep();
    run(pair, new ReplicateSecretToRegions("app/db", [REPLICA]));
    changeAnswer(pair, "DescribeSecret", { PrimaryRegion: "ap-south-1" });
    expect(() => run(pair, new DescribeSecret("app/db", REPLICA))).toThrow("a replica's PrimaryRegion");
  });

  it("notices ListSecretVersionIds leaving out a deprecated version", () => {
    const pair = inStep();
    changeAnswer(pair, "ListSecretVersionIds", { Versions: [] });
    expect(() => run(pair, new ListSecretVersionIds("app/db", true))).toThrow("ListSecretVersionIds' VersionIds");
  });
});

describe("the model-based test checks tags and replicas", () => {
  it("notices tags that are not the ones TagResource set", () => {
    const pair = inStep();
    changeAnswer(pair, "DescribeSecret", { Tags: [] });
    expect(() => run(pair, new TagResource("app/db", [{ Key: "team", Value: "a" }]))).toThrow("Tags after tagging");
  });

  it("notices DescribeSecret failing after TagResource on a secret that exists", () => {
    const pair = inStep();
    pair.real.driver.tamper = (name, result) =>
      name === "DescribeSecret" ? { ok: false, state: result.state, error: { code: "ResourceNotFoundException", message: "" } } : result;
    expect(() => run(pair, new TagResource("app/db", []))).toThrow("DescribeSecret after tagging finds the secret");
  });

  it("notices ReplicateSecretToRegions answering no replica", () => {
    const pair = inStep();
    changeAnswer(pair, "ReplicateSecretToRegions", { ReplicationStatus: [] });
    expect(() => run(pair, new ReplicateSecretToRegions("app/db", [REPLICA]))).toThrow("ReplicateSecretToRegions' ReplicationStatus");
  });

  it("notices RemoveRegionsFromReplication answering a replica that was removed", () => {
    const pair = inStep();
    run(pair, new ReplicateSecretToRegions("app/db", [REPLICA]));
    changeAnswer(pair, "RemoveRegionsFromReplication", { ReplicationStatus: IN_SYNC });
    const remove = new RemoveRegionsFromReplication("app/db", [REPLICA]);
    expect(() => run(pair, remove)).toThrow("RemoveRegionsFromReplication's ReplicationStatus");
  });
});
