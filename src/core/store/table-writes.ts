// Writing the secret tables: the only code that walks an immer draft of them. Each
// call is one immer recipe that applies edits already decided, so it cannot fail.
import { castDraft, produce, type Draft } from "immer";
import type { Secret } from "../model/secret.ts";
import { emptySecretTable, tableDelete, tableGet, tableSet, type WritableTable } from "../model/secret-table.ts";
import type { State } from "../model/state.ts";
import type { SecretChange } from "./secret-edit.ts";

/** One decided edit of a table. */
export type TableEdit =
  | { readonly kind: "change"; readonly region: string; readonly name: string; readonly change: SecretChange }
  | { readonly kind: "put"; readonly region: string; readonly secret: Secret }
  | { readonly kind: "remove"; readonly region: string; readonly name: string };

/** The state after the edits, in their order; the same state when they change nothing. */
export function editTables(state: State, edits: readonly TableEdit[]): State {
  if (edits.length === 0) return state;
  return produce(state, (draft) => {
    for (const edit of edits) {
      if (edit.kind === "put") {
        tableSet(tableDraft(draft, edit.region), castDraft(edit.secret));
        continue;
      }
      // Removing from, or changing in, a Region without secrets changes nothing.
      const table = draft.regions[edit.region]?.secrets;
      if (table === undefined) continue;
      if (edit.kind === "remove") tableDelete(table, edit.name);
      else {
        const secret = tableGet(table, edit.name);
        if (secret !== undefined) applyChange(secret, edit.change);
      }
    }
  });
}

function tableDraft(state: Draft<State>, region: string): WritableTable<Draft<Secret>> {
  const existing = state.regions[region];
  if (existing !== undefined) return existing.secrets;
  const created = castDraft({ secrets: emptySecretTable() });
  state.regions[region] = created;
  return created.secrets;
}

function applyChange(secret: Draft<Secret>, change: SecretChange): void {
  change.metadata?.(secret);
  if (change.versions !== undefined) secret.versions = castDraft(change.versions);
  if (change.labels !== undefined) secret.labels = castDraft(change.labels);
}
