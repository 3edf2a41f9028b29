// Runs rotations in the background, as AWS does after RotateSecret has answered (or when a
// scheduled rotation falls due): the rotation driver walks the steps the core recorded and calls
// the local Lambda module mapped to the secret's RotationLambdaARN for each one.
// AWS doc: https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_how.html
import { rotationsInProgress, type Result, type RotationInvocation, type State } from "../core/index.ts";
import type { Emulator, OperationEvent, RotationsStartedEvent } from "../http/emulator.ts";
import type { RotationHost } from "../rotation/client.ts";
import { runRotation, type RotationFunction } from "../rotation/driver.ts";
import type { LocalLambdas } from "./local-lambdas.ts";

export interface RotationRun {
  readonly secretId: string;
  status: "running" | "rotated" | "tested" | "failed" | "stale";
  stepsRun?: readonly string[];
  error?: string;
}

export interface RotationRunnerOptions {
  /** Resolves once the changes made so far are saved (the state file), before the next step. */
  readonly saved: () => Promise<void>;
  readonly log?: (line: string) => void;
}

/** How many runs the control endpoint keeps to show. */
const KEPT_RUNS = 100;

export class RotationRunner {
  private emulator: Emulator | undefined;
  private readonly runs: RotationRun[] = [];
  private readonly pending = new Set<Promise<void>>();
  /** Lambda ARN → the call of its local module. */
  private readonly functions: Readonly<Record<string, RotationFunction>>;

  constructor(
    lambdas: LocalLambdas,
    private readonly options: RotationRunnerOptions,
  ) {
    // The local function talks to the emulator over HTTP with its own SDK client, as a Lambda
    // does; the driver's in-process client is not passed on.
    this.functions = Object.fromEntries(lambdas.arns.map((arn) => [arn, (event) => lambdas.invoke(arn, event)]));
  }

  attach(emulator: Emulator): void {
    this.emulator = emulator;
  }

  /** Starts the rotation of a RotateSecret that succeeded, once its answer is sent. */
  observe(event: OperationEvent): void {
    if (event.operation !== "RotateSecret" || event.errorCode !== undefined) return;
    const arn = (event.response as { ARN?: unknown } | undefined)?.ARN;
    if (typeof arn === "string") this.start(event.accountId, event.region, arn);
  }

  /** Starts the rotations that moving the clock made due. */
  started(event: RotationsStartedEvent): void {
    for (const invocation of event.invocations) this.start(event.accountId, event.region, invocation.SecretId);
  }

  /**
   * Starts again every rotation the state holds in progress (cut off by a crash or a stop) whose
   * Lambda has a local module, from the step that did not finish: AWS retries a rotation that
   * did not finish (docs/semantics/rotation.md#failed-rotations-are-retried). Returns the
   * rotations left waiting for lack of a module.
   */
  resume(): RotationInvocation[] {
    const emulator = this.emulator;
    if (emulator === undefined) return [];
    const waiting: RotationInvocation[] = [];
    for (const accountId of Object.keys(emulator.exportState().accounts)) {
      // A read: the region only goes into the context, which it does not use.
      const found = emulator.apply(accountId, "us-east-1", (state: State): Result<RotationInvocation[]> => ({
        ok: true,
        state,
        response: rotationsInProgress(state),
      }));
      for (const invocation of found.ok ? found.response : []) {
        if (!Object.hasOwn(this.functions, invocation.RotationLambdaARN)) {
          waiting.push(invocation);
          continue;
        }
        this.options.log?.(`rotation ${invocation.SecretId} resumed at ${invocation.Step}`);
        this.start(accountId, regionOf(invocation.SecretId), invocation.SecretId);
      }
    }
    return waiting;
  }

  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  report(): { readonly rotations: readonly RotationRun[] } {
    return { rotations: this.runs };
  }

  private start(accountId: string, region: string, secretArn: string): void {
    const run: RotationRun = { secretId: secretArn, status: "running" };
    this.runs.push(run);
    if (this.runs.length > KEPT_RUNS) this.runs.shift();
    const promise = new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.rotate(accountId, region, run));
    this.pending.add(promise);
    void promise.finally(() => this.pending.delete(promise));
  }

  private async rotate(accountId: string, region: string, run: RotationRun): Promise<void> {
    const emulator = this.emulator;
    if (emulator === undefined) return;
    const host: RotationHost = {
      apply: async (change) => {
        const result = emulator.apply(accountId, region, change);
        await this.options.saved();
        return result;
      },
    };
    try {
      const outcome = await runRotation(host, this.functions, run.secretId);
      run.status = outcome.recorded;
      run.stepsRun = outcome.stepsRun;
      if (outcome.error !== undefined) run.error = describe(outcome.error);
    } catch (error) {
      run.status = "failed";
      run.error = describe(error);
    }
    this.options.log?.(`rotation ${run.secretId} ${run.status}${run.stepsRun ? ` after ${run.stepsRun.join(",") || "no step"}` : ""}${run.error ? `: ${run.error}` : ""}`);
  }
}

const regionOf = (arn: string): string => arn.split(":")[3] ?? "";

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
