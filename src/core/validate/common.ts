// Members that many operations share, with the API model's constraints.
import type { Tag } from "../model/secret.ts";
import { lengthBetween, required, type Violation } from "./constraints.ts";

export function secretIdViolations(secretId: string | undefined): Violation[] {
  return [required("secretId", secretId), lengthBetween("secretId", secretId, 1, 2048)];
}

export function tokenViolations(token: string | undefined): Violation[] {
  return [lengthBetween("clientRequestToken", token, 32, 64)];
}

export function versionIdViolations(path: string, versionId: string | undefined): Violation[] {
  return [lengthBetween(path, versionId, 32, 64)];
}

export function stageViolations(path: string, stage: string | undefined): Violation[] {
  return [lengthBetween(path, stage, 1, 256)];
}

export function tagViolations(path: string, tags: readonly Tag[] | undefined): Violation[] {
  if (tags === undefined) return [];
  return tags.flatMap((tag, i) => [
    required(`${path}.${i + 1}.member.key`, tag.Key),
    lengthBetween(`${path}.${i + 1}.member.key`, tag.Key, 1, 128),
    required(`${path}.${i + 1}.member.value`, tag.Value),
    lengthBetween(`${path}.${i + 1}.member.value`, tag.Value, 0, 256),
  ]);
}
