// One fast-check command per operation, over the pools of names, tokens and
// labels that the property tests use; add a new operation's command here.
import fc from "fast-check";
import { arbitrariesOf, pools, type Pools } from "../properties/calls.ts";
import type { Real, VersionRef } from "./command-support.ts";
import type { Model } from "./model.ts";
import { DescribeSecret, GetSecretValue, ListSecretVersionIds } from "./read-commands.ts";
import {
  AdvanceClock,
  CreateSecret,
  DeleteSecret,
  PutSecretValue,
  RestoreSecret,
  UpdateSecret,
  UpdateSecretVersionStage,
} from "./write-commands.ts";

const option = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

/** Every command, weighted by how often it appears in the list. */
export function commandArbitraries(p: Pools = pools): fc.Arbitrary<fc.Command<Model, Real>>[] {
  const { name, token, label, value, write } = arbitrariesOf(p);
  const versionRef: fc.Arbitrary<VersionRef> = fc.oneof(
    { weight: 1, arbitrary: token.map((t) => ({ token: t })) },
    { weight: 2, arbitrary: label.map((l) => ({ holderOf: l })) },
  );
  return [
  fc.record({ Name: name, write }).map(({ Name, write: w }) => new CreateSecret({ Name, ...w })),
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
  fc
    .record({ SecretId: name, write, description: option(fc.constantFrom("", "d1", "d2")) })
    .map(({ SecretId, write: w, description }) => new UpdateSecret({ SecretId, ...w, ...(description !== undefined && { Description: description }) })),
  fc
    .tuple(name, label, option(versionRef), option(versionRef))
    .map(([n, l, from, to]) => new UpdateSecretVersionStage(n, l, from, to)),
  fc.tuple(name, option(versionRef), option(label)).map(([n, ref, stage]) => new GetSecretValue(n, ref, stage)),
  name.map((n) => new DescribeSecret(n)),
  fc.tuple(name, fc.boolean()).map(([n, all]) => new ListSecretVersionIds(n, all)),
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
  name.map((n) => new RestoreSecret(n)),
  fc.constantFrom(60_000, 25 * 60 * 60 * 1000).map((ms) => new AdvanceClock(ms)),
  ];
}
