// Recording reads of secret values: LastAccessedDate on the secret and on the
// version read, to the day (docs/semantics/values.md#lastaccesseddate; AWS doc: "rounded to the date level").
// GetSecretValue records one read; BatchGetSecretValue records every read of a call in one write.
// A read in a replica's Region also shows in its primary's ReplicationStatus.
import type { Secret } from "../model/secret.ts";
import type { SecretVersion } from "../model/secret-version.ts";
import type { State } from "../model/state.ts";
import { startOfUtcDay, type Timestamp } from "../model/time.ts";
import { noteReplicaAccess } from "../store/replicas.ts";
import { SecretEdit, type SecretChange } from "../store/secret-edit.ts";
import { editTables, type TableEdit } from "../store/table-writes.ts";
import { lookupByName } from "./find-secret.ts";
import { isReplica } from "./replication.ts";

export interface Read {
  readonly secret: Secret;
  readonly version: SecretVersion;
}

const isStale = (secret: Secret, version: SecretVersion, today: Timestamp) =>
  secret.LastAccessedDate !== today || version.LastAccessedDate !== today;

function readChange(secret: Secret, version: SecretVersion, today: Timestamp, now: Timestamp): SecretChange {
  const edit = new SecretEdit(secret);
  edit.changeVersion(version.VersionId, (draft) => {
    draft.LastAccessedDate = today;
  });
  edit.metadata((draft) => {
    draft.LastAccessedDate = today;
  });
  return edit.finishWithoutAdding(now);
}

/** The state after one read; the same state when its dates are already today. */
export function recordRead(state: State, region: string, secret: Secret, version: SecretVersion, now: Timestamp): State {
  const today = startOfUtcDay(now);
  if (!isStale(secret, version, today)) return state;
  return recordReads(state, region, [{ secret, version }], now);
}

/** The state after the reads; the same state when every date is already today. */
export function recordReads(state: State, region: string, reads: readonly Read[], now: Timestamp): State {
  const today = startOfUtcDay(now);
  const edits: TableEdit[] = [];
  const seen = new Set<string>();
  for (const { secret, version } of reads) {
    if (!isStale(secret, version, today) || seen.has(secret.Name)) continue;
    seen.add(secret.Name);
    edits.push({ kind: "change", region, name: secret.Name, change: readChange(secret, version, today, now) });
  }
  let next = editTables(state, edits);
  for (const edit of edits) {
    const read = edit.kind === "change" ? lookupByName(next, region, edit.name) : undefined;
    if (read !== undefined && isReplica(read)) next = noteReplicaAccess(next, read);
  }
  return next;
}
