// SecretString / SecretBinary members of CreateSecret, UpdateSecret, PutSecretValue.
import type { AwsError } from "../errors/codes.ts";
import { bothValueKinds } from "../errors/errors.ts";
import type { SecretValue } from "../model/secret-version.ts";
import { base64ByteLength, isBase64 } from "./base64.ts";
import { lengthBetween, type Violation } from "./constraints.ts";

export interface ValueMembers {
  readonly SecretString?: string;
  readonly SecretBinary?: string;
}

export function valueViolations(request: ValueMembers): Violation[] {
  const binary = request.SecretBinary;
  return [
    lengthBetween("secretString", request.SecretString, 1, 65536, { sensitive: true }),
    binary === undefined
      ? undefined
      : isBase64(binary)
        ? lengthBetween("secretBinary", binary, 1, 65536, { sensitive: true, measure: base64ByteLength(binary) })
        : "Value at 'secretBinary' failed to satisfy constraint: Member must be valid base64",
  ];
}

/** The value a request carries: none, one kind, or the error for both kinds. */
export function requestedValue(request: ValueMembers): SecretValue | undefined | AwsError {
  if (request.SecretString !== undefined && request.SecretBinary !== undefined) return bothValueKinds();
  if (request.SecretString !== undefined) return { kind: "string", SecretString: request.SecretString };
  if (request.SecretBinary !== undefined) return { kind: "binary", SecretBinary: request.SecretBinary };
  return undefined;
}
