// The replayer must be able to fail: each case here is a recorded answer the
// library does not give, and the replay must reject it.
import { describe, expect, it } from "vitest";
import { arn, DATE, name, named, version, type Scenario, type Step } from "../fixtures/refs.ts";
import { replay } from "./replay.ts";

const create: Step = {
  operation: "CreateSecret",
  request: { Name: name(0), SecretString: "v1", ClientRequestToken: version(1) },
  expect: { response: { ARN: arn(name(0)), Name: name(0), VersionId: version(1) } },
};

const scenario = (...steps: Step[]): Scenario => ({ transcript: "self-test", steps: [create, ...steps] });

const getValue = (response: unknown): Step => ({
  operation: "GetSecretValue",
  request: { SecretId: name(0) },
  expect: { response },
});

describe("the parity replayer", () => {
  it("accepts VersionStages in any order and any timestamp for a date", async () => {
    const put: Step = {
      operation: "PutSecretValue",
      request: { SecretId: name(0), SecretString: "v2", ClientRequestToken: version(2), VersionStages: ["B", "A"] },
      expect: { response: { ...named(name(0)), VersionId: version(2), VersionStages: ["A", "B"] } },
    };
    expect((await replay(scenario(put))).calls).toBe(2);
  });

  it("rejects a different value, a missing member and an extra member", async () => {
    const answer = {
      ...named(name(0)),
      CreatedDate: DATE,
      SecretString: "v1",
      VersionId: version(1),
      VersionStages: ["AWSCURRENT"],
    };
    await expect(replay(scenario(getValue({ ...answer, SecretString: "v2" })))).rejects.toThrow(/SecretString/);
    const withDate = scenario(getValue({ ...answer, LastAccessedDate: DATE }));
    await expect(replay(withDate)).rejects.toThrow(/missing members \[LastAccessedDate\]/);
    const { CreatedDate: _, ...withoutDate } = answer;
    await expect(replay(scenario(getValue(withoutDate)))).rejects.toThrow(/unexpected members \[CreatedDate\]/);
  });

  it("rejects a different set of VersionStages and a second suffix equal to the first", async () => {
    const answer = { ...named(name(0)), CreatedDate: DATE, SecretString: "v1", VersionId: version(1) };
    await expect(replay(scenario(getValue({ ...answer, VersionStages: ["AWSPREVIOUS"] })))).rejects.toThrow(/VersionStages/);
    const otherSuffix = { ...answer, ARN: arn(name(0), 1), VersionStages: ["AWSCURRENT"] };
    await expect(replay(scenario(getValue(otherSuffix)))).rejects.toThrow(/ARN/);
  });

  it("rejects an error where AWS answered, and a different error message", async () => {
    const missing: Step = { operation: "GetSecretValue", request: { SecretId: "nothing-here" }, expect: { response: {} } };
    await expect(replay(scenario(missing))).rejects.toThrow(/expected success, got ResourceNotFoundException/);
    const wrongText: Step = {
      operation: "GetSecretValue",
      request: { SecretId: "nothing-here" },
      expect: { error: { code: "ResourceNotFoundException", message: "Secrets Manager can't find it." } },
    };
    await expect(replay(scenario(wrongText))).rejects.toThrow(/message/);
  });
});
