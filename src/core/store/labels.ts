// Staging labels: each on at most one version; AWSCURRENT moves, never vanishes;
// AWSPREVIOUS follows AWSCURRENT: docs/semantics/versions-and-labels.md#automatic-moves-of-awscurrent.
// A secret keeps one label → version dict (null prototype, so that a label named
// like an Object.prototype member is plain data); a version's stages derive from it.
import { emptyDict, newDict, type Dict } from "../model/dict.ts";
import { AWSCURRENT, AWSPENDING, AWSPREVIOUS, type StagingLabel, type VersionId } from "../model/ids.ts";
import type { Secret } from "../model/secret.ts";
import { placeOf } from "./versions.ts";

export type Labels = Dict<VersionId>;

export const NO_LABELS: Labels = Object.freeze(emptyDict<VersionId>());

type Labelled = Pick<Secret, "labels">;

export function holderOf(secret: Labelled, label: string): VersionId | undefined {
  // The dict has no prototype: a missing label reads as undefined.
  return secret.labels[label];
}

/** The labels on one version, in the order they were attached. */
export function stagesOf(secret: Labelled, versionId: string): StagingLabel[] {
  const stages: StagingLabel[] = [];
  for (const label in secret.labels) {
    if (secret.labels[label] === versionId) stages.push(label as StagingLabel);
  }
  return stages;
}

/** Every version that carries at least one label, oldest first, with its labels (DescribeSecret's VersionIdsToStages). */
export function labelledVersions(secret: Pick<Secret, "labels" | "versions">): Record<string, StagingLabel[]> {
  const byVersion = new Map<string, StagingLabel[]>();
  for (const label in secret.labels) {
    const holder = secret.labels[label]!;
    const stages = byVersion.get(holder);
    if (stages === undefined) byVersion.set(holder, [label as StagingLabel]);
    else stages.push(label as StagingLabel);
  }
  const places = new Map<string, number>();
  for (const holder of byVersion.keys()) {
    const place = placeOf(secret.versions, holder);
    if (place >= 0) places.set(holder, place);
  }
  const result: Record<string, StagingLabel[]> = {};
  for (const holder of [...places.keys()].sort((a, b) => places.get(a)! - places.get(b)!)) result[holder] = byVersion.get(holder)!;
  return result;
}

/** The next labels of a secret, copied once, on the first change. */
export class LabelsEdit {
  /** A Map keeps insertion order through deletes, which V8's fast objects do not survive. */
  private labels: Map<string, VersionId> | undefined;

  constructor(private readonly base: Labels) {}

  holder(label: string): VersionId | undefined {
    return this.labels === undefined ? this.base[label] : this.labels.get(label);
  }

  get size(): number {
    if (this.labels !== undefined) return this.labels.size;
    let size = 0;
    for (const _ in this.base) size += 1;
    return size;
  }

  /** Every labelled version (at most 20 labels: a list is quicker than a set). */
  holders(): string[] {
    if (this.labels !== undefined) return [...this.labels.values()];
    const holders: string[] = [];
    for (const label in this.base) holders.push(this.base[label]!);
    return holders;
  }

  /** Attach a label to a version, taking it off whichever version had it. */
  attach(label: string, versionId: VersionId): void {
    const labels = this.own();
    // Delete first so that a moved label counts as newly attached in stagesOf's order.
    labels.delete(label);
    labels.set(label, versionId);
  }

  detach(label: string): void {
    if (this.holder(label) !== undefined) this.own().delete(label);
  }

  /**
   * Move AWSCURRENT to a version. The old holder gets AWSPREVIOUS, taken from
   * whichever version had it, so the new holder loses AWSPREVIOUS. Every other
   * label stays where it is (observed with UpdateSecretVersionStage).
   */
  moveCurrent(versionId: VersionId): void {
    const old = this.holder(AWSCURRENT);
    if (old === versionId) return;
    // AWSPREVIOUS leaves its holder even when no version had AWSCURRENT
    // (docs/semantics/versions-and-labels.md#automatic-moves-of-awscurrent).
    if (old === undefined) this.detach(AWSPREVIOUS);
    else this.attach(AWSPREVIOUS, old);
    this.attach(AWSCURRENT, versionId);
  }

  /**
   * A value write (PutSecretValue, UpdateSecret) that moves AWSCURRENT also takes
   * AWSPENDING off the version that has it, unless that is the version written:
   * off the old current version (observed), and off the stub of an abandoned
   * rotation, which ends the "rotation isn't complete" state
   * (docs/semantics/versions-and-labels.md#a-new-value-takes-awspending-off-the-old-current-version).
   */
  moveCurrentForNewValue(versionId: VersionId): void {
    const old = this.holder(AWSCURRENT);
    const pending = this.holder(AWSPENDING);
    if (old !== versionId && pending !== undefined && pending !== versionId) this.detach(AWSPENDING);
    this.moveCurrent(versionId);
  }

  /** The labels, frozen: a new dict filled in order, never deleted from; the base itself when nothing changed. */
  done(): Labels {
    if (this.labels === undefined) return this.base;
    const labels = newDict<VersionId>();
    for (const [label, versionId] of this.labels) labels[label] = versionId;
    return Object.freeze(labels);
  }

  private own(): Map<string, VersionId> {
    if (this.labels === undefined) {
      this.labels = new Map();
      for (const label in this.base) this.labels.set(label, this.base[label]!);
    }
    return this.labels;
  }
}
