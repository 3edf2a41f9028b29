// The search for differences: fast-check generates sequences and, on a sequence
// that differs, shrinks it to the shortest one that still differs in the same way
// (same signature). The kind found is then known: later sequences that meet it
// stop there and count as passing, and the search goes on with the runs left,
// so that every distinct difference is reported, each with its own shrunk
// sequence.
import fc from "fast-check";
import type { Command } from "./commands.ts";
import type { Difference } from "./compare.ts";
import { sequenceArbitrary, type GeneratorOptions } from "./generate.ts";
import { runSequence, type CallRecord, type CheckSetting } from "./sequence.ts";

export interface Finding {
  readonly signature: string;
  /** The kinds of the other differences of the same call, reported with it (and so known from then on). */
  readonly alsoDiffers: readonly string[];
  /** The shrunk sequence, as run. */
  readonly commands: readonly Command[];
  readonly records: readonly CallRecord[];
  readonly differences: readonly Difference[];
  /** How many shorter sequences fast-check tried on the way to this one. */
  readonly shrinks: number;
}

export interface SearchOptions extends GeneratorOptions {
  readonly runs: number;
  readonly seed: number;
  /** Stop after this many kinds of difference (all of them when absent). */
  readonly maxFindings?: number;
  readonly onFinding?: (finding: Finding) => void;
}

export interface SearchReport {
  readonly findings: Finding[];
  /** Sequences run, shrinking included. */
  readonly sequences: number;
  readonly calls: number;
  /** Generated sequences (the runs of --runs used). */
  readonly runs: number;
  readonly seconds: number;
}

class Interrupted extends Error {}

/** The seed of round n: the given one first, then values drawn from it. */
export function roundSeed(seed: number, round: number): number {
  return round === 0 ? seed : (Math.imul(seed ^ (round * 0x9e3779b9), 0x85ebca6b) ^ round) | 0;
}

export async function searchDifferences(setting: CheckSetting, options: SearchOptions): Promise<SearchReport> {
  const started = performance.now();
  const arbitrary = sequenceArbitrary(options);
  const known = new Set<string>();
  const findings: Finding[] = [];
  let sequences = 0;
  let calls = 0;
  let runs = 0;
  const enough = () => findings.length >= (options.maxFindings ?? Number.POSITIVE_INFINITY);
  for (let round = 0; runs < options.runs && !setting.interrupted() && !enough(); round++) {
    let target: string | undefined;
    let last: { commands: readonly Command[]; records: readonly CallRecord[]; differences: readonly Difference[] } | undefined;
    const property = fc.asyncProperty(arbitrary, async (commands) => {
      // Ends the round: fast-check has no other way to stop early (its shrinking of this is instant).
      if (setting.interrupted()) throw new Interrupted();
      sequences += 1;
      const result = await runSequence(setting, commands, sequences, known);
      calls += result.calls;
      if (result.finding === undefined) return true;
      // While shrinking, only the same kind of difference counts as the same failure.
      target ??= result.finding.signature;
      if (result.finding.signature !== target) return true;
      last = { commands, records: result.records, differences: result.finding.differences };
      return false;
    });
    const details = await fc.check(property, { seed: roundSeed(options.seed, round), numRuns: options.runs - runs });
    runs += details.numRuns;
    if (!details.failed) break;
    if (target !== undefined && last !== undefined) {
      // Interrupted while shrinking, the last real failure is the shortest one found.
      const alsoDiffers = [...new Set(last.differences.map((d) => d.signature))].filter((s) => s !== target && !known.has(s));
      const finding: Finding = { signature: target, alsoDiffers, ...last, shrinks: details.numShrinks };
      findings.push(finding);
      for (const signature of [target, ...alsoDiffers]) known.add(signature);
      options.onFinding?.(finding);
    } else if (!setting.interrupted()) {
      // A failure that is no difference: the check itself could not go on (a clock control that stopped answering).
      throw new Error(`The check stopped: ${String(details.errorInstance)}`);
    }
    if (setting.interrupted()) break;
  }
  return { findings, sequences, calls, runs, seconds: (performance.now() - started) / 1000 };
}
