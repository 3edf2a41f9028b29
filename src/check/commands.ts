// The calls a check sends, as plain data: an AWS request whose ids are references
// that the runner resolves for each side (the endpoint and the model), so that a
// sequence can be shrunk, printed and replayed without knowing either side's ids.
import type { OperationName } from "../core/index.ts";

/** A secret of the sequence: its short name (the runner adds the sequence's prefix). */
export interface SecretRef {
  readonly $secret: string;
  /** How the call names it: AWS accepts the name, the full ARN and the ARN without its suffix. */
  readonly form: "name" | "arn" | "partial-arn";
}

/** The ClientRequestToken (and so the VersionId) numbered n in the sequence. */
export interface TokenRef {
  readonly $token: number;
}

/** Bytes, written as base64 (the model's form; the SDK is given the bytes). */
export interface BinaryRef {
  readonly $binary: string;
}

/** The sequence's name prefix followed by `text`: a ListSecrets filter that sees only this sequence. */
export interface PrefixRef {
  readonly $prefix: string;
}

/** The region numbered n: 0 is the region of the check, the others are replica regions. */
export interface RegionRef {
  readonly $region: number;
}

/** A resource policy naming the account of the side it is sent to. */
export interface PolicyRef {
  readonly $policy: "account" | "public" | "malformed";
}

/** A Lambda function ARN, in the side's account and region, of a function that does not exist. */
export interface LambdaRef {
  readonly $lambda: string;
}

/**
 * The version that carries `$holder` on secret `$of`, as the model sees it (version
 * ids are the same on both sides): a RemoveFromVersionId that names the label's
 * holder, so that random label moves succeed often enough to meet each other.
 */
export interface HolderRef {
  readonly $holder: string;
  readonly $of: string;
}

/** The version numbered `$version` (0 the first, modulo the count) of secret `$of`, as the model sees it. */
export interface VersionRef {
  readonly $version: number;
  readonly $of: string;
}

export type Ref = SecretRef | TokenRef | BinaryRef | PrefixRef | RegionRef | PolicyRef | LambdaRef | HolderRef | VersionRef;

export type Abstract = string | number | boolean | Ref | readonly Abstract[] | { readonly [member: string]: Abstract };

export type AbstractInput = { readonly [member: string]: Abstract };

/** One AWS call, sent in region `region` (see RegionRef). */
export interface CallCommand {
  readonly kind: "call";
  readonly operation: OperationName;
  readonly region: number;
  readonly input: AbstractInput;
}

/**
 * PutSecretValue `count` times on one secret with fresh tokens, as one step, so that
 * a short sequence reaches the 100-version quota and pruning. It ends early at the
 * first put that both sides refuse.
 */
export interface PutManyCommand {
  readonly kind: "put-many";
  readonly secret: string;
  readonly count: number;
  /** The first token number; the puts use firstToken, firstToken + 1, … */
  readonly firstToken: number;
}

/** Moves the endpoint's clock (through its control endpoint) and the model's with it. */
export interface AdvanceCommand {
  readonly kind: "advance";
  readonly hours: number;
}

export type Command = CallCommand | PutManyCommand | AdvanceCommand;

export const PUT_MANY_TOKEN_BASE = 1000;

export function isRef(value: Abstract): value is Ref {
  return typeof value === "object" && !Array.isArray(value) && Object.keys(value).some((key) => key.startsWith("$"));
}

/** The AWS calls of a put-many step. */
export function expandPutMany(command: PutManyCommand): CallCommand[] {
  return Array.from({ length: command.count }, (_, i) => ({
    kind: "call",
    operation: "PutSecretValue",
    region: 0,
    input: {
      SecretId: { $secret: command.secret, form: "name" },
      SecretString: `many-${i + 1}`,
      ClientRequestToken: { $token: command.firstToken + i },
    },
  }));
}
