// --state-file when the disk fills: the emulator runs under a file-size limit (the kernel then
// writes part of a line without an error, and fails the next write with EFBIG and SIGXFSZ).
// A write is acknowledged only once its line is whole on disk; a refused one is undone.
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { temporaryDirectory } from "../support/temp-directory.ts";
import { useBuiltCli } from "./built-cli.ts";
import { awsCall, exited, type RunningCli } from "./server-process.ts";

const cli = useBuiltCli();

const start = (stateFile: string, wrapper: readonly string[] = []): Promise<RunningCli> => cli.start(["--quiet", "--state-file", stateFile], { wrapper });

/** The largest file the emulator may write: room for a few dozen CreateSecret lines. */
const FILE_SIZE_LIMIT = 16 * 1024;
const tokenOf = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;

/** Creates secrets from `clients` clients at once until `stop` says so. */
async function createUntil(url: string, clients: number, stop: (refused: number) => boolean): Promise<{ acknowledged: string[]; refused: string[] }> {
  const acknowledged: string[] = [];
  const refused: string[] = [];
  let next = 0;
  const client = async (): Promise<void> => {
    while (!stop(refused.length) && next < 500) {
      const n = next++;
      const name = `limited/${n}`;
      const answer = await awsCall(url, "CreateSecret", { Name: name, SecretString: "x".repeat(200 + ((n * 37) % 500)), ClientRequestToken: tokenOf(n) });
      if (answer.status === 200) acknowledged.push(name);
      else {
        expect(answer).toMatchObject({ status: 500, json: { __type: "InternalServiceError", Message: "An error occurred on the server side." } });
        refused.push(name);
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return { acknowledged, refused };
}

/** Which of `names` the emulator at `url` holds. */
async function held(url: string, names: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const name of names) if ((await awsCall(url, "DescribeSecret", { SecretId: name })).status === 200) found.push(name);
  return found;
}

// A soft limit, which a test can lift as space coming back.
const LIMIT = ["prlimit", `--fsize=${FILE_SIZE_LIMIT}:unlimited`, "--"];

describe("the emulator with --state-file under a file-size limit", () => {
  it("keeps every write it answered with 200 across SIGKILL, and none it answered with InternalServiceError", async () => {
    const stateFile = join(temporaryDirectory("disk-full"), "state.json");
    const limited = await start(stateFile, LIMIT);
    // Four clients at once, so that failed saves are shared by several requests.
    const { acknowledged, refused } = await createUntil(limited.url, 4, (count) => count >= 8);
    expect(acknowledged.length).toBeGreaterThan(5);
    // SIGXFSZ did not stop the process, and reads see the state rolled back.
    expect(limited.child.exitCode).toBe(null);
    expect(await held(limited.url, refused)).toEqual([]);
    limited.child.kill("SIGKILL");
    await exited(limited.child);

    const restarted = await start(stateFile);
    expect({ acknowledged: await held(restarted.url, acknowledged), refused: await held(restarted.url, refused) }).toEqual({ acknowledged, refused: [] });
    // Each failed line was cut back off: the file held no torn line to drop.
    expect(restarted.output()).not.toContain("torn line");
  });

  it("saves again once space returns, and the file loads after a clean stop", async () => {
    const stateFile = join(temporaryDirectory("disk-full"), "state.json");
    const limited = await start(stateFile, LIMIT);
    // Until the first refusal, or the file at the limit (a line written in part).
    const { acknowledged } = await createUntil(limited.url, 1, (count) => count > 0 || statSync(stateFile).size >= FILE_SIZE_LIMIT);
    expect(spawnSync("prlimit", ["--pid", String(limited.child.pid), "--fsize=unlimited"]).status).toBe(0);
    for (const n of [1, 2, 3]) {
      const name = `after/${n}`;
      const answer = await awsCall(limited.url, "CreateSecret", { Name: name, SecretString: "y".repeat(600), ClientRequestToken: tokenOf(1000 + n) });
      expect(answer.status).toBe(200);
      acknowledged.push(name);
    }
    limited.child.kill("SIGTERM");
    expect(await exited(limited.child)).toBe(0);

    const restarted = await start(stateFile);
    expect(await held(restarted.url, acknowledged)).toEqual(acknowledged);
  });
});
