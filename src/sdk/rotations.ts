// Rotation in the double: rotation functions (JavaScript stand-ins for the
// rotation Lambdas) run in process, in the background, after RotateSecret or
// when the clock makes a scheduled rotation due, as AWS invokes the Lambda.
import type { Emulator } from "../emulator/emulator.ts";
import type { EmulatorOptions, OperationEvent, RotationsStartedEvent } from "../emulator/emulator-types.ts";
import { runRotation, type RotationFunctions, type RotationOutcome } from "../rotation/driver.ts";

export class InProcessRotations {
  private emulator: Emulator | undefined;
  private readonly running = new Set<Promise<RotationOutcome>>();
  private readonly outcomes: RotationOutcome[] = [];

  constructor(private readonly functions: RotationFunctions) {}

  /** Emulator options that start a run for every rotation begun. */
  hooks(): Pick<EmulatorOptions, "onOperation" | "onRotationsStarted" | "invocableLambdaArns"> {
    const arns = typeof this.functions === "function" ? undefined : Object.keys(this.functions);
    return {
      // A Lambda ARN with no function is answered as AWS answers a Lambda it cannot invoke.
      ...(arns && { invocableLambdaArns: () => arns }),
      onOperation: (event: OperationEvent) => {
        if (event.operation !== "RotateSecret" || event.errorCode !== undefined) return;
        const arn = (event.response as { ARN?: string } | undefined)?.ARN;
        if (arn !== undefined) this.start(event.accountId, event.region, arn);
      },
      onRotationsStarted: (event: RotationsStartedEvent) => {
        for (const invocation of event.invocations) this.start(event.accountId, event.region, invocation.SecretId);
      },
    };
  }

  attach(emulator: Emulator): void {
    this.emulator = emulator;
  }

  /** Waits until no rotation is running; the outcomes of the runs that ended since the last call. */
  async settled(): Promise<RotationOutcome[]> {
    while (this.running.size > 0) await Promise.all([...this.running]);
    return this.outcomes.splice(0);
  }

  private start(accountId: string, region: string, secretArn: string): void {
    const emulator = this.emulator;
    if (emulator === undefined) return;
    // After the current call has answered, as AWS invokes the Lambda asynchronously.
    const run = Promise.resolve().then(() =>
      runRotation({ apply: (change) => emulator.apply(accountId, region, change) }, this.functions, secretArn),
    );
    this.running.add(run);
    void run.then(
      (outcome) => {
        this.outcomes.push(outcome);
        this.running.delete(run);
      },
      () => this.running.delete(run),
    );
  }
}
