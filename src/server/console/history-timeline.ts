// A secret's timeline from the events the history kept. When older events were dropped, what the
// secret held when the kept events begin is read back from them (a label move names the version
// that held the label before; a purge names what the secret held then) and, for what no kept
// event touched, from the secret as it is now: those spans and versions start "before".
import { versionById, versionIds, type Secret } from "../../core/index.ts";
import { parseArn, secretNameOfArn } from "../../core/model/arn.ts";
import { applyEvent, emptyView, type HistoryEvent, type LabelSpan, type SecretView, type VersionRow } from "./history-events.ts";

/** A secret's history as the console draws it. */
export interface Timeline {
  readonly arn: string;
  readonly name: string;
  readonly accountId: string;
  readonly region: string;
  /** False when older events were dropped: spans and versions then may begin before the first event. */
  readonly complete: boolean;
  /** The kept events of this secret, oldest first. */
  readonly events: readonly HistoryEvent[];
  /** Every label span, ordered by when it began; those without `to` are held now. */
  readonly spans: readonly LabelSpan[];
  /** Every version known, in the order it appeared, pruned and removed ones included. */
  readonly versions: readonly VersionRow[];
  readonly deletionDate?: number;
  readonly gone?: "purged" | "removed";
}

/** The timeline of `arn` from its kept events and the secret as it is now (undefined: not in the state). */
export function timelineOf(arn: string, events: readonly HistoryEvent[], now: Secret | undefined): Timeline | undefined {
  if (events.length === 0 && now === undefined) return undefined;
  const complete = events[0]?.kind === "created";
  const view = complete ? emptyView() : viewBefore(events, now);
  for (const event of events) applyEvent(view, event);
  const open = [...view.holders].map(([label, { versionId, since, sinceSeq }]): LabelSpan => ({
    label,
    versionId,
    ...(since === undefined ? {} : { from: since }),
    fromSeq: sinceSeq,
  }));
  const deletionDate = now === undefined ? view.deletionDate : now.DeletionDate;
  const parts = parseArn(arn);
  return {
    arn,
    name: secretNameOfArn(arn),
    accountId: parts?.accountId ?? "",
    region: parts?.region ?? "",
    complete,
    events,
    spans: [...view.closed, ...open].sort((a, b) => a.fromSeq - b.fromSeq),
    versions: [...view.versions.values()].sort(inOrderAdded),
    ...(deletionDate === undefined ? {} : { deletionDate }),
    ...(view.gone === undefined ? {} : { gone: view.gone }),
  };
}

/** Versions by when they were added; those added before the kept events by their creation date. */
function inOrderAdded(a: VersionRow, b: VersionRow): number {
  return a.addedSeq - b.addedSeq || (a.addedAt ?? -Infinity) - (b.addedAt ?? -Infinity) || (a.versionId < b.versionId ? -1 : 1);
}

/** What the secret held when its first kept event happened. */
function viewBefore(events: readonly HistoryEvent[], now: Secret | undefined): SecretView {
  const view = emptyView();
  // Each label's holder is known from the first event that shows it.
  const resolved = new Map<string, string | undefined>();
  const added = new Set<string>();
  const seen = new Set<string>();
  let over = false;
  for (const event of events) {
    if (over) break;
    switch (event.kind) {
      case "label":
        if (!resolved.has(event.label)) resolved.set(event.label, event.previous);
        for (const id of [event.versionId, event.previous]) if (id !== undefined) seen.add(id);
        break;
      case "version-added":
        added.add(event.versionId);
        break;
      case "version-pruned":
      case "version-removed":
      case "rotation-started":
        seen.add(event.versionId);
        break;
      case "purged":
      case "removed":
        for (const [label, versionId] of Object.entries(event.labels)) if (!resolved.has(label)) resolved.set(label, versionId);
        for (const id of event.versionIds) seen.add(id);
        // After it, the secret starts afresh: nothing later tells what it held before.
        over = true;
        break;
      default:
        break;
    }
  }
  if (!over && now !== undefined) {
    for (const [label, versionId] of Object.entries(now.labels)) if (!resolved.has(label)) resolved.set(label, versionId);
    for (const id of versionIds(now.versions)) seen.add(id);
  }
  for (const [label, versionId] of resolved) if (versionId !== undefined) view.holders.set(label, { versionId, sinceSeq: -1 });
  for (const versionId of [...view.holders.values()].map((holder) => holder.versionId)) seen.add(versionId);
  for (const versionId of seen) {
    if (added.has(versionId)) continue;
    const createdAt = now === undefined ? undefined : versionById(now.versions, versionId)?.CreatedDate;
    view.versions.set(versionId, { versionId, ...(createdAt === undefined ? {} : { addedAt: createdAt }), addedSeq: -1 });
  }
  return view;
}
