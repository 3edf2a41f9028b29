// Requests per second over loopback: the emulator (`node dist/cli.js`, its own process) against
// a bare Node http server answering a fixed body, with the same keep-alive client keeping
// 8 requests in flight. First a paired measurement (alternating rounds, printed as a table of
// requests/s), then vitest's benches, where one iteration sends BATCH requests
// (requests/s = hz × BATCH). Run: npx vitest bench --run bench/server.bench.ts
import { join } from "node:path";
import { afterAll, bench, describe } from "vitest";
import { buildCli, exited } from "../test/server/server-process.ts";
import { createTemporaryDirectory } from "../test/support/temp-directory.ts";
import { load, pairedRps, send, startBareServer, startProcess, target, type Child, type Target } from "./server-load.ts";

const BATCH = 400;
/** One PutSecretValue per secret per iteration, and each iteration moves the clock a day on, so
 * that a secret gains one version per iteration and never meets the 100-version quota. */
const SECRETS = BATCH;
const OPTIONS = { time: 1500, warmupTime: 300 };
const PAIRED_ROUNDS = 20;

const children: Child[] = [];
const buildDirectory = createTemporaryDirectory("build");
const stateDirectory = createTemporaryDirectory("bench");
// The directories go once the processes running from them have exited.
afterAll(async () => {
  for (const child of children) child.process.kill("SIGTERM");
  await Promise.all(children.map((child) => exited(child.process)));
  buildDirectory.remove();
  stateDirectory.remove();
});

const bare = await startBareServer();
const cli = buildCli(buildDirectory.path);
const emulator = await startProcess([cli, "--port", "0", "--quiet"]);
const persisted = await startProcess([cli, "--port", "0", "--quiet", "--state-file", join(stateDirectory.path, "state.json")]);
children.push(bare, emulator, persisted);
const bareTarget = target(bare.url);
const emulatorTarget = target(emulator.url);
const persistedTarget = target(persisted.url);

for (const to of [emulatorTarget, persistedTarget]) {
  for (let i = 0; i < SECRETS; i++) {
    await send(to, "CreateSecret", { Name: `bench/${i}`, SecretString: "value", ClientRequestToken: token(0, i) });
  }
}

function token(round: number, i: number): string {
  return `${round.toString(16).padStart(8, "0")}-0000-4000-8000-${i.toString(16).padStart(12, "0")}`;
}

const getBody = (i: number): string => JSON.stringify({ SecretId: `bench/${i % SECRETS}` });
let round = 0;

async function putRound(url: string, to: Target): Promise<void> {
  round += 1;
  const current = round;
  await fetch(`${url}/_emulator/clock/advance`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"days": 1}' });
  await load(to, BATCH, "PutSecretValue", (i) =>
    JSON.stringify({ SecretId: `bench/${i % SECRETS}`, SecretString: `value ${current}.${i}`, ClientRequestToken: token(current, i) }),
  );
}

const barePut = (to: Target) => load(to, BATCH, "PutSecretValue", (i) => JSON.stringify({ SecretId: `bench/${i % SECRETS}`, SecretString: `value ${i}`, ClientRequestToken: token(1, i) }));

const paired = {
  GetSecretValue: await pairedRps(PAIRED_ROUNDS, BATCH, () => load(emulatorTarget, BATCH, "GetSecretValue", getBody), () => load(bareTarget, BATCH, "GetSecretValue", getBody)),
  PutSecretValue: await pairedRps(PAIRED_ROUNDS, BATCH, () => putRound(emulator.url, emulatorTarget), () => barePut(bareTarget)),
  "PutSecretValue, --state-file": await pairedRps(4, BATCH, () => putRound(persisted.url, persistedTarget), () => barePut(bareTarget)),
};
console.log(`\nrequests/s, ${PAIRED_ROUNDS} alternating rounds of ${BATCH} requests, 8 in flight (state file: 4 rounds)`);
console.log("| workload | emulator | bare node:http | emulator ÷ bare |\n|---|---|---|---|");
for (const [workload, { a, b }] of Object.entries(paired)) {
  console.log(`| ${workload} | ${Math.round(a)} | ${Math.round(b)} | ${Math.round((100 * a) / b)} % |`);
}

describe(`GetSecretValue, ${BATCH} requests per iteration, 8 in flight`, () => {
  bench("emulator", () => load(emulatorTarget, BATCH, "GetSecretValue", getBody), OPTIONS);
  bench("bare node:http server (fixed body)", () => load(bareTarget, BATCH, "GetSecretValue", getBody), OPTIONS);
});

describe(`PutSecretValue, ${BATCH} requests per iteration, 8 in flight`, () => {
  bench("emulator", () => putRound(emulator.url, emulatorTarget), OPTIONS);
  bench("emulator with --state-file (fsync before each answer)", () => putRound(persisted.url, persistedTarget), { time: 1000, warmupTime: 0 });
  bench("bare node:http server (fixed body)", () => barePut(bareTarget), OPTIONS);
});
