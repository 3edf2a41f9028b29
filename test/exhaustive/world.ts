// One point of the exhaustive exploration: the library's state, the simple
// model of the model-based tests in the same place, and the clock; and the
// canonical form under which two points count as one state.
import {
  emptyState,
  getOwn,
  operations,
  tableGet,
  tokenFor,
  versionsInOrder,
  type Context,
  type Secret,
  type State,
} from "../../src/index.ts";
import { prunedIds } from "../../src/core/store/versions.ts";
import { Model, type ModelSecret } from "../model/model.ts";

/** The one secret of the universe, and the three ClientRequestTokens. */
export const SECRET = "s";
export const TOKENS = [1, 2, 3].map(tokenFor);
export const REGION = "us-east-1";

export interface World {
  readonly state: State;
  readonly model: Model;
  readonly now: number;
}

export const contextAt = (now: number): Context => ({ now, region: REGION, arnSuffix: "AbCdEf", randomSeed: 1 });

/** The secret, created without a value: no version yet, so the first write's AWSCURRENT rule is reached. */
export function initialWorld(): World {
  const model = new Model();
  model.create(SECRET, undefined, undefined);
  const created = operations.CreateSecret(emptyState(), { Name: SECRET }, contextAt(model.now));
  if (!created.ok) throw new Error(`CreateSecret failed: ${created.error.code}`);
  return { state: created.state, model, now: model.now };
}

/** A copy of the model that a step may change without touching the point it came from. */
export function copyModel(model: Model): Model {
  const copy = new Model();
  copy.now = model.now;
  for (const name of model.purged) copy.purged.add(name);
  for (const [name, secret] of model.secrets) {
    copy.secrets.set(name, {
      ...secret,
      versions: secret.versions.map((v) => ({ ...v })),
      labels: new Map(secret.labels),
      ...(secret.tags && { tags: secret.tags.map((t) => ({ ...t })) }),
    });
  }
  return copy;
}

/**
 * The canonical form of a point, the same for the library and for the model:
 * - versions in creation order, by position, with their values, not by token: every
 *   step is offered with each of the three tokens and the library uses a token's
 *   text only for equality below the 100-version quota (nothing is pruned here), so
 *   two points that differ by a renaming of tokens have the same futures, renamed;
 * - labels as a sorted set of (label, position): the order labels were attached in
 *   only orders VersionStages in answers, which every check compares as a set (AWS
 *   documents no order);
 * - dates relative to the clock, and only the one that changes a future: the time left
 *   in the recovery window, which decides when a tick removes the secret (0 once
 *   ended). CreatedDate, LastChangedDate and LastAccessedDate are left out: with at
 *   most three versions nothing is pruned (the 24-hour rule applies past 100
 *   versions), nothing rotates, and no check reads them.
 */
export interface Canonical {
  /** Each version's value, in creation order. */
  readonly versions: readonly string[];
  /** Label → position of its version, sorted by label. */
  readonly labels: readonly (readonly [string, number])[];
  /** Milliseconds left in the recovery window; absent while not scheduled for deletion. */
  readonly deletionIn?: number;
}

/** The canonical form as text, "absent" once the secret is gone. */
export function libraryKey(state: State, now: number): string {
  const region = getOwn(state.regions, REGION);
  const secret = region && tableGet(region.secrets, SECRET);
  if (region === undefined || secret === undefined) return "absent";
  guardUniverse(state, secret);
  const stored = [...versionsInOrder(secret.versions)];
  const ids: string[] = stored.map((version) => version.VersionId);
  const versions = stored.map(({ value }) => (value?.kind === "string" ? `S:${value.SecretString}` : `other:${JSON.stringify(value)}`));
  const labels = Object.keys(secret.labels).map((label) => [label, ids.indexOf(secret.labels[label]!)] as const);
  return keyOf(versions, labels, secret.DeletionDate === undefined ? undefined : secret.DeletionDate - now);
}

export function modelKey(model: Model): string {
  const secret: ModelSecret | undefined = model.secrets.get(SECRET);
  if (secret === undefined) return "absent";
  const ids = secret.versions.map((v) => v.id);
  const labels = [...secret.labels].map(([label, id]) => [label, ids.indexOf(id)] as const);
  const left = secret.deletionDate === undefined ? undefined : secret.deletionDate - model.now;
  return keyOf(secret.versions.map((v) => v.value), labels, left);
}

// Built by hand rather than with JSON.stringify: it is computed twice per step.
function keyOf(versions: readonly string[], labels: (readonly [string, number])[], left: number | undefined): string {
  const placed = labels.map(([label, at]) => `${label}=${at}`).sort();
  return `${versions.join(",")}|${placed.join(",")}|${left === undefined ? "" : Math.max(0, left)}`;
}

/** The canonical form a key stands for ("absent" has none). */
export function parseKey(key: string): Canonical | undefined {
  if (key === "absent") return undefined;
  const [versions, labels, left] = key.split("|") as [string, string, string];
  return {
    versions: versions === "" ? [] : versions.split(","),
    labels: labels === "" ? [] : labels.split(",").map((l) => [l.slice(0, l.lastIndexOf("=")), Number(l.slice(l.lastIndexOf("=") + 1))] as const),
    ...(left !== "" && { deletionIn: Number(left) }),
  };
}

/** The canonical form drops what this universe never reaches; a point beyond it is a bug of the explorer. */
function guardUniverse(state: State, secret: Secret): void {
  const regions = Object.keys(state.regions);
  const others = regions.length !== 1 || getOwn(state.regions, REGION)!.secrets.count !== 1;
  if (others || prunedIds(secret.versions).length > 0 || secret.rotation !== undefined) {
    throw new Error("a point outside the explored universe: the canonical form would merge unlike states");
  }
}
