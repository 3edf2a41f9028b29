// Recording reads of secret values: LastAccessedDate on the secret and on the
// version read, to the day (docs/semantics/values.md#lastaccesseddate; AWS doc: "rounded to the date level").
// BatchGetSecretValue records every read of a call in one write.
import { produce, type Draft } from "immer";
import type { Secret } from "../model/secret.ts";
import type { SecretVersion } from "../model/secret-version.ts";
import { tableGet, type SecretTable } from "../model/secret-table.ts";
import type { State } from "../model/state.ts";
import { startOfUtcDay, type Timestamp } from "../model/time.ts";

export interface Read {
  readonly secret: Secret;
  readonly version: SecretVersion;
}

/** The state after the reads; the same state when every date is already today. */
export function recordReads(state: State, region: string, reads: readonly Read[], now: Timestamp): State {
  const today = startOfUtcDay(now);
  const stale = reads.filter(
    ({ secret, version }) => secret.LastAccessedDate !== today || version.LastAccessedDate !== today,
  );
  if (stale.length === 0) return state;
  return produce(state, (draft) => {
    const table = draft.regions[region]!.secrets as unknown as SecretTable;
    for (const { secret, version } of stale) {
      const stored = tableGet(table, secret.Name) as Draft<Secret>;
      stored.LastAccessedDate = today;
      stored.versions[version.VersionId]!.LastAccessedDate = today;
    }
  });
}
