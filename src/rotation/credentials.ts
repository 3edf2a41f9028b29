// The credentials a secret holds, as the built-in strategies read and write them: a JSON object
// with username and password (AWS's database templates; every other key is kept as it was), or a
// bare password (AWS's generic template).
// AWS doc: https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_secret_json_structure.html

/** "json" and "password" as read; "auto": "json" for a JSON object, "password" otherwise. */
export type SecretFormat = "auto" | "json" | "password";

export interface Credentials {
  readonly format: "json" | "password";
  readonly password: string;
  /** The JSON object's username; none in a bare password. */
  readonly username?: string;
  /** The whole JSON object, for the keys a rotation keeps. */
  readonly fields?: Readonly<Record<string, unknown>>;
}

/** The credentials in a version's value; throws, as AWS's templates do, when they are not there. */
export function readCredentials(value: string, format: SecretFormat, what: string): Credentials {
  const object = format === "password" ? undefined : jsonObject(value);
  if (object === undefined) {
    if (format === "json") throw new Error(`${what} is not a JSON object; for a secret that is the password itself, use format "password"`);
    return { format: "password", password: value };
  }
  const { password, username } = object;
  // AWS's templates: KeyError("%s key is missing from secret JSON").
  if (typeof password !== "string") throw new Error(`password key is missing from secret JSON of ${what}`);
  return { format: "json", password, fields: object, ...(typeof username === "string" && { username }) };
}

/** The value of `credentials` with a new password (and user): the other keys stay, in their order. */
export function withPassword(credentials: Credentials, password: string, username?: string): string {
  if (credentials.format === "password") return password;
  return JSON.stringify({ ...credentials.fields, ...(username !== undefined && { username }), password });
}

function jsonObject(value: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
