// For the tests of the model-based test's own checks: a library and a model in
// step, which a test then sets apart by hand (a state edited outside the
// operations, or an answer changed on its way out) before running one command.
import { produce, type Draft } from "immer";
import { Driver, tableGet, tokenFor, type OperationName, type RequestOf, type ResponseOf, type Result, type Secret } from "../../src/index.ts";
import type { Command, Real } from "./command-support.ts";
import { Model } from "./model.ts";
import { CreateSecret, PutSecretValue } from "./write-commands.ts";

export const T1 = tokenFor(1);
export const T2 = tokenFor(2);

type Tamper = (name: OperationName, result: Result<unknown>) => Result<unknown>;

/** The library, with a hook that may change the result of any call. */
export class TamperingDriver extends Driver {
  tamper: Tamper | undefined;
  override call<Name extends OperationName>(name: Name, request: RequestOf<Name>): Result<ResponseOf<Name>> {
    const result = super.call(name, request) as Result<unknown>;
    const changed = this.tamper ? this.tamper(name, result) : result;
    this.state = changed.state;
    return changed as Result<ResponseOf<Name>>;
  }
}

export interface Pair {
  readonly model: Model;
  readonly real: Real & { readonly driver: TamperingDriver };
}

/** app/db with T1 (AWSPREVIOUS, "v1") and T2 (AWSCURRENT, "v2"), on both sides. */
export function inStep(): Pair {
  const pair = { model: new Model(), real: { driver: new TamperingDriver(), seen: new Map<string, number>() } };
  run(pair, new CreateSecret({ Name: "app/db", SecretString: "v1", ClientRequestToken: T1 }));
  run(pair, new PutSecretValue({ SecretId: "app/db", SecretString: "v2", ClientRequestToken: T2 }));
  return pair;
}

export const run = ({ model, real }: Pair, command: Command) => command.run(model, real);

/** Edits app/db in the library's state only. */
export function editLibrary({ real }: Pair, recipe: (secret: Draft<Secret>) => void): void {
  real.driver.state = produce(real.driver.state, (draft) => {
    recipe(tableGet(draft.regions["us-east-1"]!.secrets as never, "app/db") as Draft<Secret>);
  });
}

/** Changes the response members of the library's successful answers to `operation`. */
export function changeAnswer(pair: Pair, operation: OperationName, members: Record<string, unknown>): void {
  pair.real.driver.tamper = (name, result) =>
    name === operation && result.ok ? { ...result, response: { ...(result.response as object), ...members } } : result;
}
