// Runs bench/put-get.bench.ts several times and prints, for each workload, the core's median
// time per call and its ratio to the mutable baseline measured in the same run: the median of
// the runs, and the lowest and highest run (the machine may be shared and noisy).
// Usage: node scripts/bench-ratios.mjs [runs, default 5]
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const runs = Number(process.argv[2] ?? 5);
/** A task runs the number of calls its name gives ("…, 100 calls"). */
const perCall = (task) => (task.median * 1000) / Number(/(\d+) calls/.exec(task.name)[1]);
const scratch = mkdtempSync(join(tmpdir(), "bench-ratios-"));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Workload → { core: µs per call, ratio }[] over the runs. */
const byWorkload = new Map();
try {
  for (let run = 0; run < runs; run++) {
    const output = join(scratch, `run-${run}.json`);
    execFileSync("npx", ["vitest", "bench", "--run", "bench/put-get.bench.ts", "--outputJson", output], { stdio: "ignore" });
    for (const group of JSON.parse(readFileSync(output, "utf8")).files.flatMap((file) => file.groups)) {
      const core = group.benchmarks.find((b) => b.name.startsWith("core"));
      const baseline = group.benchmarks.find((b) => b.name.startsWith("mutable baseline"));
      if (!core || !baseline) continue;
      const workload = group.fullName.split(" > ").at(-1);
      if (!byWorkload.has(workload)) byWorkload.set(workload, []);
      const [c, b] = [perCall(core), perCall(baseline)];
      byWorkload.get(workload).push({ core: c, baseline: b, ratio: c / b });
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const f = (n) => (n >= 10 ? n.toFixed(1) : n.toFixed(2));
console.log(`${runs} runs; µs per call, median of the runs [lowest run, highest run]`);
console.log("| Workload | core µs | baseline µs | core ÷ baseline |");
console.log("|---|---|---|---|");
for (const [workload, results] of byWorkload) {
  const cell = (key) => `${f(median(results.map((r) => r[key])))} [${f(Math.min(...results.map((r) => r[key])))}, ${f(Math.max(...results.map((r) => r[key])))}]`;
  console.log(`| ${workload} | ${cell("core")} | ${cell("baseline")} | ${cell("ratio")}× |`);
}
