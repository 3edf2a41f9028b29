// The cost of running a rotation function in a process of its own (LocalLambdas.invoke) against
// the baseline of calling its handler in the emulator's process (what the emulator did before).
// Two workloads: a handler that answers at once (the cost of the process alone), and a whole
// rotation with examples/rotation/single-user.mjs (four steps, each loading the AWS SDK and
// calling the emulator over HTTP). First a paired measurement (alternating rounds, medians),
// then vitest's benches. Run: npx vitest bench --run bench/lambda-invoke.bench.ts
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, bench, describe } from "vitest";
import { startServer } from "../src/server/server.ts";
import { runRotation, type RotationFunction } from "../src/rotation/driver.ts";
import { lambdaEnvironment, LocalLambdas } from "../src/server/local-lambdas.ts";
import { createTemporaryDirectory } from "../test/support/temp-directory.ts";

const ACCOUNT = "000000000000";
const REGION = "us-east-1";
const NOOP = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:noop`;
const SINGLE_USER = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:single-user`;
const SINGLE_USER_PATH = resolve(import.meta.dirname, "../examples/rotation/single-user.mjs");
const PAIRED_ROUNDS = { noop: 30, rotation: 8 };

const directory = createTemporaryDirectory("lambda-bench");
const noopPath = join(directory.path, "noop.mjs");
writeFileSync(noopPath, "export const handler = async (event) => event.Step;");

type Handler = (event: unknown, context: unknown) => Promise<unknown>;
const importHandler = async (path: string) => ((await import(pathToFileURL(path).href)) as { handler: Handler }).handler;
const inProcess = { noop: await importHandler(noopPath), singleUser: await importHandler(SINGLE_USER_PATH) };

const server = await startServer({ lambdas: new Map([[SINGLE_USER, SINGLE_USER_PATH]]) });
const key = { accessKeyId: "test", secretAccessKey: "test" };
const lambdas = await LocalLambdas.load(
  new Map([
    [NOOP, noopPath],
    [SINGLE_USER, SINGLE_USER_PATH],
  ]),
  () => lambdaEnvironment(server.url, key),
);
// The baseline's SDK reads its endpoint from the environment, as the emulator used to set it.
Object.assign(process.env, { ...lambdaEnvironment(server.url, key), AWS_REGION: REGION });

afterAll(async () => {
  await server.close();
  directory.remove();
});

const event = { Step: "testSecret", SecretId: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:bench-AbCdEf`, ClientRequestToken: "t" };
const context = { functionName: "noop", getRemainingTimeInMillis: () => 60_000 };
const noopInProcess = async (): Promise<void> => void (await inProcess.noop(event, context));
const noopInChild = async (): Promise<void> => void (await lambdas.invoke(NOOP, event));

let secrets = 0;
/** Creates a secret, starts its rotation, and runs the four steps with `call` for each. */
async function rotation(call: RotationFunction): Promise<void> {
  secrets += 1;
  const name = `bench/${secrets}`;
  const created = server.emulator.call(ACCOUNT, REGION, "CreateSecret", { Name: name, SecretString: '{"password":"old"}', ClientRequestToken: token(secrets, 0) });
  if (!created.ok) throw new Error("CreateSecret failed");
  server.emulator.call(ACCOUNT, REGION, "RotateSecret", { SecretId: name, RotationLambdaARN: SINGLE_USER, ClientRequestToken: token(secrets, 1) });
  const host = { apply: ((change) => server.emulator.apply(ACCOUNT, REGION, change)) as Parameters<typeof runRotation>[0]["apply"] };
  const outcome = await runRotation(host, { [SINGLE_USER]: call }, (created.response as { ARN: string }).ARN);
  if (outcome.recorded !== "rotated") throw new Error(`the rotation ended ${outcome.recorded}: ${String(outcome.error)}`);
}
/** The baseline's function logs into this process's console: kept quiet while it runs. */
const rotationInProcess = async (): Promise<void> => {
  const log = console.log;
  console.log = () => undefined;
  try {
    await rotation((step) => inProcess.singleUser(step, context));
  } finally {
    console.log = log;
  }
};
const rotationInChild = () => rotation((step) => lambdas.invoke(SINGLE_USER, step));

function token(i: number, n: number): string {
  return `${i.toString(16).padStart(8, "0")}-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
}

/** Medians of alternating timed runs of a and b, in milliseconds. */
async function paired(rounds: number, a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<{ a: number; b: number }> {
  const times = { a: [] as number[], b: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    for (const [side, run] of [["a", a], ["b", b]] as const) {
      const started = performance.now();
      await run();
      times[side].push(performance.now() - started);
    }
  }
  const median = (list: number[]) => list.sort((x, y) => x - y)[list.length >> 1]!;
  return { a: median(times.a), b: median(times.b) };
}

const results = {
  "one call, handler answers at once": await paired(PAIRED_ROUNDS.noop, noopInChild, noopInProcess),
  "one rotation, single-user.mjs (4 steps, AWS SDK)": await paired(PAIRED_ROUNDS.rotation, rotationInChild, rotationInProcess),
};
console.log(`\nmedians of alternating rounds (${PAIRED_ROUNDS.noop} calls, ${PAIRED_ROUNDS.rotation} rotations)`);
console.log("| workload | own process | in the emulator's process (before) | ratio |\n|---|---|---|---|");
for (const [workload, { a, b }] of Object.entries(results)) {
  const time = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(1)} ms`);
  console.log(`| ${workload} | ${time(a)} | ${time(b)} | ${Math.round(a / b).toLocaleString("en")}× |`);
}

describe("one call of a handler that answers at once", () => {
  bench("in a process of its own (LocalLambdas.invoke)", noopInChild, { time: 2000 });
  bench("in the emulator's process (before)", noopInProcess, { time: 500 });
});

describe("one rotation with examples/rotation/single-user.mjs", () => {
  bench("in a process of its own per step", rotationInChild, { time: 3000, iterations: 3 });
  bench("in the emulator's process (before)", rotationInProcess, { time: 1000 });
});
