// Runs rotations in the background, as AWS does after RotateSecret has answered (or when a
// scheduled rotation falls due): the rotation driver walks the steps the core recorded and calls
// the rotation function of the secret's RotationLambdaARN for each one. The Emulator owns the one
// scheduler; the HTTP server plugs in local Lambda modules, the SDK double functions in process.
// AWS doc: https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_how.html
import { rotationsInProgress, type Context, type Result, type RotationInvocation, type State } from "../core/index.ts";
import { regionOfArn } from "../core/model/arn.ts";
import type { RotationHost } from "../rotation/client.ts";
import { runRotation, type RotationFunctions, type RotationOutcome } from "../rotation/driver.ts";
import { describeError, recordingSteps, type RotationRun } from "./rotation-runs.ts";

export type { RotationRun, RotationStepRun } from "./rotation-runs.ts";

/** What runs rotations for the Emulator: the port its adapters plug rotation functions into. */
export interface RotationPort {
  /** Stand-ins for the rotation Lambdas: one function for every ARN, or a record by Lambda ARN. */
  readonly functions: RotationFunctions;
  /** Resolves once the changes made so far are durable (the state file); awaited after each step. */
  readonly saved?: () => Promise<void>;
  /** Receives one line when a rotation resumes or ends. */
  readonly log?: (line: string) => void;
}

/** A pure change to one account's state, kept when it succeeds: Emulator.apply. */
export type ApplyChange = <R>(accountId: string, region: string, change: (state: State, context: Context) => Result<R>) => Result<R>;

/** How many runs the report keeps. */
const KEPT_RUNS = 100;

export class RotationScheduler {
  private readonly runs: RotationRun[] = [];
  private readonly pending = new Set<Promise<void>>();
  private readonly outcomes: RotationOutcome[] = [];

  constructor(
    private readonly apply: ApplyChange,
    private readonly port: RotationPort,
    /** The emulator's clock, for the times of the report. */
    private readonly now: () => number = Date.now,
  ) {}

  /** The Lambda ARNs that can be invoked; undefined when one function stands for every ARN. */
  get invocableLambdaArns(): readonly string[] | undefined {
    const { functions } = this.port;
    return typeof functions === "function" ? undefined : Object.keys(functions);
  }

  /** Starts a rotation once the current call has answered, as AWS invokes the Lambda asynchronously. */
  start(accountId: string, region: string, secretArn: string): void {
    const run: RotationRun = { secretId: secretArn, status: "running", start: this.now(), steps: [] };
    this.runs.push(run);
    if (this.runs.length > KEPT_RUNS) this.runs.shift();
    const promise = new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.rotate(accountId, region, run));
    this.pending.add(promise);
    void promise.finally(() => this.pending.delete(promise));
  }

  /**
   * Starts again every rotation the accounts hold in progress (cut off by a crash or a stop) whose
   * Lambda has a function, from the step that did not finish: AWS retries a rotation that did not
   * finish (docs/semantics/rotation.md#failed-rotations-are-retried). Returns the rotations left
   * waiting for lack of a function.
   */
  resume(accountIds: readonly string[]): RotationInvocation[] {
    const waiting: RotationInvocation[] = [];
    const invocable = this.invocableLambdaArns;
    for (const accountId of accountIds) {
      // A read: the region only goes into the context, which it does not use.
      const found = this.apply(accountId, "us-east-1", (state: State): Result<RotationInvocation[]> => ({
        ok: true,
        state,
        response: rotationsInProgress(state),
      }));
      for (const invocation of found.ok ? found.response : []) {
        if (invocable !== undefined && !invocable.includes(invocation.RotationLambdaARN)) {
          waiting.push(invocation);
          continue;
        }
        this.port.log?.(`rotation ${invocation.SecretId} resumed at ${invocation.Step}`);
        this.start(accountId, regionOfArn(invocation.SecretId), invocation.SecretId);
      }
    }
    return waiting;
  }

  /** Resolves once no rotation is running, with the outcomes of the runs that ended since the last call. */
  async settled(): Promise<RotationOutcome[]> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
    return this.outcomes.splice(0);
  }

  /** The last runs, oldest first. */
  report(): { readonly rotations: readonly RotationRun[] } {
    return { rotations: this.runs };
  }

  private async rotate(accountId: string, region: string, run: RotationRun): Promise<void> {
    const host: RotationHost = {
      apply: async (change) => {
        const result = this.apply(accountId, region, change);
        await this.port.saved?.();
        return result;
      },
    };
    try {
      const outcome = await runRotation(host, recordingSteps(this.port.functions, run, this.now), run.secretId);
      this.outcomes.push(outcome);
      run.status = outcome.recorded;
      run.stepsRun = outcome.stepsRun;
      if (outcome.error !== undefined) run.error = describeError(outcome.error);
    } catch (error) {
      // The host failed (a state that could not be saved): the run stops where it is.
      this.outcomes.push({ SecretId: run.secretId, stepsRun: [], recorded: "failed", error });
      run.status = "failed";
      run.error = describeError(error);
    }
    run.end = this.now();
    const steps = run.stepsRun ? ` after ${run.stepsRun.join(",") || "no step"}` : "";
    this.port.log?.(`rotation ${run.secretId} ${run.status}${steps}${run.error ? `: ${run.error}` : ""}`);
  }
}
