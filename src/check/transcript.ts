// A finding as a transcript a person can replay: each call as an AWS CLI command
// and as JSON, with the endpoint's answer and the model's, and what differs.
import { advanceClockCommand, awsCliCommand, putManyCommand } from "./aws-cli.ts";
import type { Outcome } from "./outcome.ts";
import type { Finding } from "./search.ts";
import type { CallRecord } from "./sequence.ts";

/** The transcript entry of one step, as the JSON report holds it. */
export interface TranscriptCall {
  readonly operation: string;
  readonly region: string;
  readonly cli: string;
  readonly request?: Readonly<Record<string, unknown>>;
  /** Only when the model was sent other ids (its own ARNs). */
  readonly modelRequest?: Readonly<Record<string, unknown>>;
  readonly endpoint?: Outcome;
  readonly model?: Outcome;
  readonly differences: readonly { readonly path: string; readonly note: string }[];
  readonly repeat?: number;
}

export function transcriptCalls(endpoint: string, records: readonly CallRecord[]): TranscriptCall[] {
  return records.map((record) => {
    const differences = record.differences.map(({ path, note }) => ({ path, note }));
    if (record.hours !== undefined) {
      return { operation: "AdvanceClock", region: record.region, cli: advanceClockCommand(endpoint, record.hours), differences };
    }
    const request = record.endpointRequest ?? {};
    const cli =
      record.repeat !== undefined
        ? putManyCommand(endpoint, record.region, String(request["SecretId"]), record.repeat)
        : awsCliCommand(endpoint, record.region, record.operation, request);
    const sameRequest = JSON.stringify(record.modelRequest) === JSON.stringify(record.endpointRequest);
    return {
      operation: record.repeat === undefined ? record.operation : `${record.operation} x${record.repeat}`,
      region: record.region,
      cli,
      request,
      ...(!sameRequest && record.modelRequest !== undefined && { modelRequest: record.modelRequest }),
      ...(record.endpoint !== undefined && { endpoint: record.endpoint }),
      ...(record.model !== undefined && { model: record.model }),
      differences,
      ...(record.repeat !== undefined && { repeat: record.repeat }),
    };
  });
}

function answer(outcome: Outcome | undefined): string {
  if (outcome === undefined) return "-";
  if (outcome.ok) return JSON.stringify(outcome.response);
  const status = outcome.error.status === undefined ? "" : ` (HTTP ${outcome.error.status})`;
  return `${outcome.error.code}${status}: ${outcome.error.message}`;
}

export function formatTranscript(endpoint: string, records: readonly CallRecord[]): string {
  const lines: string[] = [];
  for (const [i, call] of transcriptCalls(endpoint, records).entries()) {
    lines.push(`  ${i + 1}. ${call.operation} (${call.region})`);
    lines.push(`     $ ${call.cli}`);
    if (call.request !== undefined) {
      const last = call.repeat === undefined ? "" : " (the last one)";
      lines.push(`     request${last}:  ${JSON.stringify(call.request)}`);
      if (call.modelRequest !== undefined) lines.push(`     to the model:  ${JSON.stringify(call.modelRequest)}`);
      lines.push(`     endpoint: ${answer(call.endpoint)}`);
      lines.push(`     model:    ${answer(call.model)}`);
    }
    for (const difference of call.differences) {
      lines.push(`     DIFFERS ${difference.path === "" ? "" : `${difference.path}: `}${difference.note}`);
    }
  }
  return lines.join("\n");
}

export function formatFinding(endpoint: string, finding: Finding, number: number): string {
  const steps = finding.records.length;
  return [
    `Difference ${number}: ${finding.signature}`,
    ...finding.alsoDiffers.map((signature) => `  and in the same call: ${signature}`),
    `  shrunk in ${finding.shrinks} steps to ${steps} call${steps === 1 ? "" : "s"}:`,
    formatTranscript(endpoint, finding.records),
  ].join("\n");
}
