// Arbitraries of request members over a small universe (three secrets, four tokens,
// five labels, three values), so that random calls meet each other: the same token
// twice, a label moved off a version another call put it on, a name deleted then
// created again. Each arbitrary shrinks towards its first, plainest choice.
import fc from "fast-check";
import type { Abstract, AbstractInput, SecretRef } from "./commands.ts";

/** Short names of secrets: "a", "b" and "c" are created, "z" never is, "bad name" is invalid (a space). */
export const MISSING_SECRET = "z";
export const INVALID_NAME = "bad name";
/** A token no write uses: a VersionId that names no version. */
export const UNKNOWN_TOKEN = 99;
export const LABELS = ["AWSCURRENT", "AWSPENDING", "AWSPREVIOUS", "L1", "L2"] as const;

// Mostly one secret, so that calls meet: a second for listings and batches, a third now and then.
const secretKey = fc.oneof(
  { weight: 20, arbitrary: fc.constant("a") },
  { weight: 6, arbitrary: fc.constant("b") },
  { weight: 1, arbitrary: fc.constant("c") },
);

/** Stands for the secret the call names (its SecretId), in a reference to one of its versions. */
export const SAME_SECRET = "";

/** Tokens numbered from 1 with these weights: few versions, so that calls name the ones other calls made. */
function tokenNumber(weights: readonly number[]): fc.Arbitrary<Abstract> {
  return fc.oneof(...weights.map((weight, i) => ({ weight, arbitrary: fc.constant({ $token: i + 1 }) })));
}

/** The token of a write: mostly a new version after the first one (token 1). */
export const token: fc.Arbitrary<Abstract> = tokenNumber([2, 4, 3, 1]);

/**
 * A VersionId: mostly a version the secret has (the first, second… as the model
 * sees it), else a token a write may have used, now and then one no write uses.
 */
export const versionId: fc.Arbitrary<Abstract> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 3 }).map(($version) => ({ $version, $of: SAME_SECRET })) },
  { weight: 4, arbitrary: tokenNumber([4, 4, 2]) },
  { weight: 1, arbitrary: fc.constant({ $token: UNKNOWN_TOKEN }) },
);

/** A member present now and then (1 time in `every`); absent, it is dropped from the request. */
export function rarely<T>(arbitrary: fc.Arbitrary<T>, every: number): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: every - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });
}

export const label = fc.oneof(
  ...LABELS.map((name, i) => ({ weight: [4, 2, 2, 3, 1][i]!, arbitrary: fc.constant(name) })),
);

/** The name of a secret to create ("a" is most often created by a sequence's first step). */
export const secretName: fc.Arbitrary<Abstract> = fc.oneof(
  { weight: 10, arbitrary: fc.constant<SecretRef>({ $secret: "a", form: "name" }) },
  { weight: 10, arbitrary: fc.constant<SecretRef>({ $secret: "b", form: "name" }) },
  { weight: 3, arbitrary: fc.constant<SecretRef>({ $secret: "c", form: "name" }) },
  { weight: 1, arbitrary: fc.constant<SecretRef>({ $secret: INVALID_NAME, form: "name" }) },
);

/** A SecretId: a name, an ARN or a partial ARN of a secret of the sequence, or one that fails. */
export const secretId: fc.Arbitrary<Abstract> = fc.oneof(
  { weight: 30, arbitrary: secretKey.map(($secret): SecretRef => ({ $secret, form: "name" })) },
  { weight: 6, arbitrary: secretKey.map(($secret): SecretRef => ({ $secret, form: "arn" })) },
  { weight: 2, arbitrary: secretKey.map(($secret): SecretRef => ({ $secret, form: "partial-arn" })) },
  { weight: 1, arbitrary: fc.constant<SecretRef>({ $secret: MISSING_SECRET, form: "name" }) },
  { weight: 1, arbitrary: fc.constant<SecretRef>({ $secret: INVALID_NAME, form: "name" }) },
);

/** SecretString or SecretBinary; rarely both (refused by AWS). */
export const secretValue: fc.Arbitrary<AbstractInput> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom("s1", "s2", "s3").map((SecretString) => ({ SecretString })) },
  { weight: 3, arbitrary: fc.constantFrom("AAEC", "/w==").map(($binary) => ({ SecretBinary: { $binary } })) },
  { weight: 1, arbitrary: fc.constant({ SecretString: "s1", SecretBinary: { $binary: "AAEC" } }) },
);

/** A value, or none (CreateSecret makes a secret without versions; PutSecretValue refuses). */
export const optionalValue: fc.Arbitrary<AbstractInput> = fc.oneof(
  { weight: 8, arbitrary: secretValue },
  { weight: 1, arbitrary: fc.constant({}) },
);

export const tags: fc.Arbitrary<Abstract> = fc.uniqueArray(
  fc.record({ Key: fc.constantFrom("k1", "k2", "k3"), Value: fc.constantFrom("v1", "v2", "") }),
  { minLength: 1, maxLength: 2, selector: (tag) => tag.Key },
);

export const tagKeys: fc.Arbitrary<Abstract> = fc.uniqueArray(fc.constantFrom("k1", "k2", "k3"), { minLength: 1, maxLength: 2 });

export const stages: fc.Arbitrary<Abstract> = fc.uniqueArray(label, { minLength: 1, maxLength: 3 });

/** The ListSecrets filters of a sequence: always its name prefix, so other secrets stay out of view. */
export const listFilters: fc.Arbitrary<Abstract> = fc
  .tuple(
    fc.oneof({ weight: 3, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.constant("a") }),
    fc.option(
      fc.constantFrom(
        { Key: "tag-key", Values: ["k1"] },
        { Key: "tag-value", Values: ["v1"] },
        { Key: "description", Values: ["first"] },
      ),
      { nil: undefined, freq: 3 },
    ),
  )
  .map(([text, extra]) => [{ Key: "name", Values: [{ $prefix: text }] }, ...(extra === undefined ? [] : [extra])]);

export const pageSize = fc.integer({ min: 1, max: 3 });

/** Indexes of the replica regions, 1…count. */
export function replicaRegion(count: number): fc.Arbitrary<number> {
  return fc.integer({ min: 1, max: Math.max(1, count) });
}

export function replicaRegions(count: number): fc.Arbitrary<Abstract> {
  return fc
    .uniqueArray(replicaRegion(count), { minLength: 1, maxLength: count })
    .map((regions) => regions.map((r) => ({ Region: { $region: r } })));
}

export const policy: fc.Arbitrary<Abstract> = fc
  .constantFrom("account" as const, "public" as const, "malformed" as const)
  .map(($policy) => ({ $policy }));

export const passwordRequest: fc.Arbitrary<AbstractInput> = fc.record(
  {
    PasswordLength: fc.constantFrom(32, 12, 4, 3),
    ExcludeCharacters: fc.constantFrom("abc", "0123456789"),
    ExcludeNumbers: fc.boolean(),
    ExcludePunctuation: fc.boolean(),
    ExcludeUppercase: fc.boolean(),
    ExcludeLowercase: fc.boolean(),
    IncludeSpace: fc.boolean(),
    RequireEachIncludedType: fc.boolean(),
  },
  { requiredKeys: [] },
);

/**
 * UpdateSecretVersionStage: mostly a move off the version that carries the label
 * (as the model sees it) onto a version the writes made; also a move with no or
 * another RemoveFromVersionId, a removal, and a call with neither version id.
 */
export const stageUpdate: fc.Arbitrary<AbstractInput> = fc
  .tuple(
    secretId,
    label,
    fc.oneof(
      { weight: 6, arbitrary: fc.constant("move off the holder") },
      { weight: 2, arbitrary: fc.constant("move off another") },
      { weight: 2, arbitrary: fc.constant("move") },
      { weight: 2, arbitrary: fc.constant("remove from the holder") },
      { weight: 1, arbitrary: fc.constant("remove") },
      { weight: 1, arbitrary: fc.constant("neither") },
    ),
    versionId,
    versionId,
  )
  .map(([SecretId, VersionStage, kind, one, other]): AbstractInput => {
    const holder = { $holder: VersionStage, $of: SAME_SECRET };
    const base = { SecretId, VersionStage };
    switch (kind) {
      case "move off the holder":
        return { ...base, RemoveFromVersionId: holder, MoveToVersionId: one };
      case "move off another":
        return { ...base, RemoveFromVersionId: other, MoveToVersionId: one };
      case "move":
        return { ...base, MoveToVersionId: one };
      case "remove from the holder":
        return { ...base, RemoveFromVersionId: holder };
      case "remove":
        return { ...base, RemoveFromVersionId: other };
      default:
        return base;
    }
  });
