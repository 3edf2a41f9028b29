// What the tests of local rotation functions share, in JavaScript and in Python: a function's
// ARN and event, timeouts, loading code for one test, and the misbehaving fixtures of
// test/fixtures/lambdas loaded once for a describe block.
import { join } from "node:path";
import { afterAll, beforeAll, type OnTestFinishedHandler } from "vitest";
import { LocalLambdas, type LocalLambdaOptions } from "../../src/server/local-lambdas.ts";
import type { LambdaFunctionError } from "../../src/server/runner-answers.ts";

export const ARN = "arn:aws:lambda:eu-west-1:123456789012:function:rotator";
export const FIXTURES = join(import.meta.dirname, "../fixtures/lambdas");
/** For calls that must not time out, however busy the machine. */
export const GENEROUS = { timeoutSeconds: 60, initTimeoutSeconds: 60 };
/** Only for functions that never answer: a timeout no healthy call has to meet. */
const SHORT = { timeoutSeconds: 0.5, initTimeoutSeconds: 60 };
export const event = { Step: "createSecret", SecretId: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf", ClientRequestToken: "t" };

/** The environment the emulator gives its functions (the endpoint they call back). */
export type LambdaEnvironment = () => Record<string, string>;
type Finished = (handler: OnTestFinishedHandler) => void;

/** `load(finished, code)` loads `code` for ARN; its processes stop when the test (`finished`: its own hook) ends. */
export function loaderFor(environment: LambdaEnvironment) {
  return async (finished: Finished, code: string, options: LocalLambdaOptions = GENEROUS): Promise<LocalLambdas> => {
    const lambdas = await LocalLambdas.load(new Map([[ARN, code]]), environment, options);
    finished(() => lambdas.close());
    return lambdas;
  };
}

/** The error a call failed with; a call that succeeds fails the test. */
export const rejection = (promise: Promise<unknown>): Promise<LambdaFunctionError> =>
  promise.then(
    () => {
      throw new Error("the call succeeded");
    },
    (error: unknown) => error as LambdaFunctionError,
  );

export interface MisbehavingFunctions {
  /** The emulator's log lines of every call so far. */
  readonly lines: readonly string[];
  arn(name: string): string;
  /** The functions that answer, loaded with the generous timeout. */
  answering(): LocalLambdas;
  /** `name: message` of the error the call of fixture `name` fails with. */
  failure(name: string): Promise<string>;
}

/**
 * Call in a describe block: loads the fixtures `<name>.<extension>` once for its tests, those of
 * `hanging` (they never answer) with a 0.5 s timeout, and stops them after its tests.
 */
export function misbehavingFunctions(
  extension: "mjs" | "py",
  environment: LambdaEnvironment,
  names: { readonly answering: readonly string[]; readonly hanging: readonly string[] },
): MisbehavingFunctions {
  const arn = (name: string) => `arn:aws:lambda:eu-west-1:123456789012:function:${name}`;
  const fixtures = (list: readonly string[]) => new Map(list.map((name) => [arn(name), join(FIXTURES, `${name}.${extension}`)]));
  const lines: string[] = [];
  let answering: LocalLambdas;
  let hanging: LocalLambdas;

  beforeAll(async () => {
    const log = (line: string) => lines.push(line);
    [answering, hanging] = await Promise.all([
      LocalLambdas.load(fixtures(names.answering), environment, { ...GENEROUS, log }),
      LocalLambdas.load(fixtures(names.hanging), environment, { ...SHORT, log }),
    ]);
  });

  afterAll(() => Promise.all([answering.close(), hanging.close()]));

  return {
    lines,
    arn,
    answering: () => answering,
    async failure(name) {
      const from = names.hanging.includes(name) ? hanging : answering;
      const error = await rejection(from.invoke(arn(name), event));
      return `${error.name}: ${error.message}`;
    },
  };
}
