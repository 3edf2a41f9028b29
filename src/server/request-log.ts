// One line per request: time, operation, secret, result, duration. Never a secret's value:
// only the identifying members of the request are read.
import type { OperationEvent } from "../http/emulator.ts";

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
    operation: event.operation,
    secret: secretNamed(event.request),
    result: event.errorCode ?? "OK",
    milliseconds,
  };
}

export function formatLogLine(entry: RequestLogEntry): string {
  return `${entry.operation} ${entry.secret} ${entry.result} ${entry.milliseconds.toFixed(1)}ms`;
}
