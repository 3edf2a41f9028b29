// The state file's journal: after a first line holding a whole snapshot, each line holds the
// changes of one save as [path, value] (set) or [path] (delete), in the line format of
// state-file-lines.ts. The state is immutable and shares unchanged parts between versions, so
// the changes are found by comparing references, at a cost that follows the size of the change,
// not of the state.

export type Path = readonly string[];
export type Change = readonly [Path, unknown] | readonly [Path];

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The changes that turn `before` into `after` (scalars, and lists that shrank, are replaced whole). */
export function changesBetween(before: unknown, after: unknown, path: Path = [], out: Change[] = []): Change[] {
  if (before === after) return out;
  if (Array.isArray(before) && Array.isArray(after) && after.length >= before.length) {
    // A list that grew (a log of ids) is recorded element by element, not whole.
    for (let i = 0; i < after.length; i++) {
      if (i >= before.length) out.push([[...path, String(i)], after[i]]);
      else changesBetween(before[i], after[i], [...path, String(i)], out);
    }
    return out;
  }
  if (!isRecord(before) || !isRecord(after)) {
    out.push([path, after]);
    return out;
  }
  for (const key of Object.keys(after)) {
    const next = after[key];
    if (!Object.hasOwn(before, key)) out.push([[...path, key], next]);
    else changesBetween(before[key], next, [...path, key], out);
  }
  for (const key of Object.keys(before)) {
    if (!Object.hasOwn(after, key)) out.push([[...path, key]]);
  }
  return out;
}

function isContainer(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

/** Applies changes to a tree parsed from JSON, in place; keys are always own data properties. */
export function applyChanges(root: unknown, changes: readonly Change[]): unknown {
  let tree = root;
  for (const change of changes) {
    const [path] = change;
    if (path.length === 0) {
      tree = change[1];
      continue;
    }
    let node = tree;
    for (const key of path.slice(0, -1)) {
      if (!isContainer(node) || !Object.hasOwn(node, key)) throw new Error(`the journal changes ${path.join("/")}, which is not in the state`);
      node = (node as Record<string, unknown>)[key];
    }
    if (!isContainer(node)) throw new Error(`the journal changes ${path.join("/")}, which is not in an object`);
    if (Array.isArray(node) && !/^\d+$/.test(path[path.length - 1]!)) throw new Error(`the journal changes ${path.join("/")}, not an index of a list`);
    const key = path[path.length - 1]!;
    if (change.length === 1) delete (node as Record<string, unknown>)[key];
    else Object.defineProperty(node, key, { value: change[1], enumerable: true, writable: true, configurable: true });
  }
  return tree;
}

export function isChangeList(value: unknown): value is Change[] {
  return (
    Array.isArray(value) &&
    value.every(
      (change) =>
        Array.isArray(change) &&
        (change.length === 1 || change.length === 2) &&
        Array.isArray(change[0]) &&
        (change[0] as unknown[]).every((key) => typeof key === "string"),
    )
  );
}
