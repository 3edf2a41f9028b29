// Breadth-first search of every sequence of steps up to a depth, each distinct
// state (canonical form, world.ts) expanded once. After every step: the answer
// against the model (steps.ts), every invariant, and the library's state
// against the model's. The first failure is one of the shortest.
import { invariantViolations } from "../../src/index.ts";
import { core, STEPS, type Service, type Step } from "./steps.ts";
import { initialWorld, libraryKey, modelKey, type World } from "./world.ts";

export interface Failure {
  /** The steps from the initial state, the last one failing. */
  readonly trace: readonly string[];
  readonly problem: string;
}

export interface Exploration {
  readonly depth: number;
  /** Distinct states reached, the initial one included. */
  readonly states: number;
  /** Steps run: every step from every state reached in fewer than `depth` steps. */
  readonly transitions: number;
  /** Whether no state is left beyond `depth`: every reachable state was visited. */
  readonly complete: boolean;
  readonly failure?: Failure;
}

export interface ExploreOptions {
  readonly depth: number;
  readonly service?: Service;
  readonly steps?: readonly Step[];
  /** Called for every step that passed its checks, with the canonical forms around it. */
  readonly onStep?: (from: string, step: Step, to: string) => void;
}

export function explore({ depth, service = core, steps = STEPS, onStep }: ExploreOptions): Exploration {
  const start = initialWorld();
  const startKey = libraryKey(start.state, start.now);
  const startProblem = [...invariantViolations(start.state), ...(startKey === modelKey(start.model) ? [] : ["the model starts elsewhere"])];
  if (startProblem.length > 0) {
    return { depth, states: 1, transitions: 0, complete: false, failure: { trace: [], problem: startProblem.join("; ") } };
  }
  const parents = new Map<string, { readonly from: string; readonly step: string } | undefined>([[startKey, undefined]]);
  const traceTo = (key: string): string[] => {
    const parent = parents.get(key);
    return parent ? [...traceTo(parent.from), parent.step] : [];
  };
  let frontier: { key: string; world: World }[] = [{ key: startKey, world: start }];
  let transitions = 0;
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const next: typeof frontier = [];
    for (const { key, world } of frontier) {
      for (const step of steps) {
        transitions += 1;
        const checked = runChecked(step, key, world, service);
        if ("problem" in checked) {
          const failure = { trace: [...traceTo(key), step.name], problem: checked.problem };
          return { depth, states: parents.size, transitions, complete: false, failure };
        }
        onStep?.(key, step, checked.key);
        if (parents.has(checked.key)) continue;
        parents.set(checked.key, { from: key, step: step.name });
        next.push({ key: checked.key, world: checked.world });
      }
    }
    frontier = next;
  }
  return { depth, states: parents.size, transitions, complete: frontier.length === 0 };
}

function runChecked(step: Step, key: string, world: World, service: Service): { world: World; key: string } | { problem: string } {
  try {
    const outcome = step.run(world, service);
    if (outcome.problem !== undefined) return { problem: outcome.problem };
    const after = outcome.world;
    // The same state object was checked when it was reached, and at the same time has the same key.
    const same = after.state === world.state;
    const violations = same ? [] : invariantViolations(after.state);
    if (violations.length > 0) return { problem: `invariants: ${violations.join("; ")}` };
    const reached = same && after.now === world.now ? key : libraryKey(after.state, after.now);
    const expected = modelKey(after.model);
    if (reached !== expected) return { problem: `the library holds ${reached}, the model ${expected}` };
    return { world: after, key: reached };
  } catch (error) {
    return { problem: `threw ${String(error)}` };
  }
}
