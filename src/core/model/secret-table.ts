// The secrets of one region, by name. Names are spread over a fixed two-level
// hash of small dicts so that an immer write copies a few dozen keys, not the
// whole catalogue: the cost of a write does not grow with the number of secrets.
import type { Dict } from "./dict.ts";
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

/** A table, frozen or as an immer draft. */
interface Shards<S> {
  readonly shards: { readonly [outer: string]: { readonly [inner: string]: { readonly [name: string]: S } } };
}

/** A table being built (stateFromJson) or an immer draft of one (the store, store/table-writes.ts). */
export interface WritableTable<S> {
  shards: { [outer: string]: { [inner: string]: { [name: string]: S } } };
  count: number;
}

export function tableGet<S>(table: Shards<S>, name: string): S | undefined {
  const h = hash(name);
  // Shard keys are numbers (read here as numbers, which V8 reads fastest) and leaves have
  // no prototype: a plain read finds own members only.
  return table.shards[h % FANOUT]?.[Math.floor(h / FANOUT) % FANOUT]?.[name];
}

/** A leaf: names are user-chosen, so it has no prototype. */
function newLeaf<S>(): { [name: string]: S } {
  return Object.create(null);
}

export function tableSet<S extends { readonly Name: string }>(table: WritableTable<S>, secret: S): void {
  const [outer, inner] = shardKeys(secret.Name);
  const middle = Object.hasOwn(table.shards, outer) ? table.shards[outer]! : (table.shards[outer] = {});
  const leaf = Object.hasOwn(middle, inner) ? middle[inner]! : (middle[inner] = newLeaf<S>());
  if (!Object.hasOwn(leaf, secret.Name)) table.count += 1;
  leaf[secret.Name] = secret;
}

export function tableDelete<S>(table: WritableTable<S>, name: string): void {
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
