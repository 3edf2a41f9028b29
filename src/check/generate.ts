// Random sequences of calls over the whole API, as fast-check arbitraries.
import fc from "fast-check";
import type { Command } from "./commands.ts";
import { otherCalls, secretCalls, type Weighted } from "./generate-calls.ts";

export interface GeneratorOptions {
  /** The operations a sequence may call (AWS names; AdvanceClock for moving the clock). */
  readonly operations: ReadonlySet<string>;
  /** How many replica regions the endpoint serves (0: no replication calls). */
  readonly replicaRegions: number;
  /** Whether the endpoint's clock can be moved (AdvanceClock steps). */
  readonly clock: boolean;
  /** The most commands in one sequence. */
  readonly maxCommands: number;
}

/** Every step the options allow, with its weight. */
export function stepArbitraries(options: GeneratorOptions): Weighted[] {
  const groups = [secretCalls(options.replicaRegions), otherCalls(options.replicaRegions)];
  const steps: Weighted[] = [];
  for (const group of groups) {
    for (const [operation, weighted] of Object.entries(group)) {
      if (options.operations.has(operation)) steps.push(...weighted);
    }
  }
  if (options.clock && options.operations.has("AdvanceClock")) {
    steps.push({
      weight: 1,
      arbitrary: fc.constantFrom(1, 25, 193).map((hours): Command => ({ kind: "advance", hours })),
    });
  }
  return steps;
}

/**
 * Sequences of up to maxCommands steps. Most begin by creating secret "a" with a
 * value, so that the steps after it find a secret; shrinking drops that first
 * step like any other when the difference does not need it.
 */
export function sequenceArbitrary(options: GeneratorOptions): fc.Arbitrary<Command[]> {
  const steps = stepArbitraries(options);
  if (steps.length === 0) throw new Error("No operation left to call: check --operations.");
  const first = fc.option(
    fc.constantFrom<Command>({
      kind: "call",
      operation: "CreateSecret",
      region: 0,
      input: { Name: { $secret: "a", form: "name" }, ClientRequestToken: { $token: 1 }, SecretString: "s1" },
    }),
    { nil: undefined, freq: 8 },
  );
  return fc
    .tuple(first, fc.array(fc.oneof(...steps), { minLength: 1, maxLength: options.maxCommands - 1, size: "max" }))
    .map(([create, rest]) => (create === undefined ? rest : [create, ...rest]));
}

