// Random sequences of calls over small pools of names, tokens, labels and
// values, so that calls collide: tokens repeat (idempotent retries and
// ResourceExistsException), labels accumulate (the 20-label quota), names
// are missing or taken. To cover a new operation, add one entry to
// `requestArbitraries`.
import fc from "fast-check";
import { AWSCURRENT, AWSPENDING, AWSPREVIOUS, DAY_MS, HOUR_MS, tokenFor } from "../../src/index.ts";
import type { OperationName, RequestOf } from "../../src/index.ts";

export interface Pools {
  readonly names: readonly string[];
  readonly tokens: readonly string[];
  readonly labels: readonly string[];
  readonly strings: readonly string[];
  readonly binaries: readonly string[];
}

export const pools: Pools = {
  names: ["app/db", "app/api", "svc"],
  tokens: [1, 2, 3, 4, 5, 6].map(tokenFor),
  labels: [AWSCURRENT, AWSPREVIOUS, AWSPENDING, ...Array.from({ length: 30 }, (_, i) => `L${i}`)],
  strings: ["v1", "v2", "v3"],
  binaries: ["eA==", "eQ=="],
};

/**
 * A VersionId that stands for "the version that holds this label when the call
 * runs", so that label moves name real versions; see resolveHolders.
 */
export const holderRef = (label: string) => `@holder:${label}`;

/**
 * A call of an operation, or the clock moving: "advance" alone, or "tick", which
 * then lets the service act (purge ended recovery windows, start due rotations).
 */
export type Call =
  | { readonly kind: "call"; readonly name: OperationName; readonly request: unknown }
  | { readonly kind: "advance" | "tick"; readonly milliseconds: number }
  /** The rotation function runs the steps left of the secret's rotation (all failing, or not). */
  | { readonly kind: "rotation-steps"; readonly name: string; readonly fails: boolean };

const option = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

/** Drop the members left undefined (exactOptionalPropertyTypes; AWS requests omit them). */
type Defined<T> = T extends unknown
  ? { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
      [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
    }
  : never;

function defined<T extends object>(request: T): Defined<T> {
  return Object.fromEntries(Object.entries(request).filter(([, v]) => v !== undefined)) as Defined<T>;
}

export function arbitrariesOf(p: Pools) {
  // The first name is created by every sequence; the others only sometimes.
  const name = fc.oneof(
    { weight: 3, arbitrary: fc.constant(p.names[0]!) },
    { weight: 2, arbitrary: fc.constantFrom(...p.names) },
  );
  // Mostly pooled tokens (they collide), sometimes a fresh one (a new version).
  const pooledToken = fc.constantFrom(...p.tokens);
  const token = fc.oneof(
    { weight: 1, arbitrary: pooledToken },
    { weight: 1, arbitrary: fc.integer({ min: 1000, max: 1_000_000 }).map(tokenFor) },
  );
  const label = fc.constantFrom(...p.labels);
  const value = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...p.strings).map((SecretString) => ({ SecretString })) },
    { weight: 1, arbitrary: fc.constantFrom(...p.binaries).map((SecretBinary) => ({ SecretBinary })) },
  );
  /** A value with its token, a value without one (refused), or no value. */
  const write = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(value, token).map(([v, ClientRequestToken]) => ({ ...v, ClientRequestToken })) },
    { weight: 1, arbitrary: value },
    { weight: 2, arbitrary: fc.constant({}) },
  );
  return { name, token, pooledToken, label, value, write };
}

type RequestArbitraries = { readonly [Name in OperationName]?: (p: Pools) => fc.Arbitrary<RequestOf<Name>> };

/** One entry per operation the sequences call. */
export const requestArbitraries: RequestArbitraries = {
  CreateSecret: (p) => {
    const a = arbitrariesOf(p);
    return fc.record({ Name: a.name, write: a.write }).map(({ Name, write }) => ({ Name, ...write }));
  },
  UpdateSecret: (p) => {
    const a = arbitrariesOf(p);
    return fc
      .record({ SecretId: a.name, Description: option(fc.constantFrom("", "d1", "d2")), write: a.write })
      .map(({ write, ...rest }) => defined({ ...rest, ...write }));
  },
  PutSecretValue: (p) => {
    const a = arbitrariesOf(p);
    return fc
      .record({
        SecretId: a.name,
        value: a.value,
        ClientRequestToken: fc.option(a.token, { nil: undefined, freq: 12 }),
        VersionStages: option(fc.uniqueArray(a.label, { minLength: 1, maxLength: 20, size: "max" })),
      })
      .map(({ value, ...rest }) => defined({ ...rest, ...value }));
  },
  UpdateSecretVersionStage: (p) => {
    const a = arbitrariesOf(p);
    return fc
      .record({
        SecretId: a.name,
        VersionStage: a.label,
        remove: fc.constantFrom("none", "pooled", "holder", "holder"),
        pooled: a.pooledToken,
        MoveToVersionId: option(
          fc.oneof({ weight: 1, arbitrary: a.pooledToken }, { weight: 3, arbitrary: a.label.map(holderRef) }),
        ),
      })
      .map(({ remove, pooled, ...rest }) =>
        defined({
          ...rest,
          RemoveFromVersionId: remove === "none" ? undefined : remove === "pooled" ? pooled : holderRef(rest.VersionStage),
        }),
      );
  },
  GetSecretValue: (p) => {
    const a = arbitrariesOf(p);
    return fc
      .record({ SecretId: a.name, VersionId: option(fc.oneof(a.pooledToken, a.label.map(holderRef))), VersionStage: option(a.label) })
      .map((r) => defined(r));
  },
  DescribeSecret: (p) => fc.record({ SecretId: arbitrariesOf(p).name }),
  DeleteSecret: (p) =>
    fc
      .record({
        SecretId: arbitrariesOf(p).name,
        ForceDeleteWithoutRecovery: option(fc.constant(true)),
        RecoveryWindowInDays: option(fc.constantFrom(7, 30)),
      })
      .map((r) => defined(r)),
  RestoreSecret: (p) => fc.record({ SecretId: arbitrariesOf(p).name }),
  TagResource: (p) =>
    fc.record({
      SecretId: arbitrariesOf(p).name,
      Tags: fc.uniqueArray(fc.record({ Key: fc.constantFrom("team", "env"), Value: fc.constantFrom("a", "b") }), {
        minLength: 1,
        maxLength: 2,
        selector: (tag) => tag.Key,
      }),
    }),
  RotateSecret: (p) => {
    const a = arbitrariesOf(p);
    return fc
      .record({
        SecretId: a.name,
        ClientRequestToken: a.token,
        RotationLambdaARN: option(fc.constant("arn:aws:lambda:us-east-1:123456789012:function:rotate")),
        RotateImmediately: option(fc.boolean()),
        RotationRules: option(fc.constant({ AutomaticallyAfterDays: 1 })),
      })
      .map((r) => defined(r));
  },
  CancelRotateSecret: (p) => fc.record({ SecretId: arbitrariesOf(p).name }),
  UntagResource: (p) =>
    fc.record({ SecretId: arbitrariesOf(p).name, TagKeys: fc.uniqueArray(fc.constantFrom("team", "env", "other"), { maxLength: 2 }) }),
  PutResourcePolicy: (p) =>
    fc.record({
      SecretId: arbitrariesOf(p).name,
      ResourcePolicy: fc.constantFrom(
        '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"secretsmanager:GetSecretValue","Resource":"*"}]}',
        "not a policy",
      ),
    }),
  DeleteResourcePolicy: (p) => fc.record({ SecretId: arbitrariesOf(p).name }),
  ReplicateSecretToRegions: (p) =>
    fc.record({
      SecretId: arbitrariesOf(p).name,
      AddReplicaRegions: fc.uniqueArray(fc.constantFrom("eu-west-1", "ap-south-1", "us-east-1").map((Region) => ({ Region })), {
        minLength: 1,
        maxLength: 2,
        selector: (r) => r.Region,
      }),
    }),
  RemoveRegionsFromReplication: (p) =>
    fc.record({ SecretId: arbitrariesOf(p).name, RemoveReplicaRegions: fc.constant(["eu-west-1"]) }),
  ListSecretVersionIds: (p) =>
    fc
      .record({ SecretId: arbitrariesOf(p).name, IncludeDeprecated: option(fc.boolean()) })
      .map(defined),
};

const advance: fc.Arbitrary<Call> = fc
  .record({
    kind: fc.constantFrom("advance" as const, "tick" as const),
    milliseconds: fc.constantFrom(60_000, HOUR_MS, DAY_MS + HOUR_MS, 8 * DAY_MS, 31 * DAY_MS),
  });

/** A single call of any operation in `requestArbitraries`, or the clock moving. */
export function callArbitrary(p: Pools = pools): fc.Arbitrary<Call> {
  const calls = Object.entries(requestArbitraries).map(([name, make]) => ({
    weight: name === "CreateSecret" ? 1 : 2,
    arbitrary: (make as (p: Pools) => fc.Arbitrary<unknown>)(p).map(
      (request): Call => ({ kind: "call", name: name as OperationName, request }),
    ),
  }));
  const rotationSteps = fc
    .record({ name: arbitrariesOf(p).name, fails: fc.boolean() })
    .map(({ name, fails }): Call => ({ kind: "rotation-steps", name, fails }));
  return fc.oneof(...calls, { weight: 4, arbitrary: advance }, { weight: 2, arbitrary: rotationSteps });
}

/** A sequence of calls that starts by creating a secret, so that most calls find one. */
export function callsArbitrary(options: { maxLength?: number; pools?: Pools } = {}): fc.Arbitrary<Call[]> {
  const p = options.pools ?? pools;
  const first = arbitrariesOf(p).value.map(
    (value): Call => ({ kind: "call", name: "CreateSecret", request: { Name: p.names[0], ClientRequestToken: p.tokens[0], ...value } }),
  );
  return fc
    .tuple(first, fc.array(callArbitrary(p), { maxLength: options.maxLength ?? 40, size: "max" }))
    .map(([head, tail]) => [head, ...tail]);
}
