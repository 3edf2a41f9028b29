// The benchmark's baseline: PutSecretValue and GetSecretValue written the plain
// way, with Maps mutated in place, under the same request checks, label rules,
// token rules, pruning and quotas as the core, and answering the same objects
// ({ ok, state, response } with the same members), so that a ratio against it
// measures the model, not the answer. For benchmarks only.
const DAY_MS = 24 * 60 * 60 * 1000;
const CURRENT = "AWSCURRENT";
const PREVIOUS = "AWSPREVIOUS";
const PENDING = "AWSPENDING";
const SECRET_ID = /^[A-Za-z0-9/_+=.@!-]+$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const ROTATION_TOKEN = /^[a-zA-Z0-9\-]+$/;

type Value = { readonly kind: "string"; readonly SecretString: string } | { readonly kind: "binary"; readonly SecretBinary: string };

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
  labels: Map<string, string>;
  readonly pruned: Set<string>;
  LastChangedDate: number;
  LastAccessedDate?: number;
  DeletedDate?: number;
}

export interface PutRequest {
  readonly SecretId: string;
  readonly ClientRequestToken?: string;
  readonly SecretString?: string;
  readonly SecretBinary?: string;
  readonly VersionStages?: readonly string[];
  readonly RotationToken?: string;
}

export interface GetRequest {
  readonly SecretId: string;
  readonly VersionId?: string;
  readonly VersionStage?: string;
}

interface Failure {
  readonly code: string;
  readonly message: string;
}

type Answer<T> = { readonly ok: true; readonly state: MutableSecrets; readonly response: T } | { readonly ok: false; readonly state: MutableSecrets; readonly error: Failure };

const outside = (text: string | undefined, min: number, max: number) => text !== undefined && (text.length < min || text.length > max);

export class MutableSecrets {
  private readonly secrets = new Map<string, Secret>();

  create(name: string, token: string, value: Value, now: number): void {
    this.secrets.set(name, {
      ARN: `arn:aws:secretsmanager:us-east-1:123456789012:secret:${name}-AAAAAA`,
      Name: name,
      versions: new Map(),
      labels: new Map(),
      pruned: new Set(),
      LastChangedDate: now,
    });
    const value_ = value.kind === "string" ? { SecretString: value.SecretString } : { SecretBinary: value.SecretBinary };
    const created = this.putSecretValue({ SecretId: name, ClientRequestToken: token, ...value_ }, now);
    if (!created.ok) throw new Error(created.error.message);
  }

  putSecretValue(request: PutRequest, now: number) {
    const stages = request.VersionStages;
    if (
      request.SecretId === undefined ||
      outside(request.SecretId, 1, 2048) ||
      outside(request.ClientRequestToken, 32, 64) ||
      outside(request.SecretString, 1, 65536) ||
      (request.SecretBinary !== undefined && (!BASE64.test(request.SecretBinary) || outside(request.SecretBinary, 1, 87384))) ||
      (stages !== undefined && (stages.length < 1 || stages.length > 20 || stages.some((stage) => outside(stage, 1, 256)))) ||
      outside(request.RotationToken, 36, 256) ||
      (request.RotationToken !== undefined && !ROTATION_TOKEN.test(request.RotationToken))
    ) {
      return this.fail("ValidationException");
    }
    const token = request.ClientRequestToken;
    if (token === undefined) return this.fail("InvalidRequestException");
    if (request.SecretString !== undefined && request.SecretBinary !== undefined) return this.fail("InvalidParameterException");
    const value: Value | undefined =
      request.SecretString !== undefined
        ? { kind: "string", SecretString: request.SecretString }
        : request.SecretBinary !== undefined
          ? { kind: "binary", SecretBinary: request.SecretBinary }
          : undefined;
    if (value === undefined) return this.fail("InvalidRequestException");
    const secret = this.find(request.SecretId);
    if (secret === undefined) return this.fail("ResourceNotFoundException");
    if (secret.DeletedDate !== undefined) return this.fail("InvalidRequestException");

    if (secret.pruned.has(token)) return this.fail("InvalidRequestException");
    const existing = secret.versions.get(token);
    if (existing !== undefined) {
      if (!sameValue(existing.value, value)) return this.fail("ResourceExistsException");
      return this.ok({ ARN: secret.ARN, Name: secret.Name, VersionId: token, VersionStages: stagesOf(secret, token) });
    }
    const wanted = new Set(stages ?? [CURRENT]);
    if (!secret.labels.has(CURRENT) && secret.versions.size === 0) wanted.add(CURRENT);
    // Decided on a copy of the labels (at most 20), so that a refused write leaves nothing behind.
    const labels = new Map(secret.labels);
    for (const label of wanted) {
      if (label === CURRENT) continue;
      labels.delete(label);
      labels.set(label, token);
    }
    const old = labels.get(CURRENT);
    if (wanted.has(CURRENT) && old !== token) {
      const pending = labels.get(PENDING);
      if (pending !== undefined && pending !== token) labels.delete(PENDING);
      labels.delete(PREVIOUS);
      if (old !== undefined) labels.set(PREVIOUS, old);
      labels.delete(CURRENT);
      labels.set(CURRENT, token);
    }
    if (labels.size > 20 && labels.size > secret.labels.size) return this.fail("LimitExceededException");
    const doomed = prunable(secret, labels, now);
    const count = secret.versions.size + 1 - doomed.length;
    if (count > 100 && count > secret.versions.size) return this.fail("LimitExceededException");

    secret.versions.set(token, { VersionId: token, CreatedDate: now, value });
    secret.labels = labels;
    for (const id of doomed) {
      secret.versions.delete(id);
      secret.pruned.add(id);
    }
    secret.LastChangedDate = now;
    return this.ok({ ARN: secret.ARN, Name: secret.Name, VersionId: token, VersionStages: stagesOf(secret, token) });
  }

  getSecretValue(request: GetRequest, now: number) {
    if (
      request.SecretId === undefined ||
      outside(request.SecretId, 1, 2048) ||
      outside(request.VersionId, 32, 64) ||
      outside(request.VersionStage, 1, 256)
    ) {
      return this.fail("ValidationException");
    }
    const secret = this.find(request.SecretId);
    if (secret === undefined) return this.fail("ResourceNotFoundException");
    if (secret.DeletedDate !== undefined) return this.fail("InvalidRequestException");
    let version: Version | undefined;
    if (request.VersionId !== undefined) {
      if (secret.pruned.has(request.VersionId)) return this.fail("InvalidRequestException");
      version = secret.versions.get(request.VersionId);
      if (version === undefined) return this.fail("ResourceNotFoundException");
      if (request.VersionStage !== undefined && secret.labels.get(request.VersionStage) !== request.VersionId) {
        return this.fail("InvalidRequestException");
      }
    } else {
      const id = secret.labels.get(request.VersionStage ?? CURRENT);
      version = id === undefined ? undefined : secret.versions.get(id);
      if (version === undefined) return this.fail("ResourceNotFoundException");
    }
    const today = Math.floor(now / DAY_MS) * DAY_MS;
    secret.LastAccessedDate = today;
    version.LastAccessedDate = today;
    const value = version.value;
    const stages = stagesOf(secret, version.VersionId);
    return this.ok({
      ARN: secret.ARN,
      Name: secret.Name,
      VersionId: version.VersionId,
      ...(value.kind === "string" ? { SecretString: value.SecretString } : { SecretBinary: value.SecretBinary }),
      ...(stages.length > 0 && { VersionStages: stages }),
      CreatedDate: version.CreatedDate,
    });
  }

  private find(secretId: string): Secret | undefined {
    if (secretId.startsWith("arn:")) {
      for (const secret of this.secrets.values()) if (secret.ARN === secretId) return secret;
      return undefined;
    }
    return SECRET_ID.test(secretId) ? this.secrets.get(secretId) : undefined;
  }

  private ok<T>(response: T): Answer<T> {
    return { ok: true, state: this, response };
  }

  private fail(code: string): Answer<never> {
    return { ok: false, state: this, error: { code, message: code } };
  }
}

/**
 * The versions a write prunes: the oldest label-less ones 24 hours old or more, until 100
 * remain with the one added.
 */
function prunable(secret: Secret, labels: ReadonlyMap<string, string>, now: number): string[] {
  let excess = secret.versions.size + 1 - 100;
  if (excess <= 0) return [];
  const labelled = new Set(labels.values());
  const doomed: string[] = [];
  for (const [id, version] of secret.versions) {
    if (excess === 0) break;
    if (!labelled.has(id) && now - version.CreatedDate >= DAY_MS) {
      doomed.push(id);
      excess -= 1;
    }
  }
  return doomed;
}

function stagesOf(secret: Secret, id: string): string[] {
  const stages: string[] = [];
  for (const [label, holder] of secret.labels) if (holder === id) stages.push(label);
  return stages;
}

function sameValue(a: Value, b: Value): boolean {
  return a.kind === "string" ? b.kind === "string" && a.SecretString === b.SecretString : b.kind === "binary" && a.SecretBinary === b.SecretBinary;
}

export type { Value };
