// The invariants of the secret/version model (docs/semantics/versions-and-labels.md#invariants) that a state shows on
// its own, without the calls that led to it. Each violation is one sentence.
// Not checked here: "AWSPREVIOUS is not on the AWSCURRENT version", which
// holds after automatic moves only (an explicit UpdateSecretVersionStage of
// AWSPREVIOUS may put it there); the property tests check it per call.
import { secretArnPrefix } from "./model/arn.ts";
import { getOwn } from "./model/dict.ts";
import type { Secret } from "./model/secret.ts";
import type { SecretVersion } from "./model/secret-version.ts";
import { tableGet, tableSecrets } from "./model/secret-table.ts";
import type { State } from "./model/state.ts";
import { DAY_MS } from "./model/time.ts";
import { describeSecret } from "./operations/describe-secret.ts";
import { listSecretVersionIds, type SecretVersionsListEntry } from "./operations/list-secret-version-ids.ts";
import { MAX_LABELS, MAX_VERSIONS } from "./store/secret-edit.ts";
import { idHash } from "./store/id-hash.ts";
import { isPruned, prunedEntries } from "./store/pruned-ids.ts";
import { versionById, versionsInOrder } from "./store/versions.ts";

const ARN_SUFFIX = /^[A-Za-z0-9]{6}$/;
const VALUE_MEMBERS: Record<string, string> = { string: "SecretString,kind", binary: "SecretBinary,kind" };

export function invariantViolations(state: State): string[] {
  const found: string[] = [];
  for (const region of Object.keys(state.regions)) {
    const table = getOwn(state.regions, region)!.secrets;
    const arns = new Set<string>();
    let count = 0;
    for (const secret of tableSecrets(table)) {
      count += 1;
      const where = `${region}/${secret.Name}`;
      // 10. Names are unique per region: the table finds each secret under its own name.
      if (tableGet(table, secret.Name) !== secret) found.push(`${where}: not found under its own name`);
      if (arns.has(secret.ARN)) found.push(`${where}: ARN ${secret.ARN} is used twice`);
      arns.add(secret.ARN);
      found.push(...arnViolations(state, region, secret).map((v) => `${where}: ${v}`));
      found.push(...secretViolations(secret).map((v) => `${where}: ${v}`));
      found.push(...viewViolations(state, region, secret).map((v) => `${where}: ${v}`));
    }
    if (count !== table.count) found.push(`${region}: table count ${table.count} but ${count} secrets`);
  }
  return found;
}

/** 10. The ARN embeds partition, region, account and name, then "-" and six characters. */
function arnViolations(state: State, region: string, secret: Secret): string[] {
  const prefix = `${secretArnPrefix(state.partition, region, state.accountId)}${secret.Name}-`;
  const ok = secret.ARN.startsWith(prefix) && ARN_SUFFIX.test(secret.ARN.slice(prefix.length));
  return ok ? [] : [`ARN ${secret.ARN} does not match ${prefix}XXXXXX`];
}

function secretViolations(secret: Secret): string[] {
  const found: string[] = [];
  const labels = Object.keys(secret.labels);
  // 1. Each label names one version, which exists.
  for (const label of labels) {
    const holder = secret.labels[label]!;
    if (versionById(secret.versions, holder) === undefined) found.push(`label ${label} is on missing version ${holder}`);
  }
  // 3. AWSCURRENT, like every label, is on an existing version (above); that it is never
  // detached once attached needs the history, so the property tests check it.
  // 2. At most 20 labels across the secret.
  if (labels.length > MAX_LABELS) found.push(`${labels.length} labels, more than ${MAX_LABELS}`);
  found.push(...layoutViolations(secret));
  const versions = [...versionsInOrder(secret.versions)];
  for (const version of versions) {
    const id = version.VersionId;
    // 11. One value kind per version, or none for a rotation stub.
    const value = version.value;
    if (value !== undefined) {
      const members = Object.keys(value).sort().join(",");
      const expected = VALUE_MEMBERS[value.kind as string];
      if (members !== expected) found.push(`version ${id} holds value members ${members} of kind ${value.kind}`);
    }
    if (version.CreatedDate < secret.CreatedDate) found.push(`version ${id} is older than its secret`);
  }
  found.push(...pruningViolations(secret, versions));
  return found;
}

/**
 * 7. VersionIds are unique and never reuse a pruned id; and the store's layout holds
 * together (store/versions.ts): each version is filed under its own id and that id's
 * hash, each pruned id where a lookup finds it, and the count is the number of versions.
 */
function layoutViolations(secret: Secret): string[] {
  const found: string[] = [];
  const { list, ids, hashes, count } = secret.versions;
  if (ids.length !== list.length || hashes.length !== list.length) {
    return [`versions filed in ${list.length} places with ${ids.length} ids and ${hashes.length} hashes`];
  }
  const pruned = new Set<string>();
  for (const { id, path } of prunedEntries(secret.versions.pruned)) {
    if (pruned.has(id)) found.push("a pruned VersionId is listed twice");
    pruned.add(id);
    if (!isPruned(secret.versions.pruned, id)) found.push(`pruned VersionId ${id} is filed where a lookup does not find it (${path.join(".")})`);
  }
  const live = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const version = list[i];
    if (version === null || version === undefined) continue;
    const id = ids[i]!;
    if (version.VersionId !== id) found.push(`version ${version.VersionId} is stored under ${id}`);
    if (hashes[i] !== idHash(id)) found.push(`version ${id} is filed under another id's hash`);
    if (live.has(id)) found.push(`VersionId ${id} is listed twice`);
    live.add(id);
    if (pruned.has(id)) found.push(`version ${id} reuses a pruned VersionId`);
  }
  if (live.size !== count) found.push(`version count ${count} but ${live.size} versions`);
  return found;
}

/**
 * 8. Pruning runs on every write, at a time no earlier than the newest version:
 * a secret over 100 versions has no label-less version that was already 24
 * hours old when its newest version was written.
 */
function pruningViolations(secret: Secret, versions: readonly SecretVersion[]): string[] {
  if (versions.length <= MAX_VERSIONS) return [];
  const labelled = new Set<string>(Object.values(secret.labels));
  const newest = Math.max(...versions.map((version) => version.CreatedDate));
  const stale = versions.filter((version) => !labelled.has(version.VersionId) && newest - version.CreatedDate >= DAY_MS);
  return stale.length > 0 ? [`${versions.length} versions, yet label-less version ${stale[0]!.VersionId} was prunable`] : [];
}

/**
 * 9. DescribeSecret's VersionIdsToStages and ListSecretVersionIds show the label index:
 * each labelled version with its labels, and with IncludeDeprecated every version.
 * Compared with the index itself, not with each other: both views derive from it.
 */
function viewViolations(state: State, region: string, secret: Secret): string[] {
  const context = { now: 0, region, arnSuffix: "AAAAAA", randomSeed: 0 };
  const described = describeSecret(state, { SecretId: secret.ARN }, context);
  if (!described.ok) return [`DescribeSecret cannot find it by its ARN: ${described.error.code}`];
  const byVersion = new Map<string, string[]>();
  for (const label of Object.keys(secret.labels)) {
    const holder = secret.labels[label]!;
    byVersion.set(holder, [...(byVersion.get(holder) ?? []), label]);
  }
  const index = stagesText([...byVersion]);
  const found: string[] = [];
  if (stagesText(Object.entries(described.response.VersionIdsToStages ?? {})) !== index) {
    found.push("DescribeSecret's VersionIdsToStages differs from the label index");
  }
  const labelled = listAll(state, secret.ARN, region, false);
  if (stagesText(labelled.map((v) => [v.VersionId, v.VersionStages ?? []])) !== index) {
    found.push("ListSecretVersionIds differs from the label index");
  }
  const listedIds = listAll(state, secret.ARN, region, true).map((v) => v.VersionId).sort();
  const ids = secret.versions.ids.filter((_, i) => secret.versions.list[i] !== null);
  if (JSON.stringify(listedIds) !== JSON.stringify([...ids].sort())) {
    found.push("ListSecretVersionIds with IncludeDeprecated does not list every version");
  }
  return found;
}

/** Every page; a page that fails ends the list, which then differs from the index. */
function listAll(state: State, arn: string, region: string, includeDeprecated: boolean): SecretVersionsListEntry[] {
  const context = { now: 0, region, arnSuffix: "AAAAAA", randomSeed: 0 };
  const entries: SecretVersionsListEntry[] = [];
  let nextToken: string | undefined;
  do {
    const page = listSecretVersionIds(
      state,
      { SecretId: arn, IncludeDeprecated: includeDeprecated, ...(nextToken !== undefined && { NextToken: nextToken }) },
      context,
    );
    if (!page.ok) break;
    entries.push(...page.response.Versions);
    nextToken = page.response.NextToken;
  } while (nextToken !== undefined);
  return entries;
}

/** Version → labels, as one text that ignores the order of versions and of labels. */
function stagesText(entries: readonly (readonly [string, readonly string[]])[]): string {
  const sorted = entries.map(([id, stages]) => [id, [...stages].sort()] as const);
  return JSON.stringify(sorted.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
