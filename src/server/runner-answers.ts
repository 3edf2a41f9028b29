// The answers a runner writes on fd 3 (runner-process.ts describes the protocol), and the errors
// Lambda reports for a function that failed: what it threw, or how its runtime ended.
// AWS doc: https://docs.aws.amazon.com/lambda/latest/dg/invocation-retries.html

/** What the function threw, or how its process failed; `name` is Lambda's errorType. */
export class LambdaFunctionError extends Error {
  constructor(
    readonly errorType: string,
    message: string,
    readonly stackTrace: readonly string[] = [],
  ) {
    super(message);
    this.name = errorType;
  }
}

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export function parseAnswer(line: string): { outcome: { result: unknown } | LambdaFunctionError; exiting: boolean } {
  let answer: unknown;
  try {
    answer = JSON.parse(line);
  } catch {
    return { outcome: new LambdaFunctionError("Runtime.InvalidResponse", "The runtime answered with text that is not JSON"), exiting: true };
  }
  if (typeof answer !== "object" || answer === null) {
    return { outcome: new LambdaFunctionError("Runtime.InvalidResponse", "The runtime answered with no object"), exiting: true };
  }
  const { ok, result, errorType, errorMessage, stackTrace, exiting } = answer as Record<string, unknown>;
  if (ok === true) return { outcome: { result }, exiting: exiting === true };
  const trace = Array.isArray(stackTrace) ? stackTrace.map(String) : [];
  const type = typeof errorType === "string" && errorType !== "" ? errorType : "Error";
  return { outcome: new LambdaFunctionError(type, typeof errorMessage === "string" ? errorMessage : String(errorMessage), trace), exiting: exiting === true };
}

/** Lambda's report of a runtime that exited before it answered. */
export function exitFailure(exit: Exit | undefined): LambdaFunctionError {
  if (exit?.signal) return new LambdaFunctionError("Runtime.ExitError", `Runtime exited with error: signal: ${exit.signal}`);
  if (exit?.code) return new LambdaFunctionError("Runtime.ExitError", `Runtime exited with error: exit status ${exit.code}`);
  return new LambdaFunctionError("Runtime.ExitError", "Runtime exited without providing a reason");
}
