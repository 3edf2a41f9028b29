// One fast-check command per operation, over the pools of names, tokens and
// labels that the property tests use; add a new operation's command here (or, for
// tags, time and replication, in lifecycle-arbitraries.ts).
import fc from "fast-check";
import { arbitrariesOf, pools, type Pools } from "../properties/calls.ts";
import { weighted, type Real, type VersionRef } from "./command-support.ts";
import { lifecycleArbitraries } from "./lifecycle-arbitraries.ts";
import { PRIMARY, REPLICA, type Model } from "./model.ts";
import { DescribeSecret, GetSecretValue, ListSecretVersionIds } from "./read-commands.ts";
import { AdvanceClock } from "./time-commands.ts";
import {
  CreateSecret,
  DeleteSecret,
  PutSecretValue,
  RestoreSecret,
  UpdateSecret,
  UpdateSecretVersionStage,
} from "./write-commands.ts";

const option = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

/** Reads are made in the primary's Region mostly, sometimes in the replica's. */
const region = fc.constantFrom(PRIMARY, PRIMARY, REPLICA);

/** Every command, weighted; the calls that build versions and labels come most often. */
export function commandArbitrary(p: Pools = pools): fc.Arbitrary<fc.Command<Model, Real>> {
  const { name, token, label, value, write } = arbitrariesOf(p);
  const versionRef: fc.Arbitrary<VersionRef> = fc.oneof(
    { weight: 1, arbitrary: token.map((t) => ({ token: t })) },
    { weight: 2, arbitrary: label.map((l) => ({ holderOf: l })) },
  );
  return fc.oneof(
    weighted(4, fc.record({ Name: name, write }).map(({ Name, write: w }) => new CreateSecret({ Name, ...w }))),
    weighted(
      4,
      fc
        .record({
          SecretId: name,
          value,
          token: fc.option(token, { nil: undefined, freq: 12 }),
          stages: option(fc.uniqueArray(label, { minLength: 1, maxLength: 20, size: "max" })),
        })
        .map(
          ({ SecretId, value: v, token: t, stages }) =>
            new PutSecretValue({
              SecretId,
              ...v,
              ...(t !== undefined && { ClientRequestToken: t }),
              ...(stages !== undefined && { VersionStages: stages }),
            }),
        ),
    ),
    weighted(
      4,
      fc
        .record({ SecretId: name, write, description: option(fc.constantFrom("", "d1", "d2")) })
        .map(
          ({ SecretId, write: w, description }) =>
            new UpdateSecret({ SecretId, ...w, ...(description !== undefined && { Description: description }) }),
        ),
    ),
    weighted(
      4,
      fc
        .tuple(name, label, option(versionRef), option(versionRef))
        .map(([n, l, from, to]) => new UpdateSecretVersionStage(n, l, from, to)),
    ),
    weighted(
      2,
      fc
        .tuple(name, option(versionRef), option(label), region)
        .map(([n, ref, stage, r]) => new GetSecretValue(n, ref, stage, r)),
    ),
    weighted(2, fc.tuple(name, region).map(([n, r]) => new DescribeSecret(n, r))),
    weighted(2, fc.tuple(name, fc.boolean()).map(([n, all]) => new ListSecretVersionIds(n, all))),
    weighted(
      2,
      fc
        .record({ SecretId: name, force: fc.boolean(), window: option(fc.constantFrom(7, 30)) })
        .map(
          ({ SecretId, force, window }) =>
            new DeleteSecret({
              SecretId,
              ...(force && { ForceDeleteWithoutRecovery: true }),
              ...(window !== undefined && { RecoveryWindowInDays: window }),
            }),
        ),
    ),
    weighted(2, name.map((n) => new RestoreSecret(n))),
    weighted(2, fc.constantFrom(60_000, 25 * 60 * 60 * 1000).map((ms) => new AdvanceClock(ms))),
    ...lifecycleArbitraries(name),
  );
}
