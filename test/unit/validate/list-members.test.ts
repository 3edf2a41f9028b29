// The whole-list form AWS's JSON front ends use for a bad member of a list of strings
// (see DEVIATIONS.md, "Validation messages").
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { listMembers, violationsError, type MemberShape } from "../../../src/core/validate/constraints.ts";

const REGION: MemberShape = { min: 1, max: 128, pattern: /^([a-z]+-)+\d+$/ };
const STAGE: MemberShape = { min: 1, max: 256 };
/** What follows "failed to satisfy constraint: ". */
const constraintOf = (violation: string | undefined) => violation?.split(" failed to satisfy constraint: ")[1];

describe("A list member that breaks its shape", () => {
  it("is reported once for the whole list, with every constraint of the member shape", () => {
    expect(listMembers("removeReplicaRegions", ["eu-west-1", "Europe", "Asia"], REGION)).toBe(
      "Value '[eu-west-1, Europe, Asia]' at 'removeReplicaRegions' failed to satisfy constraint: Member must satisfy constraint: " +
        "[Member must have length less than or equal to 128, Member must have length greater than or equal to 1, " +
        "Member must satisfy regular expression pattern: ^([a-z]+-)+\\d+$]",
    );
  });

  it("lists the constraints the member keeps too (ACM and Lambda answer so)", () => {
    const constraint =
      "Member must satisfy constraint: [Member must have length less than or equal to 256, Member must have length greater than or equal to 1]";
    expect(constraintOf(listMembers("versionStages", ["x".repeat(257)], STAGE))).toBe(constraint);
    expect(constraintOf(listMembers("versionStages", [""], STAGE))).toBe(constraint);
  });

  it("names only the constraints the shape has: a pattern alone", () => {
    expect(listMembers("registryIds", ["12"], { pattern: /^[0-9]{12}$/ })).toBe(
      "Value '[12]' at 'registryIds' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy regular expression pattern: ^[0-9]{12}$]",
    );
  });

  it("is one validation error among the others of the request", () => {
    expect(violationsError([listMembers("tagKeys", ["", ""], { min: 1, max: 128 })])?.message).toMatch(/^1 validation error detected: Value '\[, \]' at 'tagKeys' /);
  });

  it("is nothing for an absent or empty list", () => {
    expect(listMembers("tagKeys", undefined, STAGE)).toBeUndefined();
    expect(listMembers("tagKeys", [], STAGE)).toBeUndefined();
  });
});

describe("listMembers", () => {
  const label = fc.string({ minLength: 1, maxLength: 256 });

  test.prop([fc.array(label, { maxLength: 20 })])("accepts every list whose members fit the shape", (labels) => {
    expect(listMembers("versionStages", labels, STAGE)).toBeUndefined();
  });

  test.prop([fc.array(label, { maxLength: 5 }), fc.array(label, { maxLength: 5 }), fc.constantFrom("", "x".repeat(257))])(
    "refuses a list with one bad member wherever it stands, naming the list and not the member's place",
    (before, after, bad) => {
      const labels = [...before, bad, ...after];
      expect(listMembers("versionStages", labels, STAGE)).toBe(
        `Value '[${labels.join(", ")}]' at 'versionStages' failed to satisfy constraint: Member must satisfy constraint: ` +
          "[Member must have length less than or equal to 256, Member must have length greater than or equal to 1]",
      );
    },
  );
});
