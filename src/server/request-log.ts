// One line per request: time, operation, secret, result, duration. Never a secret's value:
// only the identifying members of the request are read.
import type { OperationEvent, WireResponse } from "../emulator/emulator.ts";

export interface RequestLogEntry {
  readonly operation: string;
  readonly secret: string;
  readonly result: string;
  readonly milliseconds: number;
}

const IDENTIFYING_MEMBERS = ["SecretId", "Name"] as const;

/** The secret a request names (SecretId or Name), or "-". */
export function secretNamed(request: unknown): string {
  if (typeof request !== "object" || request === null) return "-";
  for (const member of IDENTIFYING_MEMBERS) {
    const value = (request as Record<string, unknown>)[member];
    if (typeof value === "string") return value;
  }
  const list = (request as Record<string, unknown>)["SecretIdList"];
  if (Array.isArray(list)) return `[${list.filter((id) => typeof id === "string").join(",")}]`;
  return "-";
}

export function entryFor(event: OperationEvent, milliseconds: number): RequestLogEntry {
  return {
    operation: event.operation === "" ? "-" : event.operation,
    secret: secretNamed(event.request),
    result: event.errorCode ?? "OK",
    milliseconds,
  };
}

export function formatLogLine(entry: RequestLogEntry): string {
  return `${printable(entry.operation)} ${printable(entry.secret)} ${entry.result} ${entry.milliseconds.toFixed(1)}ms`;
}

/** A word as it is when it is plain, else quoted and escaped: a name cannot forge a log line. */
function printable(word: string): string {
  return /^[\x21-\x7e]+$/.test(word) && !word.includes('"') ? word : JSON.stringify(word);
}

/** The log entry of one AWS request: from the operation event, else from the wire. */
export function logEntry(
  event: OperationEvent | undefined,
  request: { readonly method?: string | undefined; readonly url?: string | undefined; readonly headers: Readonly<Record<string, string | string[] | undefined>> },
  response: WireResponse,
  milliseconds: number,
): RequestLogEntry {
  if (event !== undefined && event.operation !== "") return entryFor(event, milliseconds);
  const target = request.headers["x-amz-target"];
  return {
    operation: typeof target === "string" ? target.replace(/^secretsmanager\./, "") : `${request.method} ${request.url}`,
    secret: "-",
    result: response.status === 200 ? "OK" : errorType(response.body),
    milliseconds,
  };
}

function errorType(body: string): string {
  try {
    const type = (JSON.parse(body) as { __type?: unknown }).__type;
    return typeof type === "string" ? type.replace(/^.*#/, "") : "Error";
  } catch {
    return "Error";
  }
}
