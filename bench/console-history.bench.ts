// What the web console's history adds to a write at 1,000 and 100,000 secrets: PutSecretValue on
// the model alone (the baseline, in the same run), then the same write followed by the recorder's
// comparison of the state before and after (as the server does on every change). Also prints
// what a whole state imported at once (PUT /_emulator/state) costs the history.
// Run: npx vitest bench --run bench/console-history.bench.ts
import { bench, describe } from "vitest";
import { putSecretValue, tableSecrets, type State } from "../src/index.ts";
import { HistoryRecorder } from "../src/server/console/history.ts";
import { catalogueSecret, catalogueState, context, medianMs } from "./catalogue.ts";

const COUNTS = [1_000, 100_000] as const;

for (const count of COUNTS) {
  let state: State = catalogueState(count, (empty, i) => catalogueSecret(empty, i));
  const names = [...tableSecrets(state.regions[context.region]!.secrets)].map((secret) => secret.Name);
  const history = new HistoryRecorder(10_000);
  const importStart = performance.now();
  history.observe(state, context.now, "state");
  const imported = performance.now() - importStart;
  let next = 0;
  /** One new value for the next secret, kept: the states go on as a server's do. */
  const write = (): State => {
    const i = next++;
    const result = putSecretValue(state, { SecretId: names[i % names.length]!, SecretString: `v${i}`, ClientRequestToken: `token-${i}-aaaaaaaaaaaaaaaaaaaaaaaaaaaa` }, context);
    if (!result.ok) throw new Error(result.error.message);
    return (state = result.state);
  };
  const alone = medianMs(write, 2000);
  const recorded = medianMs(() => history.observe(write(), context.now), 2000);
  console.log(
    `${count.toLocaleString("en")} secrets: median PutSecretValue ${alone.toFixed(4)} ms alone, ${recorded.toFixed(4)} ms with the history ` +
      `(${(recorded / alone).toFixed(2)}x); ${history.size} events kept; the whole state imported at once: ${imported.toFixed(0)} ms`,
  );
  describe(`a write at ${count.toLocaleString("en")} secrets`, () => {
    bench("baseline: PutSecretValue alone", () => {
      write();
    });
    bench("PutSecretValue, then the history's comparison of the two states", () => {
      history.observe(write(), context.now);
    });
  });
}
