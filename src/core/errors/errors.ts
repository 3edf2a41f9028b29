import type { AwsError, ErrorCode } from "./codes.ts";
import { messages } from "./messages.ts";

const error = (code: ErrorCode, message: string): AwsError => ({ code, message });

export const secretNotFound = () => error("ResourceNotFoundException", messages.secretNotFound());
export const valueNotFoundForStage = (stage: string) =>
  error("ResourceNotFoundException", messages.valueNotFoundForStage(stage));
export const valueNotFoundForVersion = (versionId: string) =>
  error("ResourceNotFoundException", messages.valueNotFoundForVersion(versionId));
export const stageNotOnVersion = () => error("InvalidRequestException", messages.stageNotOnVersion());
export const invalidName = () => error("ValidationException", messages.invalidName());
export const missingClientRequestToken = (code: ErrorCode = "InvalidRequestException") =>
  error(code, messages.missingClientRequestToken());
export const secretExists = (name: string) => error("ResourceExistsException", messages.secretExists(name));
export const tokenInUse = (token: string, arn: string) =>
  error("ResourceExistsException", messages.tokenInUse(token, arn));
export const nameScheduledForDeletion = () =>
  error("InvalidRequestException", messages.nameScheduledForDeletion());
export const markedForDeletion = () => error("InvalidRequestException", messages.markedForDeletion());
export const versionDeleted = (versionId: string) =>
  error("InvalidRequestException", messages.versionDeleted(versionId));
export const bothValueKinds = () => error("InvalidParameterException", messages.bothValueKinds());
export const missingValue = () => error("InvalidRequestException", messages.missingValue());
export const currentCannotBeRemoved = () =>
  error("InvalidParameterException", messages.currentCannotBeRemoved());
export const removeFromVersionIdRequired = (label: string, holder: string) =>
  error("InvalidParameterException", messages.removeFromVersionIdRequired(label, holder));
export const labelNotOnVersion = (label: string, versionId: string) =>
  error("InvalidParameterException", messages.labelNotOnVersion(label, versionId));
export const versionNotFound = (versionId: string) =>
  error("InvalidParameterException", messages.versionNotFound(versionId));
export const tooManyLabels = () => error("LimitExceededException", messages.tooManyLabels());
export const tooManyVersions = () => error("LimitExceededException", messages.tooManyVersions());
export const recoveryWindowRange = () =>
  error("InvalidParameterException", messages.recoveryWindowRange());
export const forceWithRecoveryWindow = () =>
  error("InvalidParameterException", messages.forceWithRecoveryWindow());
export const noRotationLambda = () => error("InvalidRequestException", messages.noRotationLambda());
export const lambdaNotInvocable = () => error("AccessDeniedException", messages.lambdaNotInvocable());
export const rotationInProgress = () => error("InvalidRequestException", messages.rotationInProgress());
export const frequencyAndSchedule = () =>
  error("InvalidParameterException", messages.frequencyAndSchedule());
export const invalidScheduleExpression = (expression: string) =>
  error("InvalidParameterException", messages.invalidScheduleExpression(expression));
export const rotationTooFrequent = () => error("InvalidParameterException", messages.rotationTooFrequent());
export const invalidRotationDuration = (duration: string) =>
  error("InvalidParameterException", messages.invalidRotationDuration(duration));
export const rotationWindowOverlap = () => error("InvalidParameterException", messages.rotationWindowOverlap());
export const passwordTooShort = () => error("InvalidParameterException", messages.passwordTooShort());
export const typeExcluded = () => error("InvalidParameterException", messages.typeExcluded());
export const allExcluded = () => error("InvalidParameterException", messages.allExcluded());
export const invalidNextToken = () => error("InvalidNextTokenException", messages.invalidNextToken());
export const filterKeyMissing = () => error("InvalidParameterException", messages.filterKeyMissing());
export const filterValuesMissing = (key: string) =>
  error("InvalidParameterException", messages.filterValuesMissing(key));
export const idsOrFilters = () => error("InvalidParameterException", messages.idsOrFilters());
export const maxResultsWithoutFilters = () =>
  error("InvalidParameterException", messages.maxResultsWithoutFilters());
export const noVersionToStage = () => error("InvalidParameterException", messages.noVersionToStage());
export const malformedPolicy = () => error("MalformedPolicyDocumentException", messages.malformedPolicy());
export const publicPolicy = () => error("PublicPolicyException", messages.publicPolicy());
export const tooManyTags = () => error("InvalidParameterException", messages.tooManyTags());
export const systemTag = (key: string) => error("InvalidParameterException", messages.systemTag(key));
export const replicaReadOnly = () => error("InvalidParameterException", messages.replicaReadOnly());
export const invalidReplicaRegion = () => error("InvalidParameterException", messages.invalidReplicaRegion());
export const primaryHasReplicas = (arn: string, regions: readonly string[]) =>
  error("InvalidParameterException", messages.primaryHasReplicas(arn, regions));
export const notAReplica = () => error("InvalidRequestException", messages.notAReplica());
export const invalidParameter = (message: string) => error("InvalidParameterException", message);
export const invalidRequest = (message: string) => error("InvalidRequestException", message);
export const validation = (message: string) => error("ValidationException", message);
