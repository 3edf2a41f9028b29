// Who may use the control endpoint (/_emulator/): it reads every secret value and replaces the
// whole state, so once the emulator is reachable beyond this machine, or asked to check
// signatures, it takes a token (Authorization: Bearer <token>), and without one it is off.
// GET /_emulator/health stays open: it tells nothing but "ok"; so do the web console's files
// (HTML, CSS, scripts: no data), so that the page can load and ask for the token.
import { createHash, timingSafeEqual } from "node:crypto";
import { isConsoleFile } from "./console/console-routes.ts";
import { CONTROL_PREFIX } from "./control.ts";
import { isLoopbackName } from "./host-names.ts";
import type { Refusal } from "./request-guard.ts";
import { CONTROL_TOKEN_VARIABLE } from "./secret-sources.ts";

export interface ControlAccessPolicy {
  /** The address the server listens on (--host). */
  readonly host: string;
  readonly verifySignatures: boolean;
  /** --control-token, --control-token-file or SECRETS_MANAGER_EMULATOR_CONTROL_TOKEN. */
  readonly token?: string;
}

const HOW = `configure a token (--control-token-file PATH, or the environment variable ${CONTROL_TOKEN_VARIABLE}) and send it as Authorization: Bearer <token>.`;

/** Undefined when the request may use the control endpoint (or is not for it); otherwise why not. */
export function controlAccess(
  method: string,
  path: string,
  authorization: string | undefined,
  policy: ControlAccessPolicy,
): Refusal | undefined {
  const route = path.split("?")[0] ?? "";
  if (!route.startsWith(CONTROL_PREFIX) && route !== CONTROL_PREFIX.slice(0, -1)) return undefined;
  if (method.toUpperCase() === "GET" && route === `${CONTROL_PREFIX}health`) return undefined;
  if (isConsoleFile(method, route)) return undefined;
  if (policy.token === undefined) {
    const exposed = !isLoopbackName(policy.host);
    if (!exposed && !policy.verifySignatures) return undefined;
    const because = exposed
      ? `the emulator listens on ${policy.host}, beyond this machine,`
      : "signatures are verified (--verify-signatures),";
    return { status: 403, why: `The control endpoint is off: ${because} and no control token is configured.`, allow: `To use it, ${HOW}` };
  }
  if (!sameToken(bearerToken(authorization), policy.token)) {
    return {
      status: 401,
      why: `The control endpoint needs the control token: ${authorization === undefined ? "no Authorization header" : "the Authorization header does not hold it"}.`,
      allow: "Send Authorization: Bearer <token> with the token the emulator was started with.",
      headers: { "www-authenticate": 'Bearer realm="secrets-manager-emulator"' },
    };
  }
  return undefined;
}

function bearerToken(authorization: string | undefined): string | undefined {
  const match = authorization === undefined ? null : /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization);
  return match?.[1];
}

/** Compares digests, so that neither the time taken nor a length difference tells anything. */
function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();
  return timingSafeEqual(digest(given), digest(token));
}
