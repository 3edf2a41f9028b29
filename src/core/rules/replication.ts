// Multi-Region secrets: a replica is the primary's copy, under the same name, in
// another Region of the same account. Replication here is synchronous: after every
// write to a primary its replicas are rewritten from it (store/replicas.ts;
// docs/semantics/replication.md; AWS User Guide "Replicate AWS Secrets Manager secrets across Regions").
import { regionOfArn, withRegion } from "../model/arn.ts";
import type { SecretArn } from "../model/ids.ts";
import type { Secret } from "../model/secret.ts";
import type { State } from "../model/state.ts";
import { lookupByName } from "./find-secret.ts";

/** AWS CLI examples show this key for a replica that names none. */
export const DEFAULT_REPLICA_KEY = "alias/aws/secretsmanager";

/** The Region in a secret's ARN. */
export function regionOf(secret: Secret): string {
  return regionOfArn(secret.ARN);
}

export function isReplica(secret: Secret): boolean {
  return secret.PrimaryRegion !== undefined && secret.PrimaryRegion !== regionOf(secret);
}

export function replicaRegions(secret: Secret): string[] {
  return (secret.ReplicationStatus ?? []).map((status) => status.Region);
}

/** AWS doc: "The ARN is the same as the original primary secret except the Region is changed." */
export function replicaArn(primary: Secret, region: string): SecretArn {
  return withRegion(primary.ARN, region);
}

/** The replica that `primary` keeps in `region`, if that Region holds one of it. */
export function replicaIn(state: State, primary: Secret, region: string): Secret | undefined {
  const found = lookupByName(state, region, primary.Name);
  return found !== undefined && found.PrimaryRegion === regionOf(primary) && isReplica(found) ? found : undefined;
}
