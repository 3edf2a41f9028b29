// A secret's metadata as DescribeSecret and ListSecrets answer it: members
// without a value are omitted (AWS doc: "only returns fields that have a value").
import type { Secret } from "../model/secret.ts";
import { labelledVersions } from "../store/labels.ts";

export interface SecretMetadata {
  readonly ARN: string;
  readonly Name: string;
  readonly Type?: string;
  readonly Description?: string;
  readonly KmsKeyId?: string;
  readonly RotationEnabled?: boolean;
  readonly RotationLambdaARN?: string;
  readonly RotationRules?: Secret["RotationRules"];
  readonly LastRotatedDate?: number;
  readonly LastChangedDate?: number;
  readonly LastAccessedDate?: number;
  readonly DeletedDate?: number;
  readonly NextRotationDate?: number;
  readonly Tags?: Secret["Tags"];
  readonly OwningService?: string;
  readonly CreatedDate?: number;
  readonly PrimaryRegion?: string;
}

const OPTIONAL_MEMBERS = [
  "Type",
  "Description",
  "KmsKeyId",
  "RotationEnabled",
  "RotationLambdaARN",
  "RotationRules",
  "LastRotatedDate",
  "LastChangedDate",
  "LastAccessedDate",
  "DeletedDate",
  "NextRotationDate",
  "Tags",
  "OwningService",
  "CreatedDate",
  "PrimaryRegion",
] as const satisfies readonly (keyof SecretMetadata & keyof Secret)[];

export function secretMetadata(secret: Secret): SecretMetadata {
  const metadata: Record<string, unknown> = { ARN: secret.ARN, Name: secret.Name };
  for (const member of OPTIONAL_MEMBERS) {
    if (secret[member] !== undefined) metadata[member] = secret[member];
  }
  return metadata as unknown as SecretMetadata;
}

/** The labelled versions, or nothing when no version has a label. */
export function versionsToStages(secret: Secret): Record<string, string[]> | undefined {
  const byVersion = labelledVersions(secret);
  return Object.keys(byVersion).length > 0 ? byVersion : undefined;
}
