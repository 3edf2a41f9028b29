// The members of every Secrets Manager request and response, by shape, as AWS's
// Smithy API model (secretsmanager 2017-10-17) declares them: what the wire
// adapter needs to check JSON types on the way in and to write timestamps on
// the way out. Enums are strings here; constraints are the core's business.
// Added from the current API (and the SDK): ListSecrets' SortBy; Type on
// CreateSecret, UpdateSecret, DescribeSecret and ListSecrets' entries.

export type Scalar = "string" | "long" | "integer" | "boolean" | "timestamp" | "blob";

export const scalars: ReadonlySet<string> = new Set<Scalar>(["string", "long", "integer", "boolean", "timestamp", "blob"]);

export function isScalar(ref: string): ref is Scalar {
  return scalars.has(ref);
}

/** A shape whose members, elements or values are of the shapes `Ref` names. */
type ShapeOf<Ref extends string> =
  | { readonly structure: Readonly<Record<string, Ref>> }
  | { readonly list: Ref }
  | { readonly map: Ref };

/** The metadata members DescribeSecret and a ListSecrets entry share. */
const secretMetadata = {
  ARN: "string",
  Name: "string",
  Description: "string",
  KmsKeyId: "string",
  RotationEnabled: "boolean",
  RotationLambdaARN: "string",
  RotationRules: "RotationRulesType",
  LastRotatedDate: "timestamp",
  LastChangedDate: "timestamp",
  LastAccessedDate: "timestamp",
  DeletedDate: "timestamp",
  NextRotationDate: "timestamp",
  Tags: "TagListType",
  OwningService: "string",
  CreatedDate: "timestamp",
  PrimaryRegion: "string",
  Type: "string",
} as const;

/** The request of the operations that take only a SecretId, and the answer of those that name the secret. */
const secretIdOnly = { structure: { SecretId: "string" } } as const;
const arnAndName = { structure: { ARN: "string", Name: "string" } } as const;
/** GetSecretValue's answer, and an entry of BatchGetSecretValue's. */
const secretValue = {
  structure: {
    ARN: "string",
    Name: "string",
    VersionId: "string",
    SecretBinary: "blob",
    SecretString: "string",
    VersionStages: "SecretVersionStagesType",
    CreatedDate: "timestamp",
  },
} as const;

const definitions = {
  APIErrorListType: { list: "APIErrorType" },
  APIErrorType: { structure: { SecretId: "string", ErrorCode: "string", Message: "string" } },
  AddReplicaRegionListType: { list: "ReplicaRegionType" },
  BatchGetSecretValueRequest: {
    structure: {
      SecretIdList: "SecretIdListType",
      Filters: "FiltersListType",
      MaxResults: "integer",
      NextToken: "string",
    },
  },
  BatchGetSecretValueResponse: {
    structure: {
      SecretValues: "SecretValuesType",
      NextToken: "string",
      Errors: "APIErrorListType",
    },
  },
  CancelRotateSecretRequest: secretIdOnly,
  CancelRotateSecretResponse: { structure: { ARN: "string", Name: "string", VersionId: "string" } },
  CreateSecretRequest: {
    structure: {
      Name: "string",
      ClientRequestToken: "string",
      Description: "string",
      KmsKeyId: "string",
      SecretBinary: "blob",
      SecretString: "string",
      Tags: "TagListType",
      AddReplicaRegions: "AddReplicaRegionListType",
      ForceOverwriteReplicaSecret: "boolean",
      Type: "string",
    },
  },
  CreateSecretResponse: {
    structure: {
      ARN: "string",
      Name: "string",
      VersionId: "string",
      ReplicationStatus: "ReplicationStatusListType",
    },
  },
  DeleteResourcePolicyRequest: secretIdOnly,
  DeleteResourcePolicyResponse: arnAndName,
  DeleteSecretRequest: { structure: { SecretId: "string", RecoveryWindowInDays: "long", ForceDeleteWithoutRecovery: "boolean" } },
  DeleteSecretResponse: { structure: { ARN: "string", Name: "string", DeletionDate: "timestamp" } },
  DescribeSecretRequest: secretIdOnly,
  DescribeSecretResponse: {
    structure: {
      ...secretMetadata,
      VersionIdsToStages: "SecretVersionsToStagesMapType",
      ReplicationStatus: "ReplicationStatusListType",
    },
  },
  Filter: { structure: { Key: "string", Values: "FilterValuesStringList" } },
  FilterValuesStringList: { list: "string" },
  FiltersListType: { list: "Filter" },
  GetRandomPasswordRequest: {
    structure: {
      PasswordLength: "long",
      ExcludeCharacters: "string",
      ExcludeNumbers: "boolean",
      ExcludePunctuation: "boolean",
      ExcludeUppercase: "boolean",
      ExcludeLowercase: "boolean",
      IncludeSpace: "boolean",
      RequireEachIncludedType: "boolean",
    },
  },
  GetRandomPasswordResponse: { structure: { RandomPassword: "string" } },
  GetResourcePolicyRequest: secretIdOnly,
  GetResourcePolicyResponse: { structure: { ARN: "string", Name: "string", ResourcePolicy: "string" } },
  GetSecretValueRequest: { structure: { SecretId: "string", VersionId: "string", VersionStage: "string" } },
  GetSecretValueResponse: secretValue,
  KmsKeyIdListType: { list: "string" },
  ListSecretVersionIdsRequest: {
    structure: {
      SecretId: "string",
      MaxResults: "integer",
      NextToken: "string",
      IncludeDeprecated: "boolean",
    },
  },
  ListSecretVersionIdsResponse: {
    structure: {
      Versions: "SecretVersionsListType",
      NextToken: "string",
      ARN: "string",
      Name: "string",
    },
  },
  ListSecretsRequest: {
    structure: {
      IncludePlannedDeletion: "boolean",
      MaxResults: "integer",
      NextToken: "string",
      Filters: "FiltersListType",
      SortOrder: "string",
      SortBy: "string",
    },
  },
  ListSecretsResponse: { structure: { SecretList: "SecretListType", NextToken: "string" } },
  PutResourcePolicyRequest: { structure: { SecretId: "string", ResourcePolicy: "string", BlockPublicPolicy: "boolean" } },
  PutResourcePolicyResponse: arnAndName,
  PutSecretValueRequest: {
    structure: {
      SecretId: "string",
      ClientRequestToken: "string",
      SecretBinary: "blob",
      SecretString: "string",
      VersionStages: "SecretVersionStagesType",
      RotationToken: "string",
    },
  },
  PutSecretValueResponse: {
    structure: {
      ARN: "string",
      Name: "string",
      VersionId: "string",
      VersionStages: "SecretVersionStagesType",
    },
  },
  RemoveRegionsFromReplicationRequest: { structure: { SecretId: "string", RemoveReplicaRegions: "RemoveReplicaRegionListType" } },
  RemoveRegionsFromReplicationResponse: { structure: { ARN: "string", ReplicationStatus: "ReplicationStatusListType" } },
  RemoveReplicaRegionListType: { list: "string" },
  ReplicaRegionType: { structure: { Region: "string", KmsKeyId: "string" } },
  ReplicateSecretToRegionsRequest: {
    structure: {
      SecretId: "string",
      AddReplicaRegions: "AddReplicaRegionListType",
      ForceOverwriteReplicaSecret: "boolean",
    },
  },
  ReplicateSecretToRegionsResponse: { structure: { ARN: "string", ReplicationStatus: "ReplicationStatusListType" } },
  ReplicationStatusListType: { list: "ReplicationStatusType" },
  ReplicationStatusType: {
    structure: {
      Region: "string",
      KmsKeyId: "string",
      Status: "string",
      StatusMessage: "string",
      LastAccessedDate: "timestamp",
    },
  },
  RestoreSecretRequest: secretIdOnly,
  RestoreSecretResponse: arnAndName,
  RotateSecretRequest: {
    structure: {
      SecretId: "string",
      ClientRequestToken: "string",
      RotationLambdaARN: "string",
      RotationRules: "RotationRulesType",
      RotateImmediately: "boolean",
    },
  },
  RotateSecretResponse: { structure: { ARN: "string", Name: "string", VersionId: "string" } },
  RotationRulesType: { structure: { AutomaticallyAfterDays: "long", Duration: "string", ScheduleExpression: "string" } },
  SecretIdListType: { list: "string" },
  SecretListEntry: {
    structure: {
      ...secretMetadata,
      SecretVersionsToStages: "SecretVersionsToStagesMapType",
    },
  },
  SecretListType: { list: "SecretListEntry" },
  SecretValueEntry: secretValue,
  SecretValuesType: { list: "SecretValueEntry" },
  SecretVersionStagesType: { list: "string" },
  SecretVersionsListEntry: {
    structure: {
      VersionId: "string",
      VersionStages: "SecretVersionStagesType",
      LastAccessedDate: "timestamp",
      CreatedDate: "timestamp",
      KmsKeyIds: "KmsKeyIdListType",
    },
  },
  SecretVersionsListType: { list: "SecretVersionsListEntry" },
  SecretVersionsToStagesMapType: { map: "SecretVersionStagesType" },
  StopReplicationToReplicaRequest: secretIdOnly,
  StopReplicationToReplicaResponse: { structure: { ARN: "string" } },
  Tag: { structure: { Key: "string", Value: "string" } },
  TagKeyListType: { list: "string" },
  TagListType: { list: "Tag" },
  TagResourceRequest: { structure: { SecretId: "string", Tags: "TagListType" } },
  UntagResourceRequest: { structure: { SecretId: "string", TagKeys: "TagKeyListType" } },
  UpdateSecretRequest: {
    structure: {
      SecretId: "string",
      ClientRequestToken: "string",
      Description: "string",
      KmsKeyId: "string",
      SecretBinary: "blob",
      SecretString: "string",
      Type: "string",
    },
  },
  UpdateSecretResponse: { structure: { ARN: "string", Name: "string", VersionId: "string" } },
  UpdateSecretVersionStageRequest: {
    structure: {
      SecretId: "string",
      VersionStage: "string",
      RemoveFromVersionId: "string",
      MoveToVersionId: "string",
    },
  },
  UpdateSecretVersionStageResponse: arnAndName,
  ValidateResourcePolicyRequest: { structure: { SecretId: "string", ResourcePolicy: "string" } },
  ValidateResourcePolicyResponse: { structure: { PolicyValidationPassed: "boolean", ValidationErrors: "ValidationErrorsType" } },
  ValidationErrorsEntry: { structure: { CheckName: "string", ErrorMessage: "string" } },
  ValidationErrorsType: { list: "ValidationErrorsEntry" },
} as const;

export type ShapeName = keyof typeof definitions;
/** What a member refers to: a scalar or a shape of the table. */
export type ShapeRef = Scalar | ShapeName;
export type Shape = ShapeOf<ShapeRef>;

/** Every shape by name; a reference to a shape the table does not hold fails the typecheck. */
export const shapes: { readonly [Name in ShapeName]: Shape } = definitions;
