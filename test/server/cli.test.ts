// The command line as users run it: `npm start` (npm, a shell, then node) stops on SIGTERM and on
// Ctrl+C with its port freed, and the first word of the command line names the command.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTemporaryDirectory } from "../support/temp-directory.ts";
import { awsCall, buildCli, exited, runCli, startCli, type RunningCli } from "./server-process.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const build = createTemporaryDirectory("cli");
let cli = "";
const running: ChildProcess[] = [];

beforeAll(() => {
  cli = buildCli(build.path);
  // The project's own start script, run by npm in the build directory.
  const { scripts } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: { start: string } };
  writeFileSync(join(dirname(cli), "..", "package.json"), JSON.stringify({ name: "cli-under-test", type: "module", scripts: { start: scripts.start } }));
});

afterEach(() => {
  for (const child of running.splice(0)) {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
});

afterAll(() => build.remove());

/** `npm start -- ARGS` in its own process group, as a terminal runs it; resolves once it listens. */
function npmStart(args: readonly string[]): Promise<{ npm: ChildProcess; url: string; port: number; output: () => string }> {
  const npm = spawn(process.platform === "win32" ? "npm.cmd" : "npm", ["start", "--", ...args], {
    cwd: build.path,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.push(npm);
  let output = "";
  return new Promise((resolvePromise, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:(\d+))/.exec(output);
      if (match) resolvePromise({ npm, url: match[1]!, port: Number(match[2]), output: () => output });
    };
    npm.stdout?.on("data", onData);
    npm.stderr?.on("data", onData);
    npm.on("exit", (code) => reject(new Error(`npm start exited (${code}) before listening:\n${output}`)));
  });
}

/** True once npm and every process sharing its output (the shell, node) have ended; false after `ms`. */
function allEndedWithin(npm: ChildProcess, ms: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const timer = setTimeout(() => resolvePromise(false), ms);
    npm.once("close", () => {
      clearTimeout(timer);
      resolvePromise(true);
    });
  });
}

/** True once something can listen on the port again; false after `ms`. */
async function portFreedWithin(port: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const free = await new Promise<boolean>((resolvePromise) => {
      const probe = createServer();
      probe.once("error", () => resolvePromise(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolvePromise(true)));
    });
    if (free) return true;
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 50));
  }
  return false;
}

describe("npm start", () => {
  it("stops on SIGTERM sent to npm, and frees its port", async () => {
    const started = await npmStart(["--port", "0", "--quiet"]);
    expect((await awsCall(started.url, "ListSecrets", {})).status).toBe(200);
    started.npm.kill("SIGTERM");
    expect(await allEndedWithin(started.npm, 10_000)).toBe(true);
    expect(await portFreedWithin(started.port, 1000)).toBe(true);
  });

  it("stops on Ctrl+C (SIGINT to the terminal's process group), and frees its port", async () => {
    const started = await npmStart(["--port", "0", "--quiet"]);
    process.kill(-started.npm.pid!, "SIGINT");
    expect(await allEndedWithin(started.npm, 10_000)).toBe(true);
    expect(await portFreedWithin(started.port, 1000)).toBe(true);
    // node hears the SIGINT itself; the shell npm started dies of it at the same moment.
    expect(started.output(), started.output()).toMatch(/(SIGINT|the npm script ended): stopping/);
  });
});

describe("the commands of the command line", () => {
  const cliRunning: RunningCli[] = [];
  afterEach(async () => {
    for (const each of cliRunning.splice(0)) {
      each.child.kill("SIGKILL");
      await exited(each.child);
    }
  });

  it("serve, the first word, starts the emulator as no word does", async () => {
    const served = await startCli(cli, ["serve", "--port", "0", "--quiet"]);
    cliRunning.push(served);
    expect((await awsCall(served.url, "ListSecrets", {})).json).toEqual({ SecretList: [] });
  });

  it("an unknown command exits with code 2 and names the commands", async () => {
    const result = await runCli(cli, ["nonsense"]);
    expect(result.code).toBe(2);
    expect(result.output).toContain("Unknown command 'nonsense'. Commands: serve");
  });
});
