// The end of a check: a text summary for people, or a JSON report for CI.
import type { CleanupTally } from "./cleanup.ts";
import type { SearchReport } from "./search.ts";
import { formatFinding, transcriptCalls, type TranscriptCall } from "./transcript.ts";

export interface CheckReport {
  readonly endpoint: string;
  readonly region: string;
  readonly seed: number;
  readonly prefix: string;
  /** Whether the endpoint's clock could be moved (AdvanceClock steps were generated). */
  readonly clock: boolean;
  readonly runs: number;
  readonly sequences: number;
  readonly calls: number;
  readonly seconds: number;
  readonly sequencesPerSecond: number;
  readonly interrupted: boolean;
  readonly differences: readonly {
    readonly signature: string;
    readonly alsoDiffers: readonly string[];
    readonly shrinks: number;
    readonly calls: readonly TranscriptCall[];
  }[];
  readonly cleanup: { readonly deleted: number; readonly failed: readonly string[] };
}

export interface RunFacts {
  readonly endpoint: string;
  readonly region: string;
  readonly seed: number;
  readonly prefix: string;
  readonly clock: boolean;
  readonly interrupted: boolean;
}

export function checkReport(facts: RunFacts, search: SearchReport, cleanup: CleanupTally): CheckReport {
  return {
    ...facts,
    runs: search.runs,
    sequences: search.sequences,
    calls: search.calls,
    seconds: Math.round(search.seconds * 100) / 100,
    sequencesPerSecond: search.seconds > 0 ? Math.round((search.sequences / search.seconds) * 10) / 10 : 0,
    differences: search.findings.map((finding) => ({
      signature: finding.signature,
      alsoDiffers: finding.alsoDiffers,
      shrinks: finding.shrinks,
      calls: transcriptCalls(facts.endpoint, finding.records),
    })),
    cleanup: { deleted: cleanup.deleted, failed: [...cleanup.failed] },
  };
}

export function formatSummary(report: CheckReport): string {
  const count = report.differences.length;
  const lines = [
    `${report.sequences} sequences (${report.runs} generated, the rest shrinking), ${report.calls} calls in ${report.seconds} s: ` +
      `${report.sequencesPerSecond} sequences/s.`,
    count === 0
      ? `No difference from the model at ${report.endpoint}.`
      : `${count} kind${count === 1 ? "" : "s"} of difference at ${report.endpoint}:\n${report.differences.map((d, i) => `  ${i + 1}. ${[d.signature, ...d.alsoDiffers].join("; ")}`).join("\n")}`,
    `Replay with --seed ${report.seed}${report.interrupted ? " (the run was interrupted)" : ""}.`,
    `Cleanup: ${report.cleanup.deleted} force deletions under ${report.prefix}-*` +
      (report.cleanup.failed.length === 0 ? "." : `; ${report.cleanup.failed.length} failed:\n  ${report.cleanup.failed.join("\n  ")}`),
  ];
  return lines.join("\n");
}

export { formatFinding };
