// The input and output shape of each Secrets Manager operation, named as AWS's
// API model names them (see shapes.ts for the shapes themselves).

/** The operations whose answer has no body (no output shape). */
const NO_OUTPUT = new Set(["TagResource", "UntagResource"]);

/** Input and output shape of each operation: `<Operation>Request` and `<Operation>Response`. */
export const operationShapes: Readonly<Record<string, { readonly input: string; readonly output?: string }>> = Object.fromEntries(
  [
    "BatchGetSecretValue",
    "CancelRotateSecret",
    "CreateSecret",
    "DeleteResourcePolicy",
    "DeleteSecret",
    "DescribeSecret",
    "GetRandomPassword",
    "GetResourcePolicy",
    "GetSecretValue",
    "ListSecretVersionIds",
    "ListSecrets",
    "PutResourcePolicy",
    "PutSecretValue",
    "RemoveRegionsFromReplication",
    "ReplicateSecretToRegions",
    "RestoreSecret",
    "RotateSecret",
    "StopReplicationToReplica",
    "TagResource",
    "UntagResource",
    "UpdateSecret",
    "UpdateSecretVersionStage",
    "ValidateResourcePolicy",
  ].map((name) => [name, { input: `${name}Request`, ...(!NO_OUTPUT.has(name) && { output: `${name}Response` }) }]),
);
