// The exhaustive check at any depth, outside the test run (scripts/explore.mjs):
//   npm run explore -- --depth 10
//   npm run label-machine          (also draws docs/label-machine.dot and .svg; needs Graphviz's dot)
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { LabelMachine } from "./diagram.ts";
import { explore } from "./explore.ts";

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

export function main(args: readonly string[]): number {
  const depth = Number(option(args, "--depth") ?? "8");
  const diagram = option(args, "--diagram");
  if (!Number.isInteger(depth) || depth < 0) throw new Error("--depth takes a whole number");
  const machine = new LabelMachine();
  const started = performance.now();
  const result = explore({ depth, onStep: (from, step, to) => machine.record(from, step, to) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const complete = result.complete ? " (every reachable state)" : "";
  console.log(`depth ${depth}: ${result.states} distinct states${complete}, ${result.transitions} transitions, ${seconds} s`);
  const { placements, edges } = machine.size;
  console.log(`label placements (custom label, versions and deletion left out): ${placements}, edges between them: ${edges}`);
  if (result.failure) {
    console.error(`failed: ${result.failure.problem}\nafter: ${result.failure.trace.join(" → ")}`);
    return 1;
  }
  if (diagram !== undefined) {
    writeFileSync(`${diagram}.dot`, machine.toDot());
    execFileSync("dot", ["-Tsvg", `${diagram}.dot`, "-o", `${diagram}.svg`]);
    console.log(`wrote ${diagram}.dot and ${diagram}.svg`);
  }
  return 0;
}
