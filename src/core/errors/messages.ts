// Every message text the core sends, with where it came from. The catalogue is
// docs/semantics/errors.md; "Deviation:" entries are in DEVIATIONS.md.

export const messages = {
  // Recorded AWS answers (test_secret_not_found).
  secretNotFound: () => "Secrets Manager can't find the specified secret.",
  // Recorded (test_secret_version_not_found, test_get_secret_value_errors).
  valueNotFoundForStage: (stage: string) =>
    `Secrets Manager can't find the specified secret value for staging label: ${stage}`,
  valueNotFoundForVersion: (versionId: string) =>
    `Secrets Manager can't find the specified secret value for VersionId: ${versionId}`,
  // Recorded (test_get_secret_value_errors).
  stageNotOnVersion: () =>
    "You provided a VersionStage that is not associated to the provided VersionId.",
  // Recorded (test_invalid_secret_name).
  invalidName: () =>
    "Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!",
  // Recorded (test_no_client_request_token).
  missingClientRequestToken: () =>
    "You must provide a ClientRequestToken value. We recommend a UUID-type value.",
  // Recorded (test_secret_exists_snapshots).
  secretExists: (name: string) => `The operation failed because the secret ${name} already exists.`,
  // AWS-verified moto tests (docs/semantics/versions-and-labels.md#client-request-tokens-and-idempotency).
  tokenInUse: (token: string, arn: string) =>
    `You can't use ClientRequestToken ${token} because that value is already in use for a version of secret ${arn}.`,
  // Recorded (test_exp_raised_on_creation_of_secret_scheduled_for_deletion).
  nameScheduledForDeletion: () =>
    "You can't create this secret because a secret with this name is already scheduled for deletion.",
  // Issues quoting AWS (docs/semantics/deletion.md#the-marked-for-deletion-refusal); used for every
  // operation refused on a deleted secret.
  markedForDeletion: () =>
    "You can't perform this operation on the secret because it was marked for deletion.",
  // Issue quoting AWS (docs/semantics/versions-and-labels.md#pruning-of-deprecated-versions).
  versionDeleted: (versionId: string) =>
    `You can't perform this operation on secret version ${versionId} because it was deleted.`,
  // aws-sdk-java#1556 quoting AWS (docs/semantics/values.md#secretstring-and-secretbinary); apostrophe as quoted.
  bothValueKinds: () =>
    "You can’t specify both a binary secret value and a string secret value in the same secret.",
  // Third-party configurations quoting AWS (docs/semantics/values.md#secretstring-and-secretbinary).
  missingValue: () => "You must provide either SecretString or SecretBinary.",
  // terraform-provider-aws quoting AWS (docs/semantics/versions-and-labels.md#awscurrent-can-only-be-moved).
  currentCannotBeRemoved: () =>
    "You can only move staging label AWSCURRENT to a different secret version. It can’t be completely removed.",
  // AWS-verified moto test for AWSCURRENT; the same template for other labels is UNSURE
  // (docs/semantics/versions-and-labels.md#updatesecretversionstage).
  removeFromVersionIdRequired: (label: string, holder: string) =>
    `The parameter RemoveFromVersionId can't be empty. Staging label ${label} is currently attached to version ${holder}, so you must explicitly reference that version in RemoveFromVersionId.`,
  // Deviation: no AWS quote (docs/semantics/versions-and-labels.md#updatesecretversionstage).
  labelNotOnVersion: (label: string, versionId: string) =>
    `Staging label ${label} is not attached to version ${versionId}, so it can't be removed from it.`,
  // Deviation: no AWS quote (docs/semantics/versions-and-labels.md#updatesecretversionstage).
  versionNotFound: (versionId: string) =>
    `Secrets Manager can't find the specified secret version: ${versionId}`,
  // Third-party code quoting AWS (docs/semantics/versions-and-labels.md#label-quota).
  tooManyLabels: () => "You exceeded the maximum number of staging labels allowed on a secret.",
  // Deviation: AWS's text is not public (docs/semantics/versions-and-labels.md#version-quota).
  tooManyVersions: () =>
    "You can't create more versions of this secret: it has 100 versions and none of its unlabelled versions is older than 24 hours.",
  // Moto issue quoting AWS (docs/semantics/deletion.md#the-recovery-window).
  recoveryWindowRange: () =>
    "The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).",
  // UNSURE (moto text, docs/semantics/deletion.md#recovery-window-and-force-deletion-together).
  forceWithRecoveryWindow: () =>
    "You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.",
  // Recorded (test_first_rotate_secret_with_missing_lambda_arn).
  noRotationLambda: () => "No Lambda rotation function ARN is associated with this secret.",
  // Recorded (test_rotate_secret_invalid_lambda_arn).
  lambdaNotInvocable: () =>
    "Secrets Manager cannot invoke the specified Lambda function. Ensure that the function policy grants access to the principal secretsmanager.amazonaws.com.",
  // terraform-provider-aws issue quoting AWS (docs/semantics/rotation.md#a-previous-rotation-isnt-complete).
  rotationInProgress: () => "A previous rotation isn't complete. That rotation will be reattempted.",
  // terraform-provider-aws issue quoting AWS (docs/semantics/rotation.md#rotation-rules).
  frequencyAndSchedule: () =>
    "You cannot specify both rotation frequency and schedule expression together.",
  // Deviation: AWS's texts for a schedule it refuses are not public; the rules are the
  // User Guide's (rotate-secrets_schedule).
  invalidScheduleExpression: (expression: string) =>
    `The ScheduleExpression ${expression} is not a valid rate() or cron() expression for Secrets Manager rotation.`,
  rotationTooFrequent: () => "You can rotate a secret as often as every four hours, not more often.",
  invalidRotationDuration: (duration: string) =>
    `The Duration ${duration} is not valid: use a whole number of hours of at least 1, such as 3h.`,
  rotationWindowOverlap: () =>
    "The rotation window must not extend into the next rotation window or the next UTC day.",
  // Likely (docs/semantics/values.md#getrandompassword).
  passwordTooShort: () => "Password length is too short based on the required types.",
  typeExcluded: () => "All characters of the desired type have been excluded",
  allExcluded: () => "All characters have been excluded from selection",
  // Deviation: no AWS quote; UpdateSecretVersionStage with neither version id.
  noVersionToStage: () => "You must specify MoveToVersionId, RemoveFromVersionId, or both.",
  // Deviation: generic text for a NextToken this library did not issue.
  invalidNextToken: () => "The NextToken value is invalid.",
  // UNSURE: moto's texts for a ListSecrets filter without Key / without Values
  // (docs/semantics/listing.md#invalid-filters).
  filterKeyMissing: () => "Invalid filter key",
  filterValuesMissing: (key: string) => `Invalid filter values for key: ${key}`,
  // UNSURE: moto's texts for BatchGetSecretValue's member rules (docs/semantics/values.md#batchgetsecretvalue).
  idsOrFilters: () => "Either 'SecretIdList' or 'Filters' must be provided, but not both.",
  maxResultsWithoutFilters: () =>
    "'Filters' not specified. 'Filters' must also be specified when 'MaxResults' is provided.",
  // AWS answer quoted in awsdocs/aws-cloudformation-user-guide#623 (a bad policy Version).
  malformedPolicy: () => "This policy has invalid syntax.",
  // Deviation: AWS's text is not public; this is the API model's description of PublicPolicyException.
  publicPolicy: () =>
    "The BlockPublicPolicy parameter is set to true, and the resource policy did not prevent broad access to the secret.",
  // Deviation: AWS's text is not public (AWS doc TagResource: "Maximum number of tags per secret: 50").
  tooManyTags: () => "You can't attach more than 50 tags to a secret.",
  // AWS answer to TagResource quoted in cloud-custodian/cloud-custodian#9093.
  systemTag: (key: string) => `You can't modify system tags. Tag key: '${key}'.`,
  // AWS answers quoted in gruntwork-io/cloud-nuke#435 (DeleteSecret) and
  // lgallard/terraform-aws-secrets-manager#188 (PutResourcePolicy); used for every write to a replica.
  replicaReadOnly: () => "Operation not permitted on a replica secret. Call must be made in primary secret's region.",
  // AWS answer quoted in aws-samples/aws-health-aware#32 (CreateSecret replicating to its own Region).
  invalidReplicaRegion: () => "Invalid replica region.",
  // AWS answer quoted in gruntwork-io/cloud-nuke#435; the order of the Regions is a Deviation (sorted).
  primaryHasReplicas: (arn: string, regions: readonly string[]) =>
    `You can't delete secret ${arn} that still has replica regions [${regions.join(", ")}].`,
  // ReplicationStatus StatusMessage texts: AWS CLI example (describe-secret) and the
  // API reference of ReplicationStatusType ("Secret with this name already exists in this region").
  replicationSucceeded: () => "Replication succeeded",
  replicaNameExists: () => "Secret with this name already exists in this region",
  // Deviation: no AWS quote; StopReplicationToReplica on a secret that is not a replica.
  notAReplica: () => "StopReplicationToReplica can only be called on a replica secret, in the replica's Region.",
} as const;
