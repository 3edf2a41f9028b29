// Compares an answer of the library with a recorded one: same members, same
// values, placeholders filled in. The recorder sorted VersionStages and
// Versions, so those lists are compared as sets.
import { DATE, JSON_TEXT } from "../fixtures/refs.ts";
import type { Resolver } from "./refs-resolver.ts";

const UNORDERED = new Set(["VersionStages", "Versions"]);

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

/** Where `actual` differs from `expected`, or undefined when it matches. Binds suffixes into `bound`. */
export function difference(
  resolver: Resolver,
  expected: unknown,
  actual: unknown,
  path: string,
  bound: Map<number, string>,
): string | undefined {
  const differs = () => `${path}: expected ${show(expected)}, got ${show(actual)}`;
  if (expected === DATE) return typeof actual === "number" && Number.isFinite(actual) ? undefined : differs();
  if (typeof expected === "string") {
    return typeof actual === "string" && resolver.matchText(expected, actual, bound) ? undefined : differs();
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return differs();
    const key = path.slice(path.lastIndexOf(".") + 1);
    if (UNORDERED.has(key)) return sameMembers(resolver, expected, actual, bound) ? undefined : `${differs()} (in any order)`;
    for (const [i, item] of expected.entries()) {
      const problem = difference(resolver, item, actual[i], `${path}[${i}]`, bound);
      if (problem) return problem;
    }
    return undefined;
  }
  if (expected !== null && typeof expected === "object") {
    if (JSON_TEXT in expected) {
      if (typeof actual !== "string") return differs();
      return difference(resolver, (expected as Record<string, unknown>)[JSON_TEXT], JSON.parse(actual), path, bound);
    }
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return differs();
    const want = resolver.resolve(Object.keys(expected)) as string[];
    // A member set to undefined is absent on the wire.
    const have = Object.keys(actual).filter((k) => (actual as Record<string, unknown>)[k] !== undefined);
    const missing = want.filter((k) => !have.includes(k));
    const extra = have.filter((k) => !want.includes(k));
    if (missing.length > 0 || extra.length > 0) {
      return `${path}: missing members [${missing}], unexpected members [${extra}] in ${show(actual)}`;
    }
    for (const [i, value] of Object.values(expected).entries()) {
      const member = want[i]!;
      const problem = difference(resolver, value, (actual as Record<string, unknown>)[member], `${path}.${member}`, bound);
      if (problem) return problem;
    }
    return undefined;
  }
  return Object.is(expected, actual) ? undefined : differs();
}

/** Whether some pairing of the two lists matches item by item (backtracking; the lists are short). */
function sameMembers(resolver: Resolver, expected: unknown[], actual: unknown[], bound: Map<number, string>): boolean {
  const used = new Set<number>();
  const pair = (i: number, scratch: Map<number, string>): Map<number, string> | undefined => {
    if (i === expected.length) return scratch;
    for (let j = 0; j < actual.length; j++) {
      if (used.has(j)) continue;
      const trial = new Map(scratch);
      if (difference(resolver, expected[i], actual[j], `[${j}]`, trial) !== undefined) continue;
      used.add(j);
      const done = pair(i + 1, trial);
      if (done) return done;
      used.delete(j);
    }
    return undefined;
  };
  const done = pair(0, bound);
  if (!done) return false;
  for (const [i, value] of done) bound.set(i, value);
  return true;
}
