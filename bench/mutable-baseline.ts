// The benchmark's baseline: PutSecretValue and GetSecretValue written the
// plain way, with Maps mutated in place, under the same label rules, token
// rules, pruning and quotas as the core. For benchmarks only.
const DAY_MS = 24 * 60 * 60 * 1000;
const CURRENT = "AWSCURRENT";
const PREVIOUS = "AWSPREVIOUS";
const PENDING = "AWSPENDING";

type Value = { kind: "string"; SecretString: string } | { kind: "binary"; SecretBinary: string };

interface Version {
  readonly VersionId: string;
  readonly CreatedDate: number;
  LastAccessedDate?: number;
  value: Value;
}

interface Secret {
  readonly ARN: string;
  readonly Name: string;
  readonly versions: Map<string, Version>;
  readonly labels: Map<string, string>;
  readonly pruned: Set<string>;
  LastChangedDate: number;
  LastAccessedDate?: number;
}

type Answer<T> = { ok: true; response: T } | { ok: false; code: string };

export class MutableSecrets {
  private readonly secrets = new Map<string, Secret>();

  create(name: string, token: string, value: Value, now: number): void {
    const secret: Secret = {
      ARN: `arn:aws:secretsmanager:us-east-1:123456789012:secret:${name}-AAAAAA`,
      Name: name,
      versions: new Map(),
      labels: new Map(),
      pruned: new Set(),
      LastChangedDate: now,
    };
    this.secrets.set(name, secret);
    this.put(name, token, value, undefined, now);
  }

  put(name: string, token: string, value: Value, stages: readonly string[] | undefined, now: number) {
    const secret = this.secrets.get(name);
    if (secret === undefined) return fail("ResourceNotFoundException");
    if (secret.pruned.has(token)) return fail("InvalidRequestException");
    const existing = secret.versions.get(token);
    if (existing !== undefined) {
      return sameValue(existing.value, value) ? ok({ VersionId: token, VersionStages: stagesOf(secret, token) }) : fail("ResourceExistsException");
    }
    const wanted = new Set(stages ?? [CURRENT]);
    if (secret.versions.size === 0) wanted.add(CURRENT);
    const labelsBefore = secret.labels.size;
    // Quotas are checked before mutating, so that a refused write leaves nothing behind.
    const added = [...wanted].filter((l) => !secret.labels.has(l)).length;
    const gainsPrevious = wanted.has(CURRENT) && secret.labels.has(CURRENT) && !secret.labels.has(PREVIOUS) && !wanted.has(PREVIOUS);
    const labelsAfter = labelsBefore + added + (gainsPrevious ? 1 : 0);
    if (labelsAfter > 20 && labelsAfter > labelsBefore) return fail("LimitExceededException");

    secret.versions.set(token, { VersionId: token, CreatedDate: now, value });
    for (const label of wanted) if (label !== CURRENT) secret.labels.set(label, token);
    if (wanted.has(CURRENT)) {
      const old = secret.labels.get(CURRENT);
      if (old !== undefined && secret.labels.get(PENDING) === old) secret.labels.delete(PENDING);
      if (secret.labels.get(PREVIOUS) === token) secret.labels.delete(PREVIOUS);
      if (old !== undefined) secret.labels.set(PREVIOUS, old);
      secret.labels.set(CURRENT, token);
    }
    if (!prune(secret, now)) {
      secret.versions.delete(token); // (labels left moved: the baseline is not asked to roll back)
      return fail("LimitExceededException");
    }
    secret.LastChangedDate = now;
    return ok({ VersionId: token, VersionStages: stagesOf(secret, token) });
  }

  get(name: string, stage: string, now: number) {
    const secret = this.secrets.get(name);
    if (secret === undefined) return fail("ResourceNotFoundException");
    const id = secret.labels.get(stage);
    const version = id === undefined ? undefined : secret.versions.get(id);
    if (version === undefined) return fail("ResourceNotFoundException");
    const today = Math.floor(now / DAY_MS) * DAY_MS;
    secret.LastAccessedDate = today;
    version.LastAccessedDate = today;
    return ok({
      ARN: secret.ARN,
      Name: secret.Name,
      VersionId: version.VersionId,
      ...(version.value.kind === "string" ? { SecretString: version.value.SecretString } : { SecretBinary: version.value.SecretBinary }),
      VersionStages: stagesOf(secret, version.VersionId),
      CreatedDate: version.CreatedDate,
    });
  }
}

/** The oldest label-less versions 24 hours old or more go, until 100 remain; false when more than 100 must stay. */
function prune(secret: Secret, now: number): boolean {
  let excess = secret.versions.size - 100;
  if (excess <= 0) return true;
  const labelled = new Set(secret.labels.values());
  for (const [id, version] of secret.versions) {
    if (excess === 0) break;
    if (!labelled.has(id) && now - version.CreatedDate >= DAY_MS) {
      secret.versions.delete(id);
      secret.pruned.add(id);
      excess -= 1;
    }
  }
  return excess === 0;
}

function stagesOf(secret: Secret, id: string): string[] {
  const stages: string[] = [];
  for (const [label, holder] of secret.labels) if (holder === id) stages.push(label);
  return stages;
}

function sameValue(a: Value, b: Value): boolean {
  return a.kind === "string" ? b.kind === "string" && a.SecretString === b.SecretString : b.kind === "binary" && a.SecretBinary === b.SecretBinary;
}

const ok = <T>(response: T): Answer<T> => ({ ok: true, response });
const fail = (code: string): Answer<never> => ({ ok: false, code });

export type { Value };
