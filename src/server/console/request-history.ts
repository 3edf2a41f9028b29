// The last AWS requests, for the console's request log: what the server's log line holds (the
// operation, the secret as the request named it, the result, the time taken), with the account,
// the region and the ARN of the answer. Never a value: only names and ARNs are read.
import { parseArn } from "../../core/model/arn.ts";
import type { OperationEvent } from "../../emulator/emulator.ts";
import type { RequestLogEntry } from "../request-log.ts";

export interface RecordedRequest {
  readonly seq: number;
  /** The emulator's clock when the request was answered (epoch ms). */
  readonly at: number;
  readonly accountId: string;
  readonly region: string;
  readonly operation: string;
  /** The secret as the request named it (a name, an ARN, a list), or "-". */
  readonly secret: string;
  /** The ARN the answer gave, when it gave one. */
  readonly arn?: string;
  readonly result: string;
  readonly milliseconds: number;
}

export class RequestHistory {
  private entries: RecordedRequest[] = [];
  private seq = 0;

  constructor(readonly limit: number) {}

  add(entry: RequestLogEntry, event: OperationEvent | undefined, at: number, fallback: { accountId: string; region: string }): void {
    if (this.limit === 0) return;
    const arn = arnOf(event?.response);
    this.entries.push({
      seq: ++this.seq,
      at,
      accountId: event?.accountId ?? fallback.accountId,
      region: event?.region ?? fallback.region,
      operation: entry.operation,
      secret: entry.secret,
      ...(arn === undefined ? {} : { arn }),
      result: entry.result,
      milliseconds: Math.round(entry.milliseconds * 10) / 10,
    });
    // Trimmed in batches: one copy per `limit` requests, not one per request.
    if (this.entries.length >= 2 * this.limit) this.entries = this.entries.slice(-this.limit);
  }

  /** The last `count` requests, the latest first; only those about one secret when `of` is given. */
  latest(count: number, of?: { readonly arn: string; readonly name: string }): RecordedRequest[] {
    const found: RecordedRequest[] = [];
    const first = Math.max(0, this.entries.length - this.limit);
    for (let i = this.entries.length - 1; i >= first && found.length < count; i--) {
      const entry = this.entries[i]!;
      if (of === undefined || isAbout(entry, of)) found.push(entry);
    }
    return found;
  }
}

/** A request is about a secret when its answer names the ARN, or (without one) it names the secret. */
function isAbout(entry: RecordedRequest, secret: { readonly arn: string; readonly name: string }): boolean {
  if (entry.arn !== undefined) return entry.arn === secret.arn;
  const parts = parseArn(secret.arn);
  return entry.accountId === parts?.accountId && entry.region === parts.region && (entry.secret === secret.name || entry.secret === secret.arn);
}

function arnOf(response: unknown): string | undefined {
  if (typeof response !== "object" || response === null) return undefined;
  const arn = (response as Record<string, unknown>)["ARN"];
  return typeof arn === "string" ? arn : undefined;
}
