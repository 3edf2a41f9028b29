// Host names as the request guard compares them: the authority of a Host header, an Origin or
// an --allowed-host value (name and optional port), and which names stay on this machine.
import { isIP } from "node:net";

export interface Authority {
  /** Lower case, without a trailing dot; an IPv6 address without its brackets. */
  readonly name: string;
  readonly port?: number;
}

/** `name`, `name:port`, `[v6]` or `[v6]:port`; undefined when it is none of these. */
export function parseAuthority(text: string): Authority | undefined {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]\s/@]+))(?::(\d{1,5}))?$/.exec(text.trim());
  if (match === null) return undefined;
  const v6 = match[1];
  if (v6 !== undefined && isIP(v6) !== 6) return undefined;
  const name = (v6 ?? match[2] ?? "").toLowerCase().replace(/\.$/, "");
  if (name === "") return undefined;
  const port = match[3] === undefined ? undefined : Number(match[3]);
  if (port !== undefined && port > 65535) return undefined;
  return port === undefined ? { name } : { name, port };
}

/** The listening address as a name to compare: `::` and `[::]` alike, lower case. */
export function normalizeHost(host: string): string {
  return host.replace(/^\[(.*)\]$/, "$1").toLowerCase().replace(/\.$/, "");
}

/**
 * localhost, any *.localhost (RFC 6761: they never leave the machine, and browsers resolve them
 * themselves), 127.0.0.0/8 and ::1.
 */
export function isLoopbackName(name: string): boolean {
  const host = normalizeHost(name);
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  if (isIP(host) === 6) return host === "::1" || host === "0:0:0:0:0:0:0:1" || /^::ffff:127\./.test(host);
  return false;
}
