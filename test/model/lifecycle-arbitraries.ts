// The commands of tags, time and replication, over the same names as the rest.
import fc from "fast-check";
import { DAY_MS, HOUR_MS } from "../../src/index.ts";
import { weighted } from "./command-support.ts";
import { PRIMARY, REPLICA } from "./model.ts";
import { GetSecretValue } from "./read-commands.ts";
import {
  RemoveRegionsFromReplication,
  ReplicateSecretToRegions,
  replicaWriteKinds,
  WriteInReplicaRegion,
} from "./replication-commands.ts";
import { TagResource, UntagResource } from "./tag-commands.ts";
import { Tick } from "./time-commands.ts";
import { DeleteSecret } from "./write-commands.ts";

/** Tag keys that differ only in case, and one named like an Object.prototype member. */
const TAG_KEYS = ["team", "Team", "env", "__proto__"];
const tagKey = fc.constantFrom(...TAG_KEYS);
const tags = fc.uniqueArray(fc.record({ Key: tagKey, Value: fc.constantFrom("a", "b", "") }), {
  maxLength: 3,
  selector: (t) => t.Key,
});
/** Some keys (one the secret never has), or all of them, so that tag lists empty. */
const tagKeys = fc.oneof(fc.uniqueArray(fc.constantFrom(...TAG_KEYS, "other"), { maxLength: 3 }), fc.constant(TAG_KEYS));

/** Weighted command arbitraries for TagResource, UntagResource, ticks and replication. */
export function lifecycleArbitraries(name: fc.Arbitrary<string>) {
  const ticks = fc.constantFrom(HOUR_MS, DAY_MS, 8 * DAY_MS, 31 * DAY_MS, 31 * DAY_MS);
  return [
    weighted(3, ticks.map((ms) => new Tick(ms))),
    // A short recovery window, so that ticks end some.
    weighted(1, name.map((n) => new DeleteSecret({ SecretId: n, RecoveryWindowInDays: 7 }))),
    weighted(2, fc.tuple(name, tags).map(([n, t]) => new TagResource(n, t))),
    weighted(2, fc.tuple(name, tagKeys).map(([n, k]) => new UntagResource(n, k))),
    weighted(
      2,
      fc
        .tuple(name, fc.constantFrom([REPLICA], [REPLICA], [REPLICA], [PRIMARY]))
        .map(([n, regions]) => new ReplicateSecretToRegions(n, regions)),
    ),
    weighted(
      1,
      fc
        .tuple(name, fc.constantFrom([REPLICA], [REPLICA], ["ap-south-1"]))
        .map(([n, regions]) => new RemoveRegionsFromReplication(n, regions)),
    ),
    // The replica's AWSCURRENT value, which must be the primary's.
    weighted(2, name.map((n) => new GetSecretValue(n, undefined, undefined, REPLICA))),
    weighted(3, fc.tuple(fc.constantFrom(...replicaWriteKinds), name).map(([kind, n]) => new WriteInReplicaRegion(kind, n))),
  ];
}
