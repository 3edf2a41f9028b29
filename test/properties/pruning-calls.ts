// Long sequences on one secret that pass 100 versions while the clock moves,
// so that pruning runs (docs/semantics/versions-and-labels.md#pruning-of-deprecated-versions): mostly puts with fresh tokens, some with
// custom labels, label removals, and now and then a token used long before.
import fc from "fast-check";
import { AWSPENDING, DAY_MS, HOUR_MS, tokenFor } from "../../src/index.ts";
import { holderRef, type Call } from "./calls.ts";

const NAME = "app/pruned";
const labels = [AWSPENDING, "L0", "L1", "L2", "L3"];
const oldTokens = [1, 2, 3].map(tokenFor);

const token = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...oldTokens) },
  { weight: 30, arbitrary: fc.integer({ min: 1000, max: 100_000_000 }).map(tokenFor) },
);

const put = fc
  .record({
    token,
    stages: fc.option(fc.uniqueArray(fc.constantFrom(...labels), { minLength: 1, maxLength: 2 }), {
      nil: undefined,
      freq: 5,
    }),
  })
  .map(
    ({ token: ClientRequestToken, stages }): Call => ({
      kind: "call",
      name: "PutSecretValue",
      request: { SecretId: NAME, SecretString: "v", ClientRequestToken, ...(stages && { VersionStages: stages }) },
    }),
  );

const removeLabel = fc.constantFrom(...labels).map(
  (label): Call => ({
    kind: "call",
    name: "UpdateSecretVersionStage",
    request: { SecretId: NAME, VersionStage: label, RemoveFromVersionId: holderRef(label) },
  }),
);

const advance = fc
  .constantFrom(HOUR_MS, 6 * HOUR_MS, DAY_MS + HOUR_MS)
  .map((milliseconds): Call => ({ kind: "advance", milliseconds }));

export function pruningCallsArbitrary(): fc.Arbitrary<Call[]> {
  const create: Call = {
    kind: "call",
    name: "CreateSecret",
    request: { Name: NAME, SecretString: "v", ClientRequestToken: oldTokens[0] },
  };
  const step = fc.oneof(
    { weight: 20, arbitrary: put },
    { weight: 2, arbitrary: removeLabel },
    { weight: 3, arbitrary: advance },
  );
  return fc.array(step, { minLength: 120, maxLength: 220 }).map((calls) => [create, ...calls]);
}
