// The first check of every request, whatever its path: a web page must not be able to use the
// emulator. A page on another site can send "simple" requests without asking (a POST with
// Content-Type text/plain), and with DNS rebinding its own name can point at this machine, so
// that the browser sends it our answers. So: the Host header must name this server (a rebound
// name does not), an Origin header must be one of ours, and a control request that changes
// state must say Content-Type: application/json, which a page cannot send without a CORS
// preflight that the emulator never grants.
import type { WireResponse } from "../emulator/emulator.ts";
import { controlAccess, type ControlAccessPolicy } from "./control-access.ts";
import { CONTROL_PREFIX } from "./control.ts";
import { isLoopbackName, normalizeHost, parseAuthority, type Authority } from "./host-names.ts";

export interface GuardPolicy {
  /** The address the server listens on (--host). */
  readonly host: string;
  /** The port it listens on. */
  readonly port: number;
  /** --allowed-host values: NAME (any port) or NAME:PORT. */
  readonly allowedHosts: readonly string[];
}

export interface GuardedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | undefined>>;
}

/** Why a request was refused and the option that would allow it. */
export interface Refusal {
  readonly status: number;
  readonly why: string;
  readonly allow: string;
  readonly headers?: Readonly<Record<string, string>>;
}

const READS: ReadonlySet<string> = new Set(["GET", "HEAD", "OPTIONS"]);

/** Undefined when the request may go on; otherwise why not. */
export function guardRequest(request: GuardedRequest, policy: GuardPolicy): Refusal | undefined {
  const host = request.headers["host"];
  const named = host === undefined ? undefined : parseAuthority(host);
  if (named === undefined || !isAllowed(named, 80, policy)) {
    const shown = host === undefined ? "no Host header" : `the Host header ${JSON.stringify(host)}`;
    return {
      status: 403,
      why: `Refused a request with ${shown}: the emulator answers only requests addressed to this machine (a guard against DNS rebinding).`,
      allow: `To reach it under another name, start it with --allowed-host ${named === undefined ? "NAME" : hostOption(named)}.`,
    };
  }
  const origin = request.headers["origin"];
  if (origin !== undefined) {
    const from = originAuthority(origin);
    if (from === undefined || !isAllowed(from.authority, from.defaultPort, policy)) {
      return {
        status: 403,
        why: `Refused a request from the web page at Origin ${JSON.stringify(origin)}: the emulator answers no web page of another origin (a guard against cross-site requests).`,
        allow:
          from === undefined
            ? "Send the request from a program, not from a page."
            : `To answer pages of that origin, start it with --allowed-host ${hostOption(from.authority, from.defaultPort)}.`,
      };
    }
  }
  const path = request.path.split("?")[0] ?? "";
  const control = path.startsWith(CONTROL_PREFIX) || path === CONTROL_PREFIX.slice(0, -1);
  if (control && !READS.has(request.method.toUpperCase()) && !isJson(request.headers["content-type"])) {
    return {
      status: 403,
      why: `Refused ${request.method} ${path} without Content-Type: application/json: a control request that changes the emulator must declare JSON (a guard against cross-site requests).`,
      allow: "Send it with the header Content-Type: application/json (curl: -H 'content-type: application/json').",
    };
  }
  return undefined;
}

/** A refusal as AWS clients show an error: `__type` and a `message` that says why and how to allow it. */
export function refusalResponse(refusal: Refusal): WireResponse {
  return {
    status: refusal.status,
    headers: { "content-type": "application/json", "x-amzn-errortype": "AccessDeniedException", ...refusal.headers },
    body: JSON.stringify({ __type: "AccessDeniedException", message: `${refusal.why} ${refusal.allow}`, allow: refusal.allow }),
  };
}

function isAllowed(authority: Authority, defaultPort: number, policy: GuardPolicy): boolean {
  const port = authority.port ?? defaultPort;
  if (port === policy.port && (isLoopbackName(authority.name) || authority.name === normalizeHost(policy.host))) return true;
  return policy.allowedHosts.some((allowed) => {
    const entry = parseAuthority(allowed);
    return entry !== undefined && entry.name === authority.name && (entry.port === undefined || entry.port === port);
  });
}

/** The authority of an Origin header (scheme://host[:port]); undefined for `null` or anything else. */
function originAuthority(origin: string): { authority: Authority; defaultPort: number } | undefined {
  const match = /^(https?):\/\/([^/?#]+)$/i.exec(origin.trim());
  if (match === null) return undefined;
  const authority = parseAuthority(match[2]!);
  if (authority === undefined) return undefined;
  return { authority, defaultPort: match[1]!.toLowerCase() === "https" ? 443 : 80 };
}

function hostOption(authority: Authority, defaultPort = 80): string {
  const name = authority.name.includes(":") ? `[${authority.name}]` : authority.name;
  return `${name}:${authority.port ?? defaultPort}`;
}

function isJson(contentType: string | undefined): boolean {
  return contentType !== undefined && contentType.split(";")[0]!.trim().toLowerCase() === "application/json";
}

/** Everything the server checks before it reads a request: the guard, then the control token. */
export interface ServerGuardPolicy extends GuardPolicy, ControlAccessPolicy {}

/** The policy of a server started with these options; `port` is set once it listens. */
export function guardPolicy(options: {
  readonly host?: string;
  readonly allowedHosts?: readonly string[];
  readonly verifySignatures?: boolean;
  readonly controlToken?: string;
}): ServerGuardPolicy & { port: number } {
  return {
    host: options.host ?? "127.0.0.1",
    port: -1,
    allowedHosts: options.allowedHosts ?? [],
    verifySignatures: options.verifySignatures === true,
    ...(options.controlToken === undefined ? {} : { token: options.controlToken }),
  };
}

/** The refusal to send, or undefined when the request may go on. */
export function guardIncoming(
  request: { readonly method?: string | undefined; readonly url?: string | undefined; readonly headers: Readonly<Record<string, string | string[] | undefined>> },
  policy: ServerGuardPolicy,
): WireResponse | undefined {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  const method = request.method ?? "GET";
  const path = request.url ?? "/";
  const refusal = guardRequest({ method, path, headers }, policy) ?? controlAccess(method, path, headers["authorization"], policy);
  return refusal === undefined ? undefined : refusalResponse(refusal);
}
