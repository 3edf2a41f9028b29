// A State to JSON and back. The State is JSON-shaped already; reading JSON
// back must check every member and rebuild the null-prototype dicts, so that
// a saved state is the same state, and a corrupt one is refused by name.
import { versionsOf } from "../store/versions-edit.ts";
import { idHash } from "../store/id-hash.ts";
import { FANOUT as PRUNED_FANOUT, isPruned, prunedEntries, type PrunedNode } from "../store/pruned-ids.ts";
import { hasVersion, type Versions } from "../store/versions.ts";
import { dictOf, type Dict } from "./dict.ts";
import type { VersionId } from "./ids.ts";
import type { Secret } from "./secret.ts";
import type { SecretVersion } from "./secret-version.ts";
import { tableSet, tableSecrets, type SecretTable, type WritableTable } from "./secret-table.ts";
import type { RegionState, State } from "./state.ts";

/** The State as a JSON value (JSON.stringify writes null-prototype dicts as objects). */
export function stateToJson(state: State): unknown {
  return state;
}

type Json = Record<string, unknown>;

class Corrupt extends Error {}

function fail(path: string, expected: string): never {
  throw new Corrupt(`Invalid state: ${path} must be ${expected}`);
}

function object(value: unknown, path: string): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(path, "an object");
  return value as Json;
}

function string(value: unknown, path: string): string {
  return typeof value === "string" ? value : fail(path, "a string");
}

function number(value: unknown, path: string): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fail(path, "a number");
}

/** Any JSON value, copied, with every key kept as plain data. */
function cloneJson(value: unknown, path: string): unknown {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return number(value, path);
  if (Array.isArray(value)) return value.map((item, i) => cloneJson(item, `${path}[${i}]`));
  const out: Json = {};
  for (const [key, item] of Object.entries(object(value, path))) {
    Object.defineProperty(out, key, { value: cloneJson(item, `${path}.${key}`), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** The members a reader relies on, checked; any other member copied as JSON, but the `dropped` ones; the order kept. */
function withChecked(json: Json, path: string, checked: Json, dropped: readonly string[] = []): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(json)) {
    if (dropped.includes(key)) continue;
    const copy = Object.hasOwn(checked, key) ? checked[key] : cloneJson(value, `${path}.${key}`);
    Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
  }
  for (const [key, value] of Object.entries(checked)) if (!Object.hasOwn(out, key)) out[key] = value;
  return out;
}

const OPTIONAL_STRINGS = ["Description", "KmsKeyId", "Type", "ResourcePolicy", "RotationLambdaARN", "OwningService", "PrimaryRegion"];
const OPTIONAL_NUMBERS = ["LastAccessedDate", "DeletedDate", "DeletionDate", "LastRotatedDate", "NextRotationDate"];

function versionFromJson(json: unknown, path: string): SecretVersion {
  const version = object(json, path);
  versionIdFromJson(version.VersionId, `${path}.VersionId`);
  number(version.CreatedDate, `${path}.CreatedDate`);
  if (version.LastAccessedDate !== undefined) number(version.LastAccessedDate, `${path}.LastAccessedDate`);
  if (version.value !== undefined) {
    const value = object(version.value, `${path}.value`);
    if (value.kind === "string") string(value.SecretString, `${path}.value.SecretString`);
    else if (value.kind === "binary") string(value.SecretBinary, `${path}.value.SecretBinary`);
    else fail(`${path}.value.kind`, `"string" or "binary"`);
  }
  return cloneJson(version, path) as SecretVersion;
}

function secretFromJson(json: unknown, path: string): Secret {
  const secret = object(json, path);
  string(secret.ARN, `${path}.ARN`);
  string(secret.Name, `${path}.Name`);
  number(secret.CreatedDate, `${path}.CreatedDate`);
  number(secret.LastChangedDate, `${path}.LastChangedDate`);
  for (const key of OPTIONAL_STRINGS) if (secret[key] !== undefined) string(secret[key], `${path}.${key}`);
  for (const key of OPTIONAL_NUMBERS) if (secret[key] !== undefined) number(secret[key], `${path}.${key}`);
  if (secret.RotationEnabled !== undefined && typeof secret.RotationEnabled !== "boolean") fail(`${path}.RotationEnabled`, "a boolean");
  if (secret.Tags !== undefined) {
    if (!Array.isArray(secret.Tags)) fail(`${path}.Tags`, "an array");
    secret.Tags.forEach((tag, i) => {
      string(object(tag, `${path}.Tags[${i}]`).Key, `${path}.Tags[${i}].Key`);
      string((tag as Json).Value, `${path}.Tags[${i}].Value`);
    });
  }
  const versions = versionsFromJson(secret, path);
  const labels: Dict<string> = dictOf(
    Object.entries(object(secret.labels, `${path}.labels`)).map(([label, id]) => {
      const versionId = string(id, `${path}.labels.${label}`);
      if (!hasVersion(versions, versionId)) fail(`${path}.labels.${label}`, "the id of one of the secret's versions");
      return [label, versionId] as const;
    }),
  );
  // Release 0.1.0 kept the pruned ids beside the versions; they are part of the versions now.
  return withChecked(secret, path, { versions, labels }, ["prunedVersionIds"]) as unknown as Secret;
}

/** The versions as the store lays them out (store/versions.ts), or migrated from release 0.1.0. */
function versionsFromJson(secret: Json, path: string): Versions {
  const json = object(secret.versions, `${path}.versions`);
  if (Object.hasOwn(json, "list") && Object.hasOwn(json, "pruned")) return laidOutVersions(json, `${path}.versions`);
  // Release 0.1.0: VersionId → version in creation order, and the pruned ids in buckets.
  const list: SecretVersion[] = [];
  for (const [id, version] of Object.entries(json)) {
    if (version === null || typeof version !== "object" || (version as Json).VersionId !== id) {
      fail(`${path}.versions.${id}.VersionId`, `its key ${JSON.stringify(id)}`);
    }
    list.push(versionFromJson(version, `${path}.versions.${id}`));
  }
  const pruned: VersionId[] = [];
  for (const [bucket, ids] of Object.entries(object(secret.prunedVersionIds ?? {}, `${path}.prunedVersionIds`))) {
    if (!Array.isArray(ids)) fail(`${path}.prunedVersionIds.${bucket}`, "an array");
    ids.forEach((id, i) => pruned.push(versionIdFromJson(id, `${path}.prunedVersionIds.${bucket}[${i}]`)));
  }
  return versionsOf(list, pruned);
}

function list(value: unknown, path: string): unknown[] {
  return Array.isArray(value) ? value : fail(path, "a list");
}

/** The store's layout, kept as it is (a state read back equals the state saved), once checked. */
function laidOutVersions(json: Json, path: string): Versions {
  const ids = list(json.ids, `${path}.ids`).map((id, i) => versionIdFromJson(id, `${path}.ids[${i}]`));
  const hashes = list(json.hashes, `${path}.hashes`).map((hash, i) => {
    if (hash !== idHash(ids[i] ?? "")) fail(`${path}.hashes[${i}]`, "the hash of the id at the same place");
    return hash as number;
  });
  let count = 0;
  const versions = list(json.list, `${path}.list`).map((version, i) => {
    if (version === null) return null;
    const read = versionFromJson(version, `${path}.list[${i}]`);
    if (read.VersionId !== ids[i]) fail(`${path}.list[${i}].VersionId`, `its key ${JSON.stringify(ids[i])}`);
    count += 1;
    return read;
  });
  if (ids.length !== versions.length || hashes.length !== versions.length) fail(`${path}.ids and .hashes`, "as long as the list");
  if (number(json.count, `${path}.count`) !== count) fail(`${path}.count`, `the number of versions, ${count}`);
  const pruned = prunedFromJson(json.pruned, `${path}.pruned`);
  for (const { id } of prunedEntries(pruned)) {
    if (!isPruned(pruned, id)) fail(`${path}.pruned`, `a trie where ${id} is found`);
  }
  return { list: versions, ids, hashes, count, pruned };
}

/** The trie of pruned ids (store/pruned-ids.ts), copied: a branch of 64 nodes, or a leaf of hash, id, … */
function prunedFromJson(node: unknown, path: string): PrunedNode {
  const members = list(node, path);
  if (members.length > 0 && Array.isArray(members[0])) {
    if (members.length !== PRUNED_FANOUT) fail(path, `a list of ${PRUNED_FANOUT} nodes`);
    return members.map((child, i) => prunedFromJson(child, `${path}[${i}]`));
  }
  if (members.length % 2 !== 0) fail(path, "a list of hash, id pairs");
  return members.map((member, i) => {
    if (i % 2 === 1) return versionIdFromJson(member, `${path}[${i}]`);
    if (member !== idHash(String(members[i + 1]))) fail(`${path}[${i}]`, "the hash of the id after it");
    return member as number;
  });
}

/** A VersionId: 32 to 64 characters, so it can never be an Object.prototype member. */
function versionIdFromJson(value: unknown, path: string): VersionId {
  const id = string(value, path);
  if (id.length < 32 || id.length > 64) fail(path, "a VersionId of 32 to 64 characters");
  return id as VersionId;
}

function tableFromJson(json: unknown, path: string): SecretTable {
  const table: WritableTable<Secret> = { shards: {}, count: 0 };
  const seen = new Set<string>();
  for (const [outer, middle] of Object.entries(object(object(json, path).shards, `${path}.shards`))) {
    for (const [inner, leaf] of Object.entries(object(middle, `${path}.shards.${outer}`))) {
      for (const [name, value] of Object.entries(object(leaf, `${path}.shards.${outer}.${inner}`))) {
        const secretPath = `${path}.shards.${outer}.${inner}.${name}`;
        const secret = secretFromJson(value, secretPath);
        if (secret.Name !== name) fail(`${secretPath}.Name`, `its key ${JSON.stringify(name)}`);
        if (seen.has(name)) fail(secretPath, "listed once");
        seen.add(name);
        // Re-inserted, so that each secret lands in the shard its name hashes to.
        tableSet(table, secret);
      }
    }
  }
  return table;
}

/** The State a JSON value describes; throws an Error naming the first bad member. */
export function stateFromJson(json: unknown): State {
  const state = object(json, "state");
  const regions: Dict<RegionState> = dictOf(
    Object.entries(object(state.regions, "state.regions")).map(([region, value]) => {
      const path = `state.regions.${region}`;
      const regionJson = object(value, path);
      return [region, withChecked(regionJson, path, { secrets: tableFromJson(regionJson.secrets, `${path}.secrets`) }) as unknown as RegionState] as const;
    }),
  );
  return withChecked(state, "state", {
    accountId: string(state.accountId, "state.accountId"),
    partition: string(state.partition, "state.partition"),
    regions,
  }) as unknown as State;
}

/** Every secret of a state, for checks after reading. */
export function* stateSecrets(state: State): Generator<Secret> {
  for (const region of Object.values(state.regions)) yield* tableSecrets(region.secrets);
}
