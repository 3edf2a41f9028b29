// The error messages the model is sure of: those whose text the core's messages
// table (src/core/errors/messages.ts) gives as recorded from AWS, asserted against
// AWS by a test, or quoted from an AWS answer in a public issue, and only for the
// operations the evidence covers. Every other text (the library's own, marked
// Deviation, UNSURE or Likely there, and the constraint messages of the
// validators) is not compared: only its error code is.
import { messages } from "../core/index.ts";

type MessageKey = keyof typeof messages;

interface SureMessage {
  readonly key: MessageKey;
  /** The operations whose answer showed the text; every operation when absent. */
  readonly operations?: readonly string[];
  /** The first argument the evidence showed, when only that one is sure. */
  readonly firstArgument?: string;
}

/** The operations the recorded test_invalid_secret_name answers came from. */
const NAME_CHECKED = [
  "CreateSecret",
  "DeleteSecret",
  "DescribeSecret",
  "GetSecretValue",
  "ListSecretVersionIds",
  "PutSecretValue",
  "TagResource",
  "UntagResource",
  "UpdateSecret",
  "ValidateResourcePolicy",
];

const SURE: readonly SureMessage[] = [
  // Recorded AWS answers ("can't find the specified secret" for every operation: AWS's one not-found text).
  { key: "secretNotFound" },
  { key: "valueNotFoundForStage", operations: ["GetSecretValue"] },
  { key: "valueNotFoundForVersion", operations: ["GetSecretValue"] },
  { key: "stageNotOnVersion", operations: ["GetSecretValue"] },
  { key: "invalidName", operations: NAME_CHECKED },
  { key: "secretExists", operations: ["CreateSecret"] },
  { key: "nameScheduledForDeletion", operations: ["CreateSecret"] },
  { key: "noRotationLambda", operations: ["RotateSecret"] },
  { key: "lambdaNotInvocable", operations: ["RotateSecret"] },
  // Asserted against AWS by moto's AWS-verified tests.
  { key: "tokenInUse", operations: ["CreateSecret", "UpdateSecret", "PutSecretValue"] },
  { key: "removeFromVersionIdRequired", operations: ["UpdateSecretVersionStage"], firstArgument: "AWSCURRENT" },
  // AWS answers recorded or quoted in public issues, for these operations only.
  { key: "markedForDeletion", operations: ["GetSecretValue", "GetResourcePolicy", "TagResource", "UntagResource"] },
  { key: "versionDeleted", operations: ["GetSecretValue"] },
  { key: "recoveryWindowRange", operations: ["DeleteSecret"] },
  { key: "rotationInProgress", operations: ["RotateSecret"] },
  { key: "frequencyAndSchedule", operations: ["RotateSecret"] },
  { key: "malformedPolicy", operations: ["PutResourcePolicy"] },
  { key: "replicaReadOnly", operations: ["DeleteSecret", "PutResourcePolicy"] },
  { key: "invalidReplicaRegion", operations: ["CreateSecret"] },
  { key: "systemTag", operations: ["TagResource"] },
];

const HOLE = "\u0000";

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A message template as a pattern: each argument matches any text (or the one sure first argument). */
function pattern(sure: SureMessage): RegExp {
  const make = messages[sure.key] as (...args: unknown[]) => string;
  // Arguments are texts, or a list of texts (primaryHasReplicas' regions).
  const first = sure.firstArgument ?? HOLE;
  let sample: string;
  try {
    sample = make(first, HOLE);
  } catch {
    sample = make(first, [HOLE]);
  }
  return new RegExp(`^${escape(sample).split(HOLE).join(".+?")}$`, "s");
}

const PATTERNS = SURE.map((sure) => ({ sure, regex: pattern(sure) }));
const ALL_PATTERNS = (Object.keys(messages) as MessageKey[]).map((key) => ({ key, regex: pattern({ key }) }));

/**
 * The messages-table key of the model's message when the model is sure that AWS
 * sends this very text for this operation; undefined otherwise.
 */
export function sureMessageKey(operation: string, message: string): string | undefined {
  for (const { sure, regex } of PATTERNS) {
    if (sure.operations !== undefined && !sure.operations.includes(operation)) continue;
    if (regex.test(message)) return sure.key;
  }
  return undefined;
}

/** The messages-table key of any message of the model (sure or not), or undefined for a validator's text. */
export function messageKeyOf(message: string): string | undefined {
  return ALL_PATTERNS.find(({ regex }) => regex.test(message))?.key;
}
