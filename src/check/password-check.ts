// GetRandomPassword answers a random password: the two sides cannot agree on it,
// so each side's password is held against what the request asks for instead
// (AWS doc: GetRandomPassword; the character types of ExcludePunctuation and
// RequireEachIncludedType).

const TYPES = {
  ExcludeUppercase: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  ExcludeLowercase: "abcdefghijklmnopqrstuvwxyz",
  ExcludeNumbers: "0123456789",
  ExcludePunctuation: "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
} as const;

const DEFAULT_LENGTH = 32;

/** What is wrong with `password` as an answer to `request`, or undefined. */
export function passwordProblem(request: Readonly<Record<string, unknown>>, password: unknown): string | undefined {
  if (typeof password !== "string") return "no RandomPassword";
  const length = typeof request["PasswordLength"] === "number" ? request["PasswordLength"] : DEFAULT_LENGTH;
  if ([...password].length !== length) return `${[...password].length} characters instead of ${length}`;
  const excluded = new Set(typeof request["ExcludeCharacters"] === "string" ? request["ExcludeCharacters"] : "");
  const included = Object.entries(TYPES)
    .filter(([flag]) => request[flag] !== true)
    .map(([, chars]) => [...chars].filter((c) => !excluded.has(c)));
  const allowed = new Set(included.flat());
  if (request["IncludeSpace"] === true && !excluded.has(" ")) allowed.add(" ");
  const stray = [...password].find((c) => !allowed.has(c));
  if (stray !== undefined) return `the character ${JSON.stringify(stray)} is excluded`;
  if (request["RequireEachIncludedType"] !== false) {
    const missing = included.find((chars) => !chars.some((c) => password.includes(c)));
    if (missing !== undefined) return `no character of the included type ${JSON.stringify(missing.slice(0, 3).join(""))}…`;
  }
  return undefined;
}
