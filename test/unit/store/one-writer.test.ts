// The store (src/core/store/) is the only code that writes a secret's versions, labels and
// pruned ids, and the only code that walks an immer draft of the secret tables: a search of
// the sources for such writes elsewhere finds none.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "../../../src");
const STORE = "core/store/";

function sources(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** A write of a secret's versions, labels or pruned ids: an assignment to them or into them, or a delete. */
const WRITE =
  /\.(versions|labels|prunedVersionIds)\b([.!?]*(\w+|\[[^\]]*\]))*\s*(=(?!=)|\+=|-=)|\bdelete\s+[\w.!?\[\]"'`]*\.(versions|labels|prunedVersionIds)\b/;
/** Immer, and the table's draft writers: only the store drafts the state. */
const DRAFTING = /from "immer"|\b(tableSet|tableDelete)\(/;

function offending(pattern: RegExp, allowed: (file: string) => boolean): string[] {
  return sources(SRC).flatMap((path) => {
    const file = relative(SRC, path);
    if (allowed(file)) return [];
    return readFileSync(path, "utf8")
      .split("\n")
      .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
  });
}

describe("the store is the one writer", () => {
  it("no code outside src/core/store writes a secret's versions, labels or pruned ids", () => {
    expect(offending(WRITE, (file) => file.startsWith(STORE))).toEqual([]);
  });

  it("no code outside src/core/store uses immer or the table's draft writers (reading a saved state builds its tables)", () => {
    expect(offending(DRAFTING, (file) => file.startsWith(STORE) || file === "core/model/secret-table.ts" || file === "core/model/state-json.ts")).toEqual([]);
  });

  it("the search finds the writes it looks for, and not the reads", () => {
    const writes = [
      "secret.versions = next;",
      "draft.labels[label] = id;",
      "delete target.labels[AWSPENDING];",
      "secret.versions.list[0]!.CreatedDate = 1;",
      "s.prunedVersionIds[bucket] = ids;",
    ];
    const reads = ["const x = secret.versions;", "if (secret.labels[label] === id) return;", "secret.versions.count > 100", "holderOf(secret.labels, label)"];
    expect(writes.filter((line) => !WRITE.test(line))).toEqual([]);
    expect(reads.filter((line) => WRITE.test(line))).toEqual([]);
    expect(DRAFTING.test('import { produce } from "immer";')).toBe(true);
  });
});
