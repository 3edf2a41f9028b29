// The label rules on their own (docs/semantics/versions-and-labels.md#automatic-moves-of-awscurrent), on a secret built by hand.
import { produce, type Draft } from "immer";
import { describe, expect, it } from "vitest";
import { dictOf } from "../../../src/core/model/dict.ts";
import type { Secret, SecretArn, SecretName, VersionId } from "../../../src/index.ts";
import { moveCurrent, moveCurrentForNewValue, stagesOf } from "../../../src/core/rules/labels.ts";

const ids = ["a", "b", "c"].map((c) => c.repeat(32) as VersionId);
const [A, B, C] = ids as [VersionId, VersionId, VersionId];

function secretWith(labels: Record<string, VersionId>): Secret {
  return {
    ARN: "arn:aws:secretsmanager:us-east-1:123456789012:secret:s-abcdef" as SecretArn,
    Name: "s" as SecretName,
    CreatedDate: 0,
    LastChangedDate: 0,
    versions: dictOf(ids.map((id) => [id, { VersionId: id, CreatedDate: 0, value: { kind: "string", SecretString: id } }])),
    labels: dictOf(Object.entries(labels)),
    prunedVersionIds: {},
  };
}

const apply = (secret: Secret, recipe: (draft: Draft<Secret>) => void) => produce(secret, recipe);
const stages = (secret: Secret) => Object.fromEntries(ids.map((id) => [id, stagesOf(secret, id).sort()]));

describe("moveCurrent", () => {
  it("gives the old holder AWSPREVIOUS and takes AWSPREVIOUS off the version that had it", () => {
    const next = apply(secretWith({ AWSPREVIOUS: A, AWSCURRENT: B, AWSPENDING: C }), (s) => moveCurrent(s, C));
    expect(stages(next)).toEqual({ [A]: [], [B]: ["AWSPREVIOUS"], [C]: ["AWSCURRENT", "AWSPENDING"] });
  });

  it("onto the AWSPREVIOUS holder swaps AWSCURRENT and AWSPREVIOUS", () => {
    const next = apply(secretWith({ AWSPREVIOUS: A, AWSCURRENT: B }), (s) => moveCurrent(s, A));
    expect(stages(next)).toEqual({ [A]: ["AWSCURRENT"], [B]: ["AWSPREVIOUS"], [C]: [] });
  });

  it("when no version had AWSCURRENT takes AWSPREVIOUS off its holder and adds no AWSPREVIOUS", () => {
    const next = apply(secretWith({ AWSPREVIOUS: A }), (s) => moveCurrent(s, B));
    expect(stages(next)).toEqual({ [A]: [], [B]: ["AWSCURRENT"], [C]: [] });
  });

  it("onto the version that has AWSCURRENT changes nothing", () => {
    const secret = secretWith({ AWSCURRENT: A, AWSPREVIOUS: B });
    expect(apply(secret, (s) => moveCurrent(s, A))).toBe(secret);
  });

  it("keeps custom labels on both versions", () => {
    const next = apply(secretWith({ AWSCURRENT: A, PUT1: A, PUT2: B }), (s) => moveCurrent(s, B));
    expect(stages(next)).toEqual({ [A]: ["AWSPREVIOUS", "PUT1"], [B]: ["AWSCURRENT", "PUT2"], [C]: [] });
  });
});

describe("moveCurrentForNewValue", () => {
  it("takes AWSPENDING off the old current version as a value write does", () => {
    const next = apply(secretWith({ AWSCURRENT: A, AWSPENDING: A, KEEP: A }), (s) => moveCurrentForNewValue(s, B));
    expect(stages(next)).toEqual({ [A]: ["AWSPREVIOUS", "KEEP"], [B]: ["AWSCURRENT"], [C]: [] });
  });

  it("takes AWSPENDING off the stub of an abandoned rotation on another version", () => {
    const next = apply(secretWith({ AWSCURRENT: A, AWSPENDING: C }), (s) => moveCurrentForNewValue(s, B));
    expect(stages(next)).toEqual({ [A]: ["AWSPREVIOUS"], [B]: ["AWSCURRENT"], [C]: [] });
  });

  it("keeps AWSPENDING on the version being written", () => {
    const next = apply(secretWith({ AWSCURRENT: A, AWSPENDING: B }), (s) => moveCurrentForNewValue(s, B));
    expect(stages(next)).toEqual({ [A]: ["AWSPREVIOUS"], [B]: ["AWSCURRENT", "AWSPENDING"], [C]: [] });
  });
});

describe("stagesOf", () => {
  it("treats labels named like Object.prototype keys as plain labels", () => {
    const secret = { ...secretWith({}), labels: dictOf<VersionId>([["__proto__", A], ["constructor", B]]) };
    expect(stagesOf(secret, A)).toEqual(["__proto__"]);
    expect(stagesOf(secret, B)).toEqual(["constructor"]);
    expect(stagesOf(secret, C)).toEqual([]);
  });
});
