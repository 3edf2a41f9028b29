// Version invariants over random call sequences (docs/semantics/versions-and-labels.md#invariants, items 6, 7, 8).
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { prunedIds } from "../../src/core/store/versions.ts";
import { AWSCURRENT, AWSPENDING, AWSPREVIOUS, DAY_MS, versionById, versionIds, versionsInOrder, type Secret } from "../../src/index.ts";
import { callsArbitrary, type Call } from "./calls.ts";
import { pruningCallsArbitrary } from "./pruning-calls.ts";
import { secretsByArn, stagesByVersion, steps } from "./run.ts";

const anySequence = fc.oneof(callsArbitrary(), pruningCallsArbitrary());

/** The labels a call may take off a version: those it names, and those that follow AWSCURRENT. */
function labelsMovedBy(call: Call): Set<string> {
  if (call.kind !== "call") return new Set();
  const request = call.request as { VersionStages?: string[]; VersionStage?: string; SecretString?: string; SecretBinary?: string };
  const named =
    call.name === "PutSecretValue"
      ? (request.VersionStages ?? [AWSCURRENT])
      : call.name === "UpdateSecret" && (request.SecretString ?? request.SecretBinary) !== undefined
        ? [AWSCURRENT]
        : call.name === "UpdateSecretVersionStage" && request.VersionStage !== undefined
          ? [request.VersionStage]
          : [];
  const moved = new Set(named);
  if (moved.has(AWSCURRENT)) for (const label of [AWSPREVIOUS, AWSPENDING]) moved.add(label);
  return moved;
}

function pruned(before: Secret, after: Secret): string[] {
  return versionIds(before.versions).filter((id) => versionById(after.versions, id) === undefined);
}

describe("versions", () => {
  test.prop([anySequence], { numRuns: 60 })("a VersionId is never reused for a different value", (calls) => {
    const firstValue = new Map<string, string>();
    const gone = new Set<string>();
    let previous = new Map<string, Secret>();
    for (const { after } of steps(calls)) {
      const secrets = secretsByArn(after);
      for (const [arn, secret] of secrets) {
        const old = previous.get(arn);
        // Structural sharing: versions left untouched were checked when first seen.
        if (old?.versions === secret.versions) continue;
        for (const version of versionsInOrder(secret.versions)) {
          const key = `${arn} ${version.VersionId}`;
          if (old !== undefined && versionById(old.versions, version.VersionId) === version) continue;
          expect(gone.has(key)).toBe(false);
          // A rotation stub has no value until its one fill (docs/semantics/versions-and-labels.md#invariants, item 6).
          if (version.value === undefined) continue;
          const value = JSON.stringify(version.value);
          expect(firstValue.get(key) ?? value).toBe(value);
          firstValue.set(key, value);
        }
        if (old) for (const id of pruned(old, secret)) gone.add(`${arn} ${id}`);
      }
      previous = secrets;
    }
  });

  test.prop([pruningCallsArbitrary()], { numRuns: 25 })(
    "a labelled or younger-than-24-hours version is never pruned",
    (calls) => {
      for (const { call, before, after, now } of steps(calls)) {
        const previously = secretsByArn(before);
        for (const [arn, secret] of secretsByArn(after)) {
          const old = previously.get(arn);
          if (old === undefined) continue;
          const moved = labelsMovedBy(call);
          const stages = stagesByVersion(old);
          for (const id of pruned(old, secret)) {
            expect(now - versionById(old.versions, id)!.CreatedDate).toBeGreaterThanOrEqual(DAY_MS);
            // Only a label that this call moved or removed can have left it.
            expect(stages.get(id)!.filter((label) => !moved.has(label))).toEqual([]);
            expect(prunedIds(secret.versions)).toContain(id);
          }
          // Pruning never takes a secret below 100 versions.
          if (pruned(old, secret).length > 0) {
            expect(versionIds(secret.versions).length).toBeGreaterThanOrEqual(100);
          }
        }
      }
    },
  );

  test("pruning runs in some of the long random sequences", () => {
    // Guards the generator: without pruning the property above would pass vacuously.
    const samples = fc.sample(pruningCallsArbitrary(), { numRuns: 10, seed: 7 });
    const pruningRuns = samples.filter((calls) =>
      [...steps(calls)].some(({ before, after }) =>
        [...secretsByArn(after)].some(([arn, s]) => {
          const old = secretsByArn(before).get(arn);
          return old !== undefined && pruned(old, s).length > 0;
        }),
      ),
    );
    expect(pruningRuns.length).toBeGreaterThan(0);
  });
});
