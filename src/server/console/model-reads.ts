// The console reads the model through the core's own operations (ListSecrets with the user's
// filters and sort, DescribeSecret, GetSecretValue...), against the current state of one account
// and region, and keeps no change they would make: looking at a secret in the console is not an
// access by a client (GetSecretValue would set LastAccessedDate).
import { callOperation, type OperationName, type RequestOf, type ResponseOf, type State } from "../../core/index.ts";
import type { Emulator } from "../../emulator/emulator.ts";

export type Read<Name extends OperationName> =
  | { readonly ok: true; readonly response: ResponseOf<Name> }
  | { readonly ok: false; readonly error: { readonly code: string; readonly message: string } };

export function readModel<Name extends OperationName>(
  emulator: Emulator,
  accountId: string,
  region: string,
  operation: Name,
  request: RequestOf<Name>,
): Read<Name> {
  const result = emulator.apply(accountId, region, (state, context) => {
    const called = callOperation(operation, state, request, context);
    return called.ok ? { ok: true, state, response: called.response } : { ok: false, state, error: called.error };
  });
  return result.ok ? { ok: true, response: result.response } : { ok: false, error: result.error };
}

/** The current state of one account (an empty one when it has none). */
export function accountState(emulator: Emulator, accountId: string, region: string): State {
  const result = emulator.apply(accountId, region, (state) => ({ ok: true, state, response: state }));
  if (!result.ok) throw new Error("reading a state cannot fail");
  return result.response;
}
