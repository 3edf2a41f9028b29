// The secrets of one region, by name. Names are spread over a fixed two-level
// hash of small dicts so that an immer write copies a few dozen keys, not the
// whole catalogue: the cost of a write does not grow with the number of secrets.
import { emptyDict, getOwn, type Dict } from "./dict.ts";
import type { Secret } from "./secret.ts";

export interface SecretTable {
  readonly shards: Dict<Dict<Dict<Secret>>>;
  readonly count: number;
}

const FANOUT = 32;

export function emptySecretTable(): SecretTable {
  // Shard keys are small numbers, so the two upper levels are plain objects (immer
  // copies those faster); only the leaves, keyed by user-chosen names, have no prototype.
  return { shards: {}, count: 0 };
}

/** FNV-1a, 32 bits: a stable, well-spread hash of a name. */
function hash(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function shardKeys(name: string): readonly [string, string] {
  const h = hash(name);
  return [String(h % FANOUT), String(Math.floor(h / FANOUT) % FANOUT)];
}

export function tableGet(table: SecretTable, name: string): Secret | undefined {
  const [outer, inner] = shardKeys(name);
  const middle = getOwn(table.shards, outer);
  const leaf = middle && getOwn(middle, inner);
  return leaf && getOwn(leaf, name);
}

/** Writes through an immer draft of the table. */
export function tableSet(table: { shards: Record<string, Record<string, Record<string, Secret>>>; count: number }, secret: Secret): void {
  const [outer, inner] = shardKeys(secret.Name);
  const middle = Object.hasOwn(table.shards, outer)
    ? table.shards[outer]!
    : (table.shards[outer] = {});
  const leaf = Object.hasOwn(middle, inner)
    ? middle[inner]!
    : (middle[inner] = emptyDict() as Record<string, Secret>);
  if (!Object.hasOwn(leaf, secret.Name)) table.count += 1;
  leaf[secret.Name] = secret;
}

export function tableDelete(table: { shards: Record<string, Record<string, Record<string, Secret>>>; count: number }, name: string): void {
  const [outer, inner] = shardKeys(name);
  const leaf = table.shards[outer]?.[inner];
  if (leaf !== undefined && Object.hasOwn(leaf, name)) {
    delete leaf[name];
    table.count -= 1;
  }
}

export function* tableSecrets(table: SecretTable): Generator<Secret> {
  for (const middle of Object.values(table.shards)) {
    for (const leaf of Object.values(middle)) yield* Object.values(leaf);
  }
}
