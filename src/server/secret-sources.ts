// Secrets the emulator is started with (access keys for --verify-signatures, the control token)
// can come from a file or the environment, so that they never show in the process list. No
// message here ever repeats a secret: a bad entry is named by its place and its access key id.
import { readFileSync } from "node:fs";
import type { KeyCredentials } from "./args.ts";

export const CREDENTIALS_VARIABLE = "SECRETS_MANAGER_EMULATOR_CREDENTIALS";
export const CONTROL_TOKEN_VARIABLE = "SECRETS_MANAGER_EMULATOR_CONTROL_TOKEN";
/** A shorter token could be guessed over the network. */
export const MIN_TOKEN_LENGTH = 16;

export const CREDENTIALS_FORM = "AKID=SECRET or AKID=SECRET=ACCOUNT (12 digits)";

export type Loaded<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** `AKID=SECRET` or `AKID=SECRET=ACCOUNT`; AWS's access keys and secret keys hold no `=`. */
export function parseCredentials(text: string): { accessKeyId: string; key: KeyCredentials } | undefined {
  const [accessKeyId, secretAccessKey, accountId, ...rest] = text.split("=");
  if (accessKeyId === undefined || accessKeyId === "" || secretAccessKey === undefined || secretAccessKey === "") return undefined;
  if (rest.length > 0 || (accountId !== undefined && !/^\d{12}$/.test(accountId))) return undefined;
  return { accessKeyId, key: { secretAccessKey, ...(accountId === undefined ? {} : { accountId }) } };
}

/** What a bad entry may show of itself: the access key id, never the secret. */
export function shownEntry(text: string): string {
  const at = text.indexOf("=");
  return at < 0 ? "an entry without '='" : `'${text.slice(0, at)}=…'`;
}

/**
 * The keys in `text`: one AKID=SECRET[=ACCOUNT] per line in a file (blank lines and lines
 * starting with # skipped), separated by spaces, commas or new lines in the environment.
 */
export function credentialsIn(text: string, source: string, form: "file" | "variable"): Loaded<Map<string, KeyCredentials>> {
  const keys = new Map<string, KeyCredentials>();
  const entries =
    form === "file"
      ? text.split(/\r?\n/).map((line, i) => ({ text: line.trim(), place: `line ${i + 1}` }))
      : text.split(/[\s,]+/).map((entry, i) => ({ text: entry, place: `entry ${i + 1}` }));
  for (const entry of entries) {
    if (entry.text === "" || entry.text.startsWith("#")) continue;
    const parsed = parseCredentials(entry.text);
    if (parsed === undefined) return { ok: false, error: `${source}, ${entry.place}: expected ${CREDENTIALS_FORM}, got ${shownEntry(entry.text)}` };
    keys.set(parsed.accessKeyId, { ...parsed.key, source });
  }
  return { ok: true, value: keys };
}

/** The keys of a --credentials-file; a file without any is an error (every request would be refused). */
export function readCredentialsFile(path: string): Loaded<Map<string, KeyCredentials>> {
  const text = readSecretFile(path, "--credentials-file");
  if (!text.ok) return text;
  const keys = credentialsIn(text.value, `--credentials-file ${path}`, "file");
  if (keys.ok && keys.value.size === 0) return { ok: false, error: `--credentials-file ${path} holds no key (${CREDENTIALS_FORM}, one per line)` };
  return keys;
}

/** The token of a --control-token-file: its text without surrounding white space. */
export function readControlTokenFile(path: string): Loaded<string> {
  const text = readSecretFile(path, "--control-token-file");
  if (!text.ok) return text;
  const token = text.value.trim();
  const weak = tokenProblem(token, `--control-token-file ${path}`);
  return weak === undefined ? { ok: true, value: token } : { ok: false, error: weak };
}

/** Why a control token cannot be used, or undefined. */
export function tokenProblem(token: string, source: string): string | undefined {
  if (token.length >= MIN_TOKEN_LENGTH && !/\s/.test(token)) return undefined;
  return `${source}: a control token needs at least ${MIN_TOKEN_LENGTH} characters and no white space`;
}

function readSecretFile(path: string, option: string): Loaded<string> {
  try {
    return { ok: true, value: readFileSync(path, "utf8") };
  } catch (error) {
    return { ok: false, error: `${option} ${path} cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
}
