import type { Dict } from "./dict.ts";
import type { PrunedVersionIds } from "./pruned-version-ids.ts";
import type { SecretArn, SecretName, StagingLabel, VersionId } from "./ids.ts";
import type { RotationFailures, RotationInProgress } from "./rotation.ts";
import type { SecretVersion } from "./secret-version.ts";
import type { Timestamp } from "./time.ts";

export interface Tag {
  readonly Key: string;
  readonly Value: string;
}

export interface RotationRules {
  readonly AutomaticallyAfterDays?: number;
  readonly Duration?: string;
  readonly ScheduleExpression?: string;
}

export interface ReplicationStatus {
  readonly Region: string;
  readonly KmsKeyId?: string;
  readonly Status: "InSync" | "Failed" | "InProgress";
  readonly StatusMessage?: string;
  readonly LastAccessedDate?: Timestamp;
}

/** A secret of one account in one region, with all of its versions. */
export interface Secret {
  readonly ARN: SecretArn;
  readonly Name: SecretName;
  readonly Description?: string;
  readonly KmsKeyId?: string;
  readonly Type?: string;
  /**
   * Absent until the secret is first tagged; `[]` once all tags were removed
   * (docs/semantics/tags-and-policies.md#tags-absent-or-empty).
   */
  readonly Tags?: readonly Tag[];
  readonly CreatedDate: Timestamp;
  readonly LastChangedDate: Timestamp;
  readonly LastAccessedDate?: Timestamp;
  readonly DeletedDate?: Timestamp;
  /** When a secret scheduled for deletion is removed for good. */
  readonly DeletionDate?: Timestamp;
  readonly ResourcePolicy?: string;
  readonly RotationEnabled?: boolean;
  readonly RotationLambdaARN?: string;
  readonly RotationRules?: RotationRules;
  readonly LastRotatedDate?: Timestamp;
  readonly NextRotationDate?: Timestamp;
  /** The rotation started and not yet finished, if any (never shown by DescribeSecret). */
  readonly rotation?: RotationInProgress;
  /** Failed attempts at the rotation due on NextRotationDate (never shown by DescribeSecret). */
  readonly rotationFailures?: RotationFailures;
  readonly OwningService?: string;
  readonly PrimaryRegion?: string;
  readonly ReplicationStatus?: readonly ReplicationStatus[];
  /** Versions by id, in creation order. */
  readonly versions: Dict<SecretVersion>;
  /** Staging label → the one version that carries it (docs/semantics/versions-and-labels.md#one-version-per-label). */
  readonly labels: Dict<VersionId>;
  /** Ids of versions removed by pruning: never reused, answered as "deleted". */
  readonly prunedVersionIds: PrunedVersionIds;
}

export type { StagingLabel };
