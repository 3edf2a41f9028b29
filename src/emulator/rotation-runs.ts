// The record of rotation runs that GET /_emulator/rotations shows (and the web console draws):
// each run's steps, when each started and ended, how it ended, and what the function wrote
// meanwhile (bounded, so that a chatty function cannot fill the emulator's memory).
import type { RotationFunction, RotationFunctions } from "../rotation/driver.ts";

/** One step of a run. Times are the emulator's clock, epoch ms. */
export interface RotationStepRun {
  readonly step: string;
  readonly start: number;
  end?: number;
  outcome: "running" | "succeeded" | "failed";
  /** What the step failed with: Lambda's errorType, then its message. */
  error?: string;
  /** The stack of a failed step, as Lambda reports it (errorType's stackTrace). */
  stackTrace?: readonly string[];
  /** The first lines the function wrote during the step, joined by newlines. */
  output: string;
  /** Lines left out of `output` once it was full. */
  outputLinesDropped?: number;
}

/** One run. The first four members are those the report had before steps were recorded. */
export interface RotationRun {
  readonly secretId: string;
  status: "running" | "rotated" | "tested" | "failed" | "stale";
  stepsRun?: readonly string[];
  error?: string;
  clientRequestToken?: string;
  rotationLambdaArn?: string;
  readonly start: number;
  end?: number;
  readonly steps: RotationStepRun[];
}

/** Bounds of one step's output. */
export const MAX_OUTPUT_LINES = 200;
export const MAX_OUTPUT_CHARACTERS = 32 * 1024;
const MAX_STACK_FRAMES = 50;

/** The functions, each recording the steps it runs into `run`. */
export function recordingSteps(functions: RotationFunctions, run: RotationRun, now: () => number): RotationFunctions {
  const recording =
    (call: RotationFunction, lambdaArn?: string): RotationFunction =>
    async (event, client) => {
      const step: RotationStepRun = { step: event.Step, start: now(), outcome: "running", output: "" };
      run.steps.push(step);
      run.clientRequestToken = event.ClientRequestToken;
      if (lambdaArn !== undefined) run.rotationLambdaArn = lambdaArn;
      let lines = 0;
      const output = (line: string): void => {
        const text = lines === 0 ? line : `\n${line}`;
        const room = MAX_OUTPUT_CHARACTERS - step.output.length;
        // A line that would not fit is cut; one with no room left at all is counted as dropped.
        if (lines >= MAX_OUTPUT_LINES || room <= text.length - line.length) {
          step.outputLinesDropped = (step.outputLinesDropped ?? 0) + 1;
          return;
        }
        step.output += text.slice(0, room);
        lines += 1;
      };
      try {
        const result = await call(event, client, output);
        step.outcome = "succeeded";
        return result;
      } catch (error) {
        step.outcome = "failed";
        step.error = describeError(error);
        const trace = (error as { stackTrace?: unknown } | null)?.stackTrace;
        if (Array.isArray(trace) && trace.length > 0) step.stackTrace = trace.slice(0, MAX_STACK_FRAMES).map(String);
        throw error;
      } finally {
        step.end = now();
      }
    };
  if (typeof functions === "function") return recording(functions);
  return Object.fromEntries(Object.entries(functions).map(([arn, call]) => [arn, recording(call, arn)]));
}

export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
