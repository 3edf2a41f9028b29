// One change to one secret, decided before anything is written. Rules and
// operations say what changes (a version added, a label moved, members set); the
// edit prunes versions and checks the label and version quotas, and answers
// either the change, which cannot fail when written (table-writes.ts), or the
// quota's error. A write that breaks a quota is refused whole
// (docs/semantics/versions-and-labels.md#label-quota,
// docs/semantics/versions-and-labels.md#version-quota).
import type { Draft } from "immer";
import type { AwsError } from "../errors/codes.ts";
import { tooManyLabels, tooManyVersions } from "../errors/errors.ts";
import type { VersionId } from "../model/ids.ts";
import type { Secret } from "../model/secret.ts";
import type { SecretValue, SecretVersion } from "../model/secret-version.ts";
import { DAY_MS, type Timestamp } from "../model/time.ts";
import { LabelsEdit, type Labels } from "./labels.ts";
import { VersionsEdit } from "./versions-edit.ts";
import type { Versions } from "./versions.ts";

export const MAX_VERSIONS = 100;
export const MAX_LABELS = 20;

/** A secret's draft without its versions and labels: only the store writes those. */
export type MetadataDraft = Draft<Omit<Secret, "versions" | "labels">>;
export type MetadataRecipe = (secret: MetadataDraft) => void;

/** What a write does to one secret: nothing in it can fail. */
export interface SecretChange {
  readonly versions?: Versions;
  readonly labels?: Labels;
  readonly metadata?: MetadataRecipe;
}

export class SecretEdit {
  readonly versions: VersionsEdit;
  readonly labels: LabelsEdit;
  private readonly recipes: MetadataRecipe[] = [];

  constructor(readonly secret: Secret) {
    this.versions = new VersionsEdit(secret.versions);
    this.labels = new LabelsEdit(secret.labels);
  }

  /** A new version (a value-less one for the AWSPENDING stub of a rotation), with the secret's key. */
  addVersion(versionId: VersionId, value: SecretValue | undefined, now: Timestamp): void {
    const kmsKeyId = this.secret.KmsKeyId;
    this.versions.add({
      VersionId: versionId,
      CreatedDate: now,
      ...(value && { value }),
      ...(kmsKeyId !== undefined && { KmsKeyId: kmsKeyId }),
    });
  }

  /** Changes members of one version through a copy of it. */
  changeVersion(versionId: string, change: (version: Draft<SecretVersion>) => void): void {
    const version = this.versions.get(versionId);
    if (version === undefined) return;
    const copy: Draft<SecretVersion> = { ...version };
    change(copy);
    this.versions.replace(copy);
  }

  /** Members other than versions and labels, set when the change is written. */
  metadata(recipe: MetadataRecipe): void {
    this.recipes.push(recipe);
  }

  /** Prunes, then checks the quotas: the change, or the error of the quota it breaks. */
  finish(now: Timestamp): SecretChange | AwsError {
    this.prune(now);
    // A quota only refuses a write that makes things worse.
    const labels = this.labels.size;
    if (labels > MAX_LABELS && labels > sizeOf(this.secret.labels)) return tooManyLabels();
    const count = this.versions.size;
    if (count > MAX_VERSIONS && count > this.secret.versions.count) return tooManyVersions();
    return this.change();
  }

  /**
   * For an edit that adds no version and no label (dates, metadata): it prunes, as every
   * write does, and no quota can refuse it.
   */
  finishWithoutAdding(now: Timestamp): SecretChange {
    if (this.versions.size > this.secret.versions.count || this.labels.size > sizeOf(this.secret.labels)) {
      throw new Error("finishWithoutAdding: the edit adds a version or a label");
    }
    this.prune(now);
    return this.change();
  }

  /**
   * AWS doc (PutSecretValue): "Secrets Manager keeps 100 of the most recent versions, but
   * it keeps all secret versions created in the last 24 hours"; labelled versions are never
   * removed (docs/semantics/versions-and-labels.md#pruning-of-deprecated-versions).
   * The oldest label-less versions go first; a version made by this write is never old enough.
   */
  private prune(now: Timestamp): void {
    let excess = this.versions.size - MAX_VERSIONS;
    if (excess <= 0) return;
    const labelled = this.labels.holders();
    const places = this.versions.places;
    const doomed: number[] = [];
    for (let place = 0; place < places.length && excess > 0; place++) {
      const version = places[place];
      if (version && !labelled.includes(version.VersionId) && now - version.CreatedDate >= DAY_MS) {
        doomed.push(place);
        excess -= 1;
      }
    }
    for (const place of doomed) this.versions.removeAt(place, true);
  }

  private change(): SecretChange {
    const change: { versions?: Versions; labels?: Labels; metadata?: MetadataRecipe } = {};
    const versions = this.versions.done();
    if (versions !== this.secret.versions) change.versions = versions;
    const labels = this.labels.done();
    if (labels !== this.secret.labels) change.labels = labels;
    const recipes = this.recipes;
    if (recipes.length === 1) change.metadata = recipes[0]!;
    else if (recipes.length > 1) change.metadata = (secret) => recipes.forEach((recipe) => recipe(secret));
    return change;
  }
}

function sizeOf(labels: Labels): number {
  let size = 0;
  for (const _ in labels) size += 1;
  return size;
}

/** A change of members other than versions and labels. */
export function metadataChange(secret: Secret, now: Timestamp, recipe: MetadataRecipe): SecretChange {
  const edit = new SecretEdit(secret);
  edit.metadata(recipe);
  return edit.finishWithoutAdding(now);
}
