// A bug planted on purpose, around the core rather than in it, to show that the
// exhaustive check finds it. (A label on two versions cannot be planted: the
// label index keeps one version per label.)
import { produce, type Draft } from "immer";
import { AWSCURRENT, AWSPREVIOUS, getOwn, tableGet, type Secret, type State } from "../../src/index.ts";
import type { Service } from "./steps.ts";
import { REGION, SECRET } from "./world.ts";

const secretIn = (state: State) => tableGet(getOwn(state.regions, REGION)!.secrets, SECRET)!;

/** UpdateSecretVersionStage that moves AWSCURRENT but leaves AWSPREVIOUS where it was. */
export function forgetsAwsPreviousOnMove(operations: Service["operations"]): Service["operations"] {
  return {
    ...operations,
    UpdateSecretVersionStage(state, request, context) {
      const result = operations.UpdateSecretVersionStage(state, request, context);
      if (!result.ok || request.VersionStage !== AWSCURRENT) return result;
      const previous = getOwn(secretIn(state).labels, AWSPREVIOUS);
      const next = produce(result.state, (draft) => {
        const secret = tableGet(draft.regions[REGION]!.secrets as never, SECRET) as Draft<Secret>;
        if (previous === undefined) delete secret.labels[AWSPREVIOUS];
        else secret.labels[AWSPREVIOUS] = previous;
      });
      return { ...result, state: next };
    },
  };
}

/** PutSecretValue whose idempotent retry (nothing written) answers no VersionStages. */
export function retryAnswersNoStages(operations: Service["operations"]): Service["operations"] {
  return {
    ...operations,
    PutSecretValue(state, request, context) {
      const result = operations.PutSecretValue(state, request, context);
      return result.ok && result.state === state ? { ...result, response: { ...result.response, VersionStages: [] } } : result;
    },
  };
}
