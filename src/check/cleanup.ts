// What a sequence may have created on the endpoint, and its removal: replicas
// first (AWS refuses to delete a primary that has some), then every secret by
// name in every region it may live in, with ForceDeleteWithoutRecovery, which
// AWS answers with success even for a secret that does not exist.
import type { EndpointSide } from "./endpoint.ts";

const NOTHING_THERE = new Set(["ResourceNotFoundException", "ValidationException"]);

export interface CleanupTally {
  deleted: number;
  failed: string[];
}

export class CreatedSecrets {
  /** Secret name → the regions it may exist in. */
  private readonly regions = new Map<string, Set<string>>();
  private readonly replicated = new Set<string>();

  add(name: string, region: string): void {
    const regions = this.regions.get(name) ?? new Set<string>();
    regions.add(region);
    this.regions.set(name, regions);
  }

  /** A secret that may have replicas in `regions` (its primary is in `primary`). */
  replicate(name: string, primary: string, regions: readonly string[]): void {
    this.add(name, primary);
    for (const region of regions) this.add(name, region);
    this.replicated.add(name);
  }

  get size(): number {
    return this.regions.size;
  }

  /** Removes every secret; an error is counted, never thrown. */
  async remove(endpoint: EndpointSide, tally: CleanupTally): Promise<void> {
    for (const [name, regions] of this.regions) {
      if (this.replicated.has(name)) await removeReplicas(endpoint, name, regions);
      for (const region of regions) {
        const outcome = await endpoint.send(region, "DeleteSecret", { SecretId: name, ForceDeleteWithoutRecovery: true });
        if (outcome.ok) tally.deleted += 1;
        // Nothing to delete: no such secret, or a name the endpoint refused to create.
        else if (!NOTHING_THERE.has(outcome.error.code)) tally.failed.push(`${name} in ${region}: ${outcome.error.code}: ${outcome.error.message}`);
      }
    }
    this.regions.clear();
    this.replicated.clear();
  }
}

async function removeReplicas(endpoint: EndpointSide, name: string, regions: ReadonlySet<string>): Promise<void> {
  for (const region of regions) {
    const described = await endpoint.send(region, "DescribeSecret", { SecretId: name });
    if (!described.ok) continue;
    const replicas = described.response["ReplicationStatus"];
    if (!Array.isArray(replicas) || replicas.length === 0) continue;
    const names = replicas.map((replica: { Region?: unknown }) => String(replica.Region));
    await endpoint.send(region, "RemoveRegionsFromReplication", { SecretId: name, RemoveReplicaRegions: names });
  }
}
