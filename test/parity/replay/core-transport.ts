// The calls of a replay made on the core operations, through the test Driver.
import {
  Driver,
  isOperationName,
  runRotation,
  singleUserRotation,
  stateHost,
  type Context,
  type OperationName,
} from "../../../src/index.ts";
import type { Outcome, Transport } from "./replay.ts";

/** A driver whose calls may invoke the scenario's rotation Lambdas, and only those. */
class ReplayDriver extends Driver {
  invocableLambdaArns: readonly string[] | undefined;

  override context(): Context {
    const context = super.context();
    return this.invocableLambdaArns ? { ...context, invocableLambdaArns: this.invocableLambdaArns } : context;
  }
}

export function coreTransport(): Transport {
  const driver = new ReplayDriver();
  return {
    world: { partition: driver.state.partition, region: driver.region, account: driver.state.accountId },
    allowLambdas(arns) {
      driver.invocableLambdaArns = arns;
    },
    has: isOperationName,
    call(operation, request): Outcome {
      const before = driver.state;
      const result = driver.call(operation as OperationName, request as never);
      // A failed call returns the very same state object.
      return result.ok ? { ok: true, response: result.response } : { ok: false, error: result.error, unchanged: result.state === before };
    },
    // The rotation function of AWS's single-user template, with no database to change.
    rotate: (secretArn) => runRotation(stateHost(driver, () => driver.context()), singleUserRotation(), secretArn),
    advance: (milliseconds) => driver.advance(milliseconds),
  };
}
