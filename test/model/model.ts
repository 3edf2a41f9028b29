// A far simpler model of Secrets Manager's versions and labels, written from
// the rules of docs/semantics (versions-and-labels.md, values.md) without
// the library's code: per secret, a list of versions and a label → id map.
// No pruning (sequences stay far below 100 versions), no metadata but the
// Description, the tags, the deletion date and one replica Region; errors as codes only.
export type Value = string; // "S:<text>" or "B:<base64>"

export interface ModelTag {
  readonly Key: string;
  readonly Value: string;
}

/** The Region every call is made in, and the one Region secrets are replicated to. */
export const PRIMARY = "us-east-1";
export const REPLICA = "eu-west-1";

export interface ModelSecret {
  readonly versions: { readonly id: string; value: Value }[];
  readonly labels: Map<string, string>;
  description?: string;
  /** Absent until first tagged; [] once every tag is removed (docs/semantics/tags-and-policies.md#tags-absent-or-empty). */
  tags?: ModelTag[];
  /**
   * Set while scheduled for deletion: readable by DescribeSecret and ListSecretVersionIds only
   * (docs/semantics/deletion.md#what-works-while-a-secret-is-scheduled-for-deletion).
   */
  deletionDate?: number;
  /** Whether the secret has a replica in REPLICA (docs/semantics/replication.md). */
  replicated: boolean;
}

export type Answer<T = undefined> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: string };

const CURRENT = "AWSCURRENT";
const PREVIOUS = "AWSPREVIOUS";
const PENDING = "AWSPENDING";
const MAX_LABELS = 20;

export const ok = <T>(value: T): Answer<T> => ({ ok: true, value });
export const fail = (code: string): Answer<never> => ({ ok: false, code });

export class Model {
  /** The secrets of PRIMARY, by name. */
  readonly secrets = new Map<string, ModelSecret>();
  /** Epoch milliseconds, starting where the Driver's clock starts. */
  now = Date.UTC(2026, 0, 1);
  /** Names whose secret a tick removed at the end of its recovery window. */
  readonly purged = new Set<string>();

  create(name: string, token: string | undefined, value: Value | undefined): Answer<string | undefined> {
    if (value !== undefined && token === undefined) return fail("InvalidRequestException");
    const existing = this.secrets.get(name);
    if (existing?.deletionDate !== undefined) return fail("InvalidRequestException");
    if (existing) {
      const version = existing.versions.find((v) => v.id === token);
      return version && version.value === value ? ok(token) : fail("ResourceExistsException");
    }
    const secret: ModelSecret = { versions: [], labels: new Map(), replicated: false };
    this.secrets.set(name, secret);
    if (value !== undefined) this.write(secret, token!, value, undefined);
    return ok(value === undefined ? undefined : token);
  }

  put(name: string, token: string | undefined, value: Value, stages: string[] | undefined): Answer<string[]> {
    // Observed: the missing token is answered before the secret is looked up.
    if (token === undefined) return fail("InvalidRequestException");
    const secret = this.active(name);
    if (typeof secret === "string") return fail(secret);
    return this.write(secret, token, value, stages);
  }

  update(name: string, token: string | undefined, value: Value | undefined, description: string | undefined): Answer {
    if (value !== undefined && token === undefined) return fail("InvalidRequestException");
    const secret = this.active(name);
    if (typeof secret === "string") return fail(secret);
    if (value !== undefined) {
      const written = this.write(secret, token!, value, undefined);
      if (!written.ok) return written;
    }
    if (description === "") delete secret.description;
    else if (description !== undefined) secret.description = description;
    return ok(undefined);
  }

  /**
   * The token rules, then docs/semantics/versions-and-labels.md#putsecretvalue-with-versionstages,
   * all or nothing under the label quota.
   */
  private write(secret: ModelSecret, token: string, value: Value, stages: string[] | undefined): Answer<string[]> {
    const existing = secret.versions.find((v) => v.id === token);
    if (existing) return existing.value === value ? ok(this.stagesOn(secret, token)) : fail("ResourceExistsException");
    const labels = new Map(secret.labels);
    const wanted = new Set(stages ?? [CURRENT]);
    if (secret.versions.length === 0) wanted.add(CURRENT);
    for (const label of wanted) if (label !== CURRENT) labels.set(label, token);
    if (wanted.has(CURRENT)) {
      // A value write that moves AWSCURRENT takes AWSPENDING off any other version.
      const pending = labels.get(PENDING);
      if (labels.get(CURRENT) !== token && pending !== undefined && pending !== token) labels.delete(PENDING);
      moveCurrent(labels, token);
    }
    if (breaksQuota(secret.labels, labels)) return fail("LimitExceededException");
    secret.versions.push({ id: token, value });
    replace(secret.labels, labels);
    return ok(this.stagesOn(secret, token));
  }

  /** docs/semantics/versions-and-labels.md#updatesecretversionstage, with the library's choices where AWS is unsure. */
  updateStage(name: string, label: string, removeFrom: string | undefined, moveTo: string | undefined): Answer {
    const secret = this.active(name);
    if (typeof secret === "string") return fail(secret);
    const exists = (id: string) => secret.versions.some((v) => v.id === id);
    if ((removeFrom !== undefined && !exists(removeFrom)) || (moveTo !== undefined && !exists(moveTo))) {
      return fail("InvalidParameterException");
    }
    const holder = secret.labels.get(label);
    const labels = new Map(secret.labels);
    if (moveTo !== undefined) {
      if (holder !== undefined && holder !== moveTo && removeFrom !== holder) return fail("InvalidParameterException");
      if (label === CURRENT) moveCurrent(labels, moveTo);
      else labels.set(label, moveTo);
    } else {
      // A RemoveFromVersionId for a label attached nowhere is ignored (DEVIATIONS.md).
      if (removeFrom === undefined || label === CURRENT || (holder !== undefined && holder !== removeFrom)) {
        return fail("InvalidParameterException");
      }
      labels.delete(label);
    }
    if (breaksQuota(secret.labels, labels)) return fail("LimitExceededException");
    replace(secret.labels, labels);
    return ok(undefined);
  }

  /** The secret `name` as seen from `region`: a replica shows its primary's data
   * (docs/semantics/replication.md#what-a-replica-shares). */
  lookup(name: string, region = PRIMARY): ModelSecret | undefined {
    const secret = this.secrets.get(name);
    return region === PRIMARY || secret?.replicated ? secret : undefined;
  }

  /**
   * The secret, or the error code for a missing one or one scheduled for deletion
   * (docs/semantics/deletion.md#the-marked-for-deletion-refusal).
   */
  active(name: string, region = PRIMARY): ModelSecret | string {
    const secret = this.lookup(name, region);
    if (!secret) return "ResourceNotFoundException";
    return secret.deletionDate !== undefined ? "InvalidRequestException" : secret;
  }

  /** docs/semantics/values.md#choosing-the-version, in the primary's Region or its replica's. */
  get(name: string, versionId: string | undefined, stage: string | undefined, region = PRIMARY): Answer<{ id: string; value: Value }> {
    const secret = this.active(name, region);
    if (typeof secret === "string") return fail(secret);
    const id = versionId ?? secret.labels.get(stage ?? CURRENT);
    const version = secret.versions.find((v) => v.id === id);
    if (!version) return fail("ResourceNotFoundException");
    if (versionId !== undefined && stage !== undefined && secret.labels.get(stage) !== versionId) {
      return fail("InvalidRequestException");
    }
    return ok({ id: version.id, value: version.value });
  }

  /** DescribeSecret's VersionIdsToStages, each list sorted. */
  versionIdsToStages(name: string, region = PRIMARY): Answer<Record<string, string[]>> {
    const secret = this.lookup(name, region);
    if (!secret) return fail("ResourceNotFoundException");
    const byVersion: Record<string, string[]> = {};
    for (const [label, id] of secret.labels) (byVersion[id] ??= []).push(label);
    for (const stages of Object.values(byVersion)) stages.sort();
    return ok(byVersion);
  }

  /** ListSecretVersionIds' ids, in no particular order. */
  versionIds(name: string, includeDeprecated: boolean): Answer<string[]> {
    const secret = this.secrets.get(name);
    if (!secret) return fail("ResourceNotFoundException");
    const labelled = new Set(secret.labels.values());
    return ok(secret.versions.map((v) => v.id).filter((id) => includeDeprecated || labelled.has(id)));
  }

  stagesOn(secret: ModelSecret, id: string): string[] {
    return [...secret.labels].filter(([, holder]) => holder === id).map(([label]) => label).sort();
  }
}

/**
 * AWSPREVIOUS leaves its holder; the old AWSCURRENT holder, if any, gets it
 * (docs/semantics/versions-and-labels.md#automatic-moves-of-awscurrent).
 */
function moveCurrent(labels: Map<string, string>, to: string): void {
  const old = labels.get(CURRENT);
  if (old === to) return;
  labels.delete(PREVIOUS);
  if (old !== undefined) labels.set(PREVIOUS, old);
  labels.set(CURRENT, to);
}

/** The 20-label quota refuses only a change that leaves more labels than before and more than 20. */
function breaksQuota(before: Map<string, string>, after: Map<string, string>): boolean {
  return after.size > MAX_LABELS && after.size > before.size;
}

function replace(target: Map<string, string>, source: Map<string, string>): void {
  target.clear();
  for (const [label, id] of source) target.set(label, id);
}
