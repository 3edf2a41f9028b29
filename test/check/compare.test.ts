// What the check compares and how it maps what legitimately differs between an
// endpoint and the model: ARN suffixes, dates, random passwords, unordered lists.
import { describe, expect, it } from "vitest";
import { compareOutcomes } from "../../src/check/compare.ts";
import { listOrderProblem } from "../../src/check/list-order.ts";
import type { Outcome } from "../../src/check/outcome.ts";
import { passwordProblem } from "../../src/check/password-check.ts";
import { SideIds } from "../../src/check/side-ids.ts";
import { messages } from "../../src/index.ts";

const world = {
  account: "123456789012",
  partition: "aws",
  regions: ["us-east-1"],
  namePrefix: "p-1/",
  holderOf: () => undefined,
  versionsOf: () => [],
};
const arn = (suffix: string, name = "p-1/a") => `arn:aws:secretsmanager:us-east-1:123456789012:secret:${name}-${suffix}`;
const ok = (response: Record<string, unknown>): Outcome => ({ ok: true, response });
const failed = (code: string, message: string, status = 400): Outcome => ({ ok: false, error: { code, message, status } });

/** Both answers seen in order by their sides, then compared as the check does. */
function compare(operation: string, answers: readonly [Outcome, Outcome][], request: Record<string, unknown> = {}) {
  const endpoint = new SideIds(world);
  const model = new SideIds(world);
  let differences: ReturnType<typeof compareOutcomes> = [];
  for (const [e, m] of answers) {
    endpoint.observe(e);
    model.observe(m);
    differences = compareOutcomes(operation, request, endpoint.symbolize(e) as Outcome, model.symbolize(m) as Outcome);
  }
  return differences;
}

describe("the check's comparison", () => {
  it("takes an ARN that differs only in its six-character suffix for the same secret", () => {
    expect(compare("CreateSecret", [[ok({ ARN: arn("Xy12Ab"), Name: "p-1/a" }), ok({ ARN: arn("AAAAAB"), Name: "p-1/a" })]])).toEqual([]);
  });

  it("finds an endpoint that gives a secret created again the ARN of the one deleted", () => {
    const differences = compare("CreateSecret", [
      [ok({ ARN: arn("Xy12Ab") }), ok({ ARN: arn("AAAAAB") })],
      [ok({ ARN: arn("Xy12Ab") }), ok({ ARN: arn("AAAAAC") })],
    ]);
    expect(differences.map((d) => d.signature)).toEqual(["CreateSecret: ARN differs"]);
  });

  it("finds an ARN whose suffix is not six alphanumerics", () => {
    expect(compare("DescribeSecret", [[ok({ ARN: arn("abc") }), ok({ ARN: arn("AAAAAB") })]]).map((d) => d.path)).toEqual(["ARN"]);
  });

  it("lets dates differ by the clocks' drift, not by days", () => {
    const now = 1_800_000_000;
    expect(compare("DeleteSecret", [[ok({ DeletionDate: now + 2.5 }), ok({ DeletionDate: now })]])).toEqual([]);
    expect(compare("DeleteSecret", [[ok({ DeletionDate: now + 23 * 86_400 }), ok({ DeletionDate: now })]]).map((d) => d.signature)).toEqual([
      "DeleteSecret: DeletionDate differs",
    ]);
  });

  it("finds a member the endpoint leaves out or adds", () => {
    const differences = compare("DescribeSecret", [[ok({ Name: "n", RotationEnabled: false }), ok({ Name: "n", LastAccessedDate: 1_800_000_000 })]]);
    expect(differences.map((d) => d.signature).sort()).toEqual(["DescribeSecret: LastAccessedDate differs", "DescribeSecret: RotationEnabled differs"]);
  });

  it("compares labels, versions and tags in any order", () => {
    const endpoint = ok({ VersionStages: ["L1", "AWSCURRENT"], Tags: [{ Key: "b", Value: "2" }, { Key: "a", Value: "1" }] });
    const model = ok({ VersionStages: ["AWSCURRENT", "L1"], Tags: [{ Key: "a", Value: "1" }, { Key: "b", Value: "2" }] });
    expect(compare("GetSecretValue", [[endpoint, model]])).toEqual([]);
    expect(compare("GetSecretValue", [[ok({ VersionStages: ["AWSCURRENT", "AWSPREVIOUS"] }), ok({ VersionStages: ["AWSCURRENT"] })]])).toHaveLength(1);
  });

  it("compares error codes always and the HTTP status of every error", () => {
    const notFound = messages.secretNotFound();
    // The rule the model's message names makes the same finding on every operation.
    expect(compare("GetSecretValue", [[failed("InvalidRequestException", notFound), failed("ResourceNotFoundException", notFound)]])[0]?.signature).toBe(
      "InvalidRequestException instead of ResourceNotFoundException (secretNotFound)",
    );
    const validation = "1 validation error detected: Value '0' at 'passwordLength' failed to satisfy constraint: Member must have value greater than or equal to 1";
    expect(compare("GetRandomPassword", [[ok({ RandomPassword: "" }), failed("ValidationException", validation)]])[0]?.signature).toBe(
      "GetRandomPassword: success instead of ValidationException",
    );
    expect(compare("DescribeSecret", [[failed("ResourceNotFoundException", notFound, 404), failed("ResourceNotFoundException", notFound)]])[0]?.signature).toBe(
      "HTTP status 404 instead of 400 for ResourceNotFoundException",
    );
  });

  it("compares a message only where the model's text is AWS's own for that operation", () => {
    const other = "Something else.";
    // Recorded from AWS.
    expect(compare("GetSecretValue", [[failed("ResourceNotFoundException", other), failed("ResourceNotFoundException", messages.secretNotFound())]])).toHaveLength(1);
    // The library's own text (a Deviation), and a recorded text on an operation it was not recorded for.
    expect(compare("TagResource", [[failed("InvalidParameterException", other), failed("InvalidParameterException", messages.tooManyTags())]])).toEqual([]);
    expect(compare("PutSecretValue", [[failed("InvalidRequestException", other), failed("InvalidRequestException", messages.markedForDeletion())]])).toEqual([]);
    // AWS's text for AWSCURRENT only.
    const required = (label: string) => messages.removeFromVersionIdRequired(label, "v1");
    expect(compare("UpdateSecretVersionStage", [[failed("InvalidParameterException", other), failed("InvalidParameterException", required("AWSCURRENT"))]])).toHaveLength(1);
    expect(compare("UpdateSecretVersionStage", [[failed("InvalidParameterException", other), failed("InvalidParameterException", required("L1"))]])).toEqual([]);
  });

  it("takes a replica still InProgress on the endpoint for the model's InSync one", () => {
    const endpoint = ok({ ReplicationStatus: [{ Region: "eu-west-1", Status: "InProgress" }] });
    const model = ok({ ReplicationStatus: [{ Region: "eu-west-1", Status: "InSync", StatusMessage: "Replication succeeded" }] });
    expect(compare("ReplicateSecretToRegions", [[endpoint, model]])).toEqual([]);
    const failedReplica = ok({ ReplicationStatus: [{ Region: "eu-west-1", Status: "Failed" }] });
    expect(compare("ReplicateSecretToRegions", [[failedReplica, model]])).not.toEqual([]);
  });
});

describe("ListSecrets order", () => {
  const entry = (name: string, created: number) => ({ ARN: arn("#1", name), Name: name, CreatedDate: created });

  it("is the order of the sort AWS defines, CreatedDate ascending by default", () => {
    const model = [entry("p-1/a", 1), entry("p-1/b", 2)];
    expect(listOrderProblem({}, model, model)).toBeUndefined();
    expect(listOrderProblem({}, [...model].reverse(), model)).toMatch(/p-1\/b before p-1\/a/);
    expect(listOrderProblem({ SortOrder: "desc" }, [...model].reverse(), model)).toBeUndefined();
    expect(listOrderProblem({ SortBy: "name", SortOrder: "desc" }, model, model)).toMatch(/by name descending/);
  });

  it("leaves secrets with equal sort values, or never accessed, in any order", () => {
    const model = [entry("p-1/a", 1), entry("p-1/b", 1)];
    expect(listOrderProblem({}, [...model].reverse(), model)).toBeUndefined();
    expect(listOrderProblem({ SortBy: "last-accessed-date" }, [...model].reverse(), model)).toBeUndefined();
  });
});

describe("GetRandomPassword", () => {
  it("is held against the request's rules, not compared with the model's draw", () => {
    expect(passwordProblem({}, "aB3$".repeat(8))).toBeUndefined();
    expect(passwordProblem({ PasswordLength: 8 }, "aB3$aB3$a")).toMatch(/9 characters instead of 8/);
    expect(passwordProblem({ ExcludeNumbers: true, PasswordLength: 4 }, "aB3$")).toMatch(/"3" is excluded/);
    expect(passwordProblem({ PasswordLength: 4 }, "aBcd")).toMatch(/no character of the included type/);
    expect(passwordProblem({ PasswordLength: 4, RequireEachIncludedType: false }, "aBcd")).toBeUndefined();
    expect(passwordProblem({ PasswordLength: 4, IncludeSpace: true, ExcludePunctuation: true }, "a B3")).toBeUndefined();
  });
});
