// Runs the built command line (`node dist/cli.js`) as a child process, as `npm start` does.
// The project is compiled once per test file into a temporary directory the caller owns (and
// removes once its processes are stopped), so the tests never depend on a stale dist/.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");

/** Compiles src/ with tsconfig.build.json into `directory`; returns the path of cli.js. */
export function buildCli(directory: string): string {
  writeFileSync(join(directory, "package.json"), '{"type":"module"}');
  symlinkSync(join(ROOT, "node_modules"), join(directory, "node_modules"), "dir");
  const outDir = join(directory, "dist");
  const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
  // Type errors elsewhere do not stop the emit; a missing cli.js is reported by the caller.
  spawnSync(process.execPath, [tsc, "-p", join(ROOT, "tsconfig.build.json"), "--outDir", outDir, "--declaration", "false", "--sourceMap", "false"], {
    cwd: ROOT,
    stdio: "ignore",
  });
  // The build's copy step (package.json): tsc leaves the Python runner out.
  copyFileSync(join(ROOT, "src/server/python-runner.py"), join(outDir, "server/python-runner.py"));
  return join(outDir, "cli.js");
}

export interface RunningCli {
  readonly child: ChildProcess;
  readonly url: string;
  output(): string;
}

/**
 * Starts the CLI and resolves once it prints where it listens. `wrapper` is a command that runs
 * it (`prlimit --fsize=N --`), and must exec node so that the child is the emulator's process.
 */
export function startCli(
  cli: string,
  args: readonly string[],
  wrapper: readonly string[] = [],
  env: NodeJS.ProcessEnv = process.env,
): Promise<RunningCli> {
  const [command, ...rest] = [...wrapper, process.execPath, cli, ...args] as [string, ...string[]];
  const child = spawn(command, rest, { stdio: ["ignore", "pipe", "pipe"], env });
  let output = "";
  return new Promise((resolvePromise, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1] !== undefined) resolvePromise({ child, url: match[1], output: () => output });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code, signal) => reject(new Error(`the CLI exited (${code ?? signal}) before listening:\n${output}`)));
  });
}

/** Runs the CLI to its end; for starts that must fail. */
export function runCli(cli: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "pipe"], env });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolvePromise) => child.on("close", (code) => resolvePromise({ code, output })));
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolvePromise) => child.on("exit", (code) => resolvePromise(code)));
}

/** One AWS JSON 1.1 call with fetch. */
export async function awsCall(url: string, operation: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": `secretsmanager.${operation}` },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text === "" ? {} : (JSON.parse(text) as Record<string, unknown>) };
}
