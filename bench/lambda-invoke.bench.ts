// The cost of running a rotation function in a process of its own (LocalLambdas.invoke), warm
// between calls as Lambda keeps an execution environment, against two baselines in the same run:
// a fresh process for every call (what the emulator did before warm processes: start, load the
// module, answer, exit) and the handler called in the emulator's process. Workloads: a handler
// that answers at once (the cost of the process alone), a whole rotation with
// examples/rotation/single-user.mjs (four steps, the AWS SDK, calls over HTTP), and the same
// rotation with examples/rotation/single_user.py (boto3), warm and fresh. First a paired
// measurement (alternating rounds, medians), then vitest's benches.
// Run: npx vitest bench --run bench/lambda-invoke.bench.ts
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, bench, describe } from "vitest";
import { callOperation } from "../src/core/index.ts";
import { startServer } from "../src/server/server.ts";
import { runRotation, type RotationFunction } from "../src/rotation/driver.ts";
import { lambdaEnvironment } from "../src/server/lambda-environment.ts";
import { LocalLambdas, type RotationEvent } from "../src/server/local-lambdas.ts";
import { createTemporaryDirectory } from "../test/support/temp-directory.ts";

const ACCOUNT = "000000000000";
const REGION = "us-east-1";
const NOOP = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:noop`;
const SINGLE_USER = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:single-user`;
const SINGLE_USER_PYTHON = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:single-user-python`;
const EXAMPLES = resolve(import.meta.dirname, "../examples/rotation");
const PAIRED_ROUNDS = { noop: 30, rotation: 8 };

const directory = createTemporaryDirectory("lambda-bench");
const noopPath = join(directory.path, "noop.mjs");
writeFileSync(noopPath, "export const handler = async (event) => event.Step;");
const modules = new Map([
  [NOOP, noopPath],
  [SINGLE_USER, join(EXAMPLES, "single-user.mjs")],
  [SINGLE_USER_PYTHON, join(EXAMPLES, "single_user.py")],
]);

type Handler = (event: unknown, context: unknown) => Promise<unknown>;
const importHandler = async (path: string) => ((await import(pathToFileURL(path).href)) as { handler: Handler }).handler;
const inProcess = { noop: await importHandler(noopPath), singleUser: await importHandler(join(EXAMPLES, "single-user.mjs")) };

// The server knows the functions, so that RotateSecret accepts their ARNs; the bench runs the steps itself.
const server = await startServer({ lambdas: modules });
const key = { accessKeyId: "test", secretAccessKey: "test" };
const environment = () => lambdaEnvironment(server.url, key);
const warm = await LocalLambdas.load(modules, environment);
/** A process of its own for one call, started, loaded and stopped around it: the emulator before warm processes. */
async function fresh(arn: string, event: RotationEvent): Promise<unknown> {
  const lambdas = await LocalLambdas.load(new Map([[arn, modules.get(arn)!]]), environment);
  try {
    return await lambdas.invoke(arn, event);
  } finally {
    await lambdas.close();
  }
}
// The baseline's SDK reads its endpoint from the environment, as the emulator used to set it.
Object.assign(process.env, { ...lambdaEnvironment(server.url, key), AWS_REGION: REGION });

afterAll(async () => {
  await warm.close();
  await server.close();
  directory.remove();
});

const event = { Step: "testSecret", SecretId: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:bench-AbCdEf`, ClientRequestToken: "t" };
const context = { functionName: "noop", getRemainingTimeInMillis: () => 60_000 };
const noopInProcess = async (): Promise<void> => void (await inProcess.noop(event, context));
const noopWarm = async (): Promise<void> => void (await warm.invoke(NOOP, event));
const noopFresh = async (): Promise<void> => void (await fresh(NOOP, event));

let secrets = 0;
/** Creates a secret, starts its rotation with `lambdaArn`, and runs the four steps with `call` for each. */
async function rotation(lambdaArn: string, call: RotationFunction): Promise<void> {
  secrets += 1;
  const name = `bench/${secrets}`;
  const created = server.emulator.call(ACCOUNT, REGION, "CreateSecret", { Name: name, SecretString: '{"username":"app","password":"old"}', ClientRequestToken: token(secrets, 0) });
  if (!created.ok) throw new Error("CreateSecret failed");
  // The core's RotateSecret, applied without the server's scheduler, which would run the steps too.
  const request = { SecretId: name, RotationLambdaARN: lambdaArn, ClientRequestToken: token(secrets, 1) };
  server.emulator.apply(ACCOUNT, REGION, (state, context) => callOperation("RotateSecret", state, request, context));
  const host = { apply: ((change) => server.emulator.apply(ACCOUNT, REGION, change)) as Parameters<typeof runRotation>[0]["apply"] };
  const outcome = await runRotation(host, { [lambdaArn]: call }, (created.response as { ARN: string }).ARN);
  if (outcome.recorded !== "rotated") throw new Error(`the rotation ended ${outcome.recorded}: ${String(outcome.error)}`);
}
/** The baseline's function logs into this process's console: kept quiet while it runs. */
const rotationInProcess = async (): Promise<void> => {
  const log = console.log;
  console.log = () => undefined;
  try {
    await rotation(SINGLE_USER, (step) => inProcess.singleUser(step, context));
  } finally {
    console.log = log;
  }
};
const rotationWarm = () => rotation(SINGLE_USER, (step) => warm.invoke(SINGLE_USER, step));
const rotationFresh = () => rotation(SINGLE_USER, (step) => fresh(SINGLE_USER, step));
const pythonWarm = () => rotation(SINGLE_USER_PYTHON, (step) => warm.invoke(SINGLE_USER_PYTHON, step));
const pythonFresh = () => rotation(SINGLE_USER_PYTHON, (step) => fresh(SINGLE_USER_PYTHON, step));

function token(i: number, n: number): string {
  return `${i.toString(16).padStart(8, "0")}-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
}

/** Medians of alternating timed runs of each side, in milliseconds. */
async function paired(rounds: number, sides: readonly (() => Promise<unknown>)[]): Promise<number[]> {
  const times = sides.map(() => [] as number[]);
  for (let i = 0; i < rounds; i++) {
    for (const [side, run] of sides.entries()) {
      const started = performance.now();
      await run();
      times[side]!.push(performance.now() - started);
    }
  }
  return times.map((list) => list.sort((x, y) => x - y)[list.length >> 1]!);
}

const time = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(1)} ms`);
const results: [string, number[]][] = [
  ["one call, handler answers at once", await paired(PAIRED_ROUNDS.noop, [noopWarm, noopFresh, noopInProcess])],
  ["one rotation, single-user.mjs (4 steps, AWS SDK)", await paired(PAIRED_ROUNDS.rotation, [rotationWarm, rotationFresh, rotationInProcess])],
  ["one rotation, single_user.py (4 steps, boto3)", await paired(PAIRED_ROUNDS.rotation, [pythonWarm, pythonFresh])],
];
console.log(`\nmedians of alternating rounds (${PAIRED_ROUNDS.noop} calls, ${PAIRED_ROUNDS.rotation} rotations)`);
console.log("| workload | warm process | fresh process per call (before) | in the emulator's process |\n|---|---|---|---|");
for (const [workload, [warmMs, freshMs, inProcessMs]] of results) {
  const baseline = inProcessMs === undefined ? "—" : `${time(inProcessMs)} (warm: ${(warmMs! / inProcessMs).toFixed(1)}×)`;
  console.log(`| ${workload} | ${time(warmMs!)} | ${time(freshMs!)} (${(freshMs! / warmMs!).toFixed(1)}× warm) | ${baseline} |`);
}

describe("one call of a handler that answers at once", () => {
  bench("in a warm process of its own (LocalLambdas.invoke)", noopWarm, { time: 1000 });
  bench("in a fresh process per call (before)", noopFresh, { time: 2000, iterations: 5 });
  bench("in the emulator's process", noopInProcess, { time: 500 });
});

describe("one rotation with examples/rotation/single-user.mjs", () => {
  bench("in a warm process of its own", rotationWarm, { time: 1000 });
  bench("in a fresh process per step (before)", rotationFresh, { time: 3000, iterations: 3 });
  bench("in the emulator's process", rotationInProcess, { time: 1000 });
});
