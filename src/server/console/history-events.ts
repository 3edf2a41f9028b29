// The events of a secret's history, as the console's timeline shows them, and the reducer that
// replays them: which version holds each staging label since when, which versions exist, whether
// the secret is scheduled for deletion or gone.

/** What happened to a secret; `at` is the emulator's clock (epoch ms), `seq` the order seen. */
export type HistoryEvent = {
  readonly seq: number;
  /** The state change the event belongs to: the events of one call, or one move of the clock, share it. */
  readonly change: number;
  readonly at: number;
  readonly arn: string;
  /** What made the change when the server knows it: an operation, "clock/advance", "reset", "state"... */
  readonly cause?: string;
} & HistoryChange;

export type HistoryChange =
  | { readonly kind: "created" }
  | { readonly kind: "version-added"; readonly versionId: string }
  | { readonly kind: "version-pruned"; readonly versionId: string }
  /** A version gone without pruning: the whole state replaced, or a rotation's test copy dropped. */
  | { readonly kind: "version-removed"; readonly versionId: string }
  /** A staging label moved: `versionId` holds it now (none: removed), `previous` held it before. */
  | { readonly kind: "label"; readonly label: string; readonly versionId?: string; readonly previous?: string }
  | { readonly kind: "deleted"; readonly deletionDate?: number }
  | { readonly kind: "restored" }
  | { readonly kind: "rotation-started"; readonly versionId: string; readonly mode: "rotate" | "test" }
  | { readonly kind: "rotation-ended"; readonly rotated: boolean }
  /**
   * The secret left the state: "purged" at the end of its recovery window, "removed" otherwise
   * (reset, an imported state without it, a deletion without recovery). With what it held then.
   */
  | { readonly kind: "purged" | "removed"; readonly labels: Readonly<Record<string, string>>; readonly versionIds: readonly string[] };

export type HistoryKind = HistoryChange["kind"];

/** A staging label on one version from one moment to another. */
export interface LabelSpan {
  readonly label: string;
  readonly versionId: string;
  /** Absent when the label was there before the first event kept (then `fromSeq` is -1). */
  readonly from?: number;
  readonly fromSeq: number;
  /** Absent while the version still holds the label. */
  readonly to?: number;
  readonly toSeq?: number;
}

export interface VersionRow {
  readonly versionId: string;
  /** Absent when the version came before the first event kept (then `addedSeq` is -1). */
  readonly addedAt?: number;
  readonly addedSeq: number;
  readonly endedAt?: number;
  readonly endedSeq?: number;
  readonly ended?: "pruned" | "removed" | "purged";
}

/** A secret as the events replayed so far left it, with the spans that ended. */
export interface SecretView {
  readonly holders: Map<string, { readonly versionId: string; readonly since?: number; readonly sinceSeq: number }>;
  readonly versions: Map<string, VersionRow>;
  readonly closed: LabelSpan[];
  deletionDate?: number;
  gone?: "purged" | "removed";
}

export function emptyView(): SecretView {
  return { holders: new Map(), versions: new Map(), closed: [] };
}

export function applyEvent(view: SecretView, event: HistoryEvent): void {
  switch (event.kind) {
    case "created":
      // The same ARN again (a state imported back after a reset) starts afresh.
      closeAll(view, event);
      delete view.deletionDate;
      delete view.gone;
      return;
    case "version-added":
      view.versions.set(event.versionId, { versionId: event.versionId, addedAt: event.at, addedSeq: event.seq });
      return;
    case "version-pruned":
    case "version-removed":
      endVersion(view, event.versionId, event.kind === "version-pruned" ? "pruned" : "removed", event);
      return;
    case "label":
      closeSpan(view, event.label, event);
      if (event.versionId !== undefined) view.holders.set(event.label, { versionId: event.versionId, since: event.at, sinceSeq: event.seq });
      return;
    case "deleted":
      if (event.deletionDate === undefined) delete view.deletionDate;
      else view.deletionDate = event.deletionDate;
      return;
    case "restored":
      delete view.deletionDate;
      return;
    case "rotation-started":
    case "rotation-ended":
      return;
    case "purged":
    case "removed":
      closeAll(view, event);
      for (const row of [...view.versions.values()]) if (row.ended === undefined) endVersion(view, row.versionId, event.kind, event);
      view.gone = event.kind;
      return;
  }
}

function closeSpan(view: SecretView, label: string, event: HistoryEvent): void {
  const holder = view.holders.get(label);
  if (holder === undefined) return;
  view.holders.delete(label);
  const { versionId, since, sinceSeq } = holder;
  view.closed.push({ label, versionId, ...(since === undefined ? {} : { from: since }), fromSeq: sinceSeq, to: event.at, toSeq: event.seq });
}

function closeAll(view: SecretView, event: HistoryEvent): void {
  for (const label of [...view.holders.keys()]) closeSpan(view, label, event);
}

function endVersion(view: SecretView, versionId: string, ended: "pruned" | "removed" | "purged", event: HistoryEvent): void {
  const row = view.versions.get(versionId) ?? { versionId, addedSeq: -1 };
  view.versions.set(versionId, { ...row, endedAt: event.at, endedSeq: event.seq, ended });
}
