/** The error codes Secrets Manager answers with (the `__type` on the wire). */
export type ErrorCode =
  | "AccessDeniedException"
  | "DecryptionFailure"
  | "EncryptionFailure"
  | "InternalServiceError"
  | "InvalidNextTokenException"
  | "InvalidParameterException"
  | "InvalidRequestException"
  | "LimitExceededException"
  | "MalformedPolicyDocumentException"
  | "PreconditionNotMetException"
  | "PublicPolicyException"
  | "ResourceExistsException"
  | "ResourceNotFoundException"
  | "ValidationException";

/** An error as a value: the AWS code and the message AWS sends. */
export interface AwsError {
  readonly code: ErrorCode;
  readonly message: string;
}
