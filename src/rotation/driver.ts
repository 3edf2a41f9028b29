// The rotation driver: runs a started rotation's steps by calling a rotation
// function, the stand-in for the rotation Lambda. It lives outside the pure core.
//
// Contract (for adapters such as the emulator):
// - The core starts rotations (RotateSecret, or tick() when one is due) and keeps
//   the steps still to run on the secret, as data. `runRotation(host, functions,
//   secretArn)` runs them in order: createSecret, setSecret, testSecret, finishSecret
//   (only testSecret after RotateSecret with RotateImmediately=false).
// - Each step calls the function with the event AWS sends a rotation Lambda,
//   `{ Step, SecretId: <secret ARN>, ClientRequestToken, RotationToken }`, and a RotationClient
//   whose methods (describeSecret, getSecretValue, putSecretValue,
//   updateSecretVersionStage, getRandomPassword, …) run the library's operations.
//   The function may return a Promise; a throw or a rejection fails the step.
// - `functions` is one function for every Lambda ARN, or a record from ARN to function.
// - The host owns the state: `apply(change)` must run `change(currentState, context)`
//   atomically against the latest state, store the state it returns and give back
//   its result (synchronously or as a Promise). Other requests may be served between
//   two applies, as on AWS, where rotation runs in the background; a rotation that
//   was cancelled or whose secret was deleted meanwhile simply stops ("stale").
// - After finishSecret the core removes AWSPENDING and sets LastRotatedDate
//   (docs/semantics/rotation.md#completion-of-a-rotation). A failed step ends the run and
//   leaves AWSPENDING where it is, so a later
//   RotateSecret with another token answers "A previous rotation isn't complete".
import {
  nextRotationStep,
  recordRotationStep,
  type Result,
  type RotationInvocation,
  type RotationStep,
  type State,
  type StepRecorded,
} from "../core/index.ts";
import { rotationClient, type RotationClient, type RotationHost } from "./client.ts";

/** The event a rotation Lambda receives. */
export interface RotationEvent {
  readonly Step: RotationStep;
  /** The secret's ARN. */
  readonly SecretId: string;
  readonly ClientRequestToken: string;
  /** AWS doc (rotate-secrets_lambda): identifies the rotation; the function may pass it to PutSecretValue. */
  readonly RotationToken: string;
}

/**
 * Deviation: the RotationToken is the ClientRequestToken in hexadecimal (four digits per
 * UTF-16 unit): one per rotation, of the form PutSecretValue accepts (36..256 of [a-zA-Z0-9-]).
 */
export function rotationTokenOf(clientRequestToken: string): string {
  let hex = "";
  for (let i = 0; i < clientRequestToken.length; i++) hex += clientRequestToken.charCodeAt(i).toString(16).padStart(4, "0");
  return hex;
}

/**
 * A stand-in for a rotation Lambda. `output`, when the host passes one, collects what the function
 * writes during the step (the emulator's local Lambdas use it; GET /_emulator/rotations shows it).
 */
export type RotationFunction = (event: RotationEvent, client: RotationClient, output?: (line: string) => void) => unknown;
export type RotationFunctions = RotationFunction | { readonly [lambdaArn: string]: RotationFunction };

export interface RotationOutcome {
  readonly SecretId: string;
  readonly ClientRequestToken?: string;
  readonly stepsRun: readonly RotationStep[];
  /** How the run ended: "rotated", "tested", "failed", or "stale" (nothing, or nothing more, to run). */
  readonly recorded: Exclude<StepRecorded, "next-step">;
  /** What the failing step threw. */
  readonly error?: unknown;
}

const success = <R>(state: State, response: R): Result<R> => ({ ok: true, state, response });

function functionFor(functions: RotationFunctions, lambdaArn: string): RotationFunction | undefined {
  if (typeof functions === "function") return functions;
  return Object.hasOwn(functions, lambdaArn) ? functions[lambdaArn] : undefined;
}

/** Runs every remaining step of the rotation in progress on one secret. */
export async function runRotation(host: RotationHost, functions: RotationFunctions, secretArn: string): Promise<RotationOutcome> {
  const client = rotationClient(host);
  const stepsRun: RotationStep[] = [];
  let token: string | undefined;
  for (;;) {
    const found = await host.apply((state) => success(state, nextRotationStep(state, secretArn)));
    const invocation: RotationInvocation | undefined = found.ok ? found.response : undefined;
    if (invocation === undefined) return { SecretId: secretArn, ...(token && { ClientRequestToken: token }), stepsRun, recorded: "stale" };
    token = invocation.ClientRequestToken;

    let ok = true;
    let error: unknown;
    const handler = functionFor(functions, invocation.RotationLambdaARN);
    try {
      if (handler === undefined) throw new Error(`No rotation function for ${invocation.RotationLambdaARN}`);
      const { Step, SecretId, ClientRequestToken } = invocation;
      await handler({ Step, SecretId, ClientRequestToken, RotationToken: rotationTokenOf(ClientRequestToken) }, client);
    } catch (thrown) {
      ok = false;
      error = thrown;
    }
    stepsRun.push(invocation.Step);

    const recorded = await host.apply((state, context) => {
      const step = recordRotationStep(state, invocation, ok, context.now);
      return success(step.state, step.recorded);
    });
    const outcome = recorded.ok ? recorded.response : "stale";
    if (outcome !== "next-step") {
      return { SecretId: secretArn, ClientRequestToken: token, stepsRun, recorded: outcome, ...(!ok && { error }) };
    }
  }
}

/** Runs rotations one after another (for instance the rotations a tick started). */
export async function runRotations(
  host: RotationHost,
  functions: RotationFunctions,
  started: readonly { readonly SecretId: string }[],
): Promise<RotationOutcome[]> {
  const outcomes: RotationOutcome[] = [];
  for (const { SecretId } of started) outcomes.push(await runRotation(host, functions, SecretId));
  return outcomes;
}
