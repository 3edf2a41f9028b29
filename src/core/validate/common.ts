// Members that many operations share, with the API model's constraints.
import type { Tag } from "../model/secret.ts";
import { lengthBetween, listMembers, required, type MemberShape, type Violation } from "./constraints.ts";

/** SecretVersionStageType and TagKeyType of the API model. */
const STAGE: MemberShape = { min: 1, max: 256 };
const TAG_KEY: MemberShape = { min: 1, max: 128 };

// One member breaks at most one of these constraints (a missing member has no length),
// so each answers one violation or none, and a valid member makes no list.
export function secretIdViolation(secretId: string | undefined): Violation {
  return required("secretId", secretId) ?? lengthBetween("secretId", secretId, 1, 2048);
}

export function tokenViolation(token: string | undefined): Violation {
  return lengthBetween("clientRequestToken", token, 32, 64);
}

export function versionIdViolation(path: string, versionId: string | undefined): Violation {
  return lengthBetween(path, versionId, 32, 64);
}

export function stageViolation(path: string, stage: string | undefined): Violation {
  return lengthBetween(path, stage, 1, 256);
}

/** PutSecretValue's VersionStages (SecretVersionStagesType: 1 to 20 labels). */
export function versionStagesViolations(stages: readonly string[] | undefined): Violation[] {
  return [lengthBetween("versionStages", stages, 1, 20), listMembers("versionStages", stages, STAGE)];
}

/** UntagResource's TagKeys (TagKeyListType). */
export function tagKeysViolations(keys: readonly string[] | undefined): Violation[] {
  return [required("tagKeys", keys), listMembers("tagKeys", keys, TAG_KEY)];
}

/** A list of structures: AWS names each bad member by its place (`tags.2.member.key`). */
export function tagViolations(path: string, tags: readonly Tag[] | undefined): Violation[] {
  if (tags === undefined) return [];
  return tags.flatMap((tag, i) => [
    required(`${path}.${i + 1}.member.key`, tag.Key),
    lengthBetween(`${path}.${i + 1}.member.key`, tag.Key, 1, 128),
    required(`${path}.${i + 1}.member.value`, tag.Value),
    lengthBetween(`${path}.${i + 1}.member.value`, tag.Value, 0, 256),
  ]);
}
