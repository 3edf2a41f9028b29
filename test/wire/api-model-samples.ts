// One request and one response per operation with every member that the Secrets Manager API
// model (2017-10-17 revision, smithy JSON) declares, each filled with a value of the member's
// type: timestamps in epoch milliseconds and blobs as base64 text, as the core holds them.
// Written from the model's shapes; used to check that the wire adapter neither drops nor
// mistypes a member.

export interface ModelSample {
  readonly input: Record<string, unknown>;
  /** undefined: the operation has no output shape (an empty body). */
  readonly output: Record<string, unknown> | undefined;
}

export const MODEL_SAMPLES: Readonly<Record<string, ModelSample>> = {
  BatchGetSecretValue: {
    input: {"SecretIdList": ["secretidlist-text"], "Filters": [{"Key": "description", "Values": ["values-text"]}], "MaxResults": 7, "NextToken": "nexttoken-text"},
    output: {"SecretValues": [{"ARN": "arn-text", "Name": "name-text", "VersionId": "versionid-text", "SecretBinary": "AAEC/w==", "SecretString": "secretstring-text", "VersionStages": ["versionstages-text"], "CreatedDate": 1767323045678}], "NextToken": "nexttoken-text", "Errors": [{"SecretId": "secretid-text", "ErrorCode": "errorcode-text", "Message": "message-text"}]},
  },
  CancelRotateSecret: {
    input: {"SecretId": "secretid-text"},
    output: {"ARN": "arn-text", "Name": "name-text", "VersionId": "versionid-text"},
  },
  CreateSecret: {
    input: {"Name": "name-text", "ClientRequestToken": "clientrequesttoken-text", "Description": "description-text", "KmsKeyId": "kmskeyid-text", "SecretBinary": "AAEC/w==", "SecretString": "secretstring-text", "Tags": [{"Key": "key-text", "Value": "value-text"}], "AddReplicaRegions": [{"Region": "region-text", "KmsKeyId": "kmskeyid-text"}], "ForceOverwriteReplicaSecret": true},
    output: {"ARN": "arn-text", "Name": "name-text", "VersionId": "versionid-text", "ReplicationStatus": [{"Region": "region-text", "KmsKeyId": "kmskeyid-text", "Status": "InSync", "StatusMessage": "statusmessage-text", "LastAccessedDate": 1767323045678}]},
  },
  DeleteResourcePolicy: {
    input: {"SecretId": "secretid-text"},
    output: {"ARN": "arn-text", "Name": "name-text"},
  },
  DeleteSecret: {
    input: {"SecretId": "secretid-text", "RecoveryWindowInDays": 7, "ForceDeleteWithoutRecovery": true},
    output: {"ARN": "arn-text", "Name": "name-text", "DeletionDate": 1767323045678},
  },
  DescribeSecret: {
    input: {"SecretId": "secretid-text"},
    output: {"ARN": "arn-text", "Name": "name-text", "Description": "description-text", "KmsKeyId": "kmskeyid-text", "RotationEnabled": true, "RotationLambdaARN": "rotationlambdaarn-text", "RotationRules": {"AutomaticallyAfterDays": 7, "Duration": "duration-text", "ScheduleExpression": "scheduleexpression-text"}, "LastRotatedDate": 1767323045678, "LastChangedDate": 1767323045678, "LastAccessedDate": 1767323045678, "DeletedDate": 1767323045678, "NextRotationDate": 1767323045678, "Tags": [{"Key": "key-text", "Value": "value-text"}], "VersionIdsToStages": {"00000000-0000-0000-0000-000000000001": ["versionidstostages-text"]}, "OwningService": "owningservice-text", "CreatedDate": 1767323045678, "PrimaryRegion": "primaryregion-text", "ReplicationStatus": [{"Region": "region-text", "KmsKeyId": "kmskeyid-text", "Status": "InSync", "StatusMessage": "statusmessage-text", "LastAccessedDate": 1767323045678}]},
  },
  GetRandomPassword: {
    input: {"PasswordLength": 7, "ExcludeCharacters": "excludecharacters-text", "ExcludeNumbers": true, "ExcludePunctuation": true, "ExcludeUppercase": true, "ExcludeLowercase": true, "IncludeSpace": true, "RequireEachIncludedType": true},
    output: {"RandomPassword": "randompassword-text"},
  },
  GetResourcePolicy: {
    input: {"SecretId": "secretid-text"},
    output: {"ARN": "arn-text", "Name": "name-text", "ResourcePolicy": "resourcepolicy-text"},
  },
  GetSecretValue: {
    input: {"SecretId": "secretid-text", "VersionId": "versionid-text", "VersionStage": "versionstage-text"},
    output: {"ARN": "arn-text", "Name": "name-text", "VersionId": "versionid-text", "SecretBinary": "AAEC/w==", "SecretString": "secretstring-text", "VersionStages": ["versionstages-text"], "CreatedDate": 1767323045678},
  },
  ListSecretVersionIds: {
    input: {"SecretId": "secretid-text", "MaxResults": 7, "NextToken": "nexttoken-text", "IncludeDeprecated": true},
    output: {"Versions": [{"VersionId": "versionid-text", "VersionStages": ["versionstages-text"], "LastAccessedDate": 1767323045678, "CreatedDate": 1767323045678, "KmsKeyIds": ["kmskeyids-text"]}], "NextToken": "nexttoken-text", "ARN": "arn-text", "Name": "name-text"},
  },
  ListSecrets: {
    input: {"IncludePlannedDeletion": true, "MaxResults": 7, "NextToken": "nexttoken-text", "Filters": [{"Key": "description", "Values": ["values-text"]}], "SortOrder": "asc"},
    output: {"SecretList": [{"ARN": "arn-text", "Name": "name-text", "Description": "description-text", "KmsKeyId": "kmskeyid-text", "RotationEnabled": true, "RotationLambdaARN": "rotationlambdaarn-text", "RotationRules": {"AutomaticallyAfterDays": 7, "Duration": "duration-text", "ScheduleExpression": "scheduleexpression-text"}, "LastRotatedDate": 1767323045678, "LastChangedDate": 1767323045678, "LastAccessedDate": 1767323045678, "DeletedDate": 1767323045678, "NextRotationDate": 1767323045678, "Tags": [{"Key": "key-text", "Value": "value-text"}], "SecretVersionsToStages": {"00000000-0000-0000-0000-000000000001": ["secretversionstostages-text"]}, "OwningService": "owningservice-text", "CreatedDate": 1767323045678, "PrimaryRegion": "primaryregion-text"}], "NextToken": "nexttoken-text"},
  },
  PutResourcePolicy: {
    input: {"SecretId": "secretid-text", "ResourcePolicy": "resourcepolicy-text", "BlockPublicPolicy": true},
    output: {"ARN": "arn-text", "Name": "name-text"},
  },
  PutSecretValue: {
    input: {"SecretId": "secretid-text", "ClientRequestToken": "clientrequesttoken-text", "SecretBinary": "AAEC/w==", "SecretString": "secretstring-text", "VersionStages": ["versionstages-text"], "RotationToken": "rotationtoken-text"},
    output: {"ARN": "arn-text", "Name": "name-text", "VersionId": "versionid-text", "VersionStages": ["versionstages-text"]},
  },
  RemoveRegionsFromReplication: {
    input: {"SecretId": "secretid-text", "RemoveReplicaRegions": ["removereplicaregions-text"]},
    output: {"ARN": "arn-text", "ReplicationStatus": [{"Region": "region-text", "KmsKeyId": "kmskeyid-text", "Status": "InSync", "StatusMessage": "statusmessage-text", "LastAccessedDate": 1767323045678}]},
  },
  ReplicateSecretToRegions: {
    input: {"SecretId": "secretid-text", "AddReplicaRegions": [{"Region": "region-text", "KmsKeyId": "kmskeyid-text"}], "ForceOverwriteReplicaSecret": true},
    output: {"ARN": "arn-text", "ReplicationStatus": [{"Region": "region-text", "KmsKeyId": "kmskeyid-text", "Status": "InSync", "StatusMessage": "statusmessage-text", "LastAccessedDate": 1767323045678}]},
  },
  RestoreSecret: {
    input: {"SecretId": "secretid-text"},
    output: {"ARN": "arn-text", "Name": "name-text"},
  },
  RotateSecret: {
    input: {"SecretId": "secretid-text", "ClientRequestToken": "clientrequesttoken-text", "RotationLambdaARN": "rotationlambdaarn-text", "RotationRules": {"AutomaticallyAfterDays": 7, "Duration": "duration-text", "ScheduleExpression": "scheduleexpression-text"}, "RotateImmediately": true},
    output: {"ARN": "arn-text", "Name": "name-text", "VersionId": "versionid-text"},
  },
  StopReplicationToReplica: {
    input: {"SecretId": "secretid-text"},
    output: {"ARN": "arn-text"},
  },
  TagResource: {
    input: {"SecretId": "secretid-text", "Tags": [{"Key": "key-text", "Value": "value-text"}]},
    output: undefined,
  },
  UntagResource: {
    input: {"SecretId": "secretid-text", "TagKeys": ["tagkeys-text"]},
    output: undefined,
  },
  UpdateSecret: {
    input: {"SecretId": "secretid-text", "ClientRequestToken": "clientrequesttoken-text", "Description": "description-text", "KmsKeyId": "kmskeyid-text", "SecretBinary": "AAEC/w==", "SecretString": "secretstring-text"},
    output: {"ARN": "arn-text", "Name": "name-text", "VersionId": "versionid-text"},
  },
  UpdateSecretVersionStage: {
    input: {"SecretId": "secretid-text", "VersionStage": "versionstage-text", "RemoveFromVersionId": "removefromversionid-text", "MoveToVersionId": "movetoversionid-text"},
    output: {"ARN": "arn-text", "Name": "name-text"},
  },
  ValidateResourcePolicy: {
    input: {"SecretId": "secretid-text", "ResourcePolicy": "resourcepolicy-text"},
    output: {"PolicyValidationPassed": true, "ValidationErrors": [{"CheckName": "checkname-text", "ErrorMessage": "errormessage-text"}]},
  },
};
