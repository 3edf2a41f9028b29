// The command line, built once for a test file, with every process a test starts killed when
// the test ends. Call useBuiltCli() at the top level of the file.
import { afterEach, beforeAll } from "vitest";
import { temporaryDirectory } from "../support/temp-directory.ts";
import { buildCli, exited, runCli, startCli, type RunningCli } from "./server-process.ts";

export interface BuiltCli {
  /** The path of the built cli.js (for tests that spawn it themselves). */
  path(): string;
  /** Starts `cli.js ARGS --port 0` and resolves once it listens; killed after the test. */
  start(args: readonly string[], options?: { wrapper?: readonly string[]; env?: NodeJS.ProcessEnv }): Promise<RunningCli>;
  /** Runs `cli.js ARGS` to its end; for starts that must fail. */
  run(args: readonly string[], env?: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }>;
}

export function useBuiltCli(): BuiltCli {
  // Removed after the file's tests, once afterEach has stopped every process started from it.
  const buildDirectory = temporaryDirectory("build");
  const started: RunningCli[] = [];
  let cli = "";

  beforeAll(() => {
    cli = buildCli(buildDirectory);
  }, 120_000);

  // Waits for the processes to be gone: each test's directories are removed right after this hook.
  afterEach(async () => {
    const children = started.splice(0).map(({ child }) => child);
    for (const child of children) child.kill("SIGKILL");
    await Promise.all(children.map(exited));
  });

  return {
    path: () => cli,
    async start(args, { wrapper = [], env = process.env } = {}) {
      const running = await startCli(cli, [...args, "--port", "0"], wrapper, env);
      started.push(running);
      return running;
    },
    run: (args, env) => runCli(cli, args, env),
  };
}
