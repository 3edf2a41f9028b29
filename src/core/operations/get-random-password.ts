// GetRandomPassword
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_GetRandomPassword.html
import { allExcluded, passwordTooShort, typeExcluded } from "../errors/errors.ts";
import { failure, success, type Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import type { State } from "../model/state.ts";
import { seededRandom, shuffle } from "../rules/random.ts";
import { lengthBetween, rangeBetween, violationsError } from "../validate/constraints.ts";

export interface GetRandomPasswordRequest {
  readonly PasswordLength?: number;
  readonly ExcludeCharacters?: string;
  readonly ExcludeNumbers?: boolean;
  readonly ExcludePunctuation?: boolean;
  readonly ExcludeUppercase?: boolean;
  readonly ExcludeLowercase?: boolean;
  readonly IncludeSpace?: boolean;
  readonly RequireEachIncludedType?: boolean;
}

export interface GetRandomPasswordResponse {
  readonly RandomPassword: string;
}

const UPPERCASE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOWERCASE = "abcdefghijklmnopqrstuvwxyz";
const NUMBERS = "0123456789";
// AWS doc (ExcludePunctuation): the 32 ASCII punctuation characters.
const PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

/** The character types the request lets in, each less the excluded characters. */
function includedTypes(request: GetRandomPasswordRequest): { required: string[][]; pool: string[] } {
  const excluded = new Set(request.ExcludeCharacters ?? "");
  const keep = (chars: string) => [...chars].filter((c) => !excluded.has(c));
  // AWS doc (RequireEachIncludedType): "at least one upper and lowercase letter,
  // one number, and one punctuation" — the space is never a required type.
  const required = [
    request.ExcludeUppercase ? undefined : UPPERCASE,
    request.ExcludeLowercase ? undefined : LOWERCASE,
    request.ExcludeNumbers ? undefined : NUMBERS,
    request.ExcludePunctuation ? undefined : PUNCTUATION,
  ]
    .filter((chars): chars is string => chars !== undefined)
    .map(keep);
  const pool = [...required.flat(), ...(request.IncludeSpace ? keep(" ") : [])];
  return { required, pool };
}

export function getRandomPassword(
  state: State,
  request: GetRandomPasswordRequest,
  context: Context,
): Result<GetRandomPasswordResponse> {
  // 1. Validate.
  const invalid = violationsError([
    rangeBetween("passwordLength", request.PasswordLength, 1, 4096),
    lengthBetween("excludeCharacters", request.ExcludeCharacters, 0, 4096),
  ]);
  if (invalid) return failure(state, invalid);

  // 2. Decide: the impossible requests (docs/semantics/values.md#getrandompassword).
  const length = request.PasswordLength ?? 32;
  const requireEach = request.RequireEachIncludedType ?? true;
  const { required, pool } = includedTypes(request);
  if (pool.length === 0) return failure(state, allExcluded());
  if (requireEach) {
    if (required.some((chars) => chars.length === 0)) return failure(state, typeExcluded());
    if (length < required.length) return failure(state, passwordTooShort());
  }

  // 3. Draw: one character of each required type, the rest from the whole pool,
  // then a shuffle so that the required characters land at random positions.
  const random = seededRandom(context.randomSeed);
  const pick = (chars: readonly string[]) => chars[random.below(chars.length)]!;
  const password = requireEach ? required.map(pick) : [];
  while (password.length < length) password.push(pick(pool));

  // 4. Return: no state change.
  return success(state, { RandomPassword: shuffle(password, random).join("") });
}
