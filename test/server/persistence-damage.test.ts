// A damaged state file at start: a torn last line is dropped with a warning and the file as it
// was is kept beside the new one; damage before the last line stops the start, leaving the file
// as it was; temporary files left by a killed rewrite are removed.
import { spawnSync } from "node:child_process";
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatLine } from "../../src/server/state-file-lines.ts";
import { temporaryDirectory } from "../support/temp-directory.ts";
import { useBuiltCli } from "./built-cli.ts";
import { awsCall, exited, type RunningCli } from "./server-process.ts";

const cli = useBuiltCli();

const start = (stateFile: string): Promise<RunningCli> => cli.start(["--quiet", "--state-file", stateFile]);

/** The output so far once it matches `pattern` (stderr may arrive after the banner on stdout), or after 2 s. */
async function printed(running: RunningCli, pattern: RegExp): Promise<string> {
  for (let waited = 0; waited < 2000 && !pattern.test(running.output()); waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
  return running.output();
}

const tokenOf = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;

/** A state file holding a snapshot line and one journal line per secret, left by a killed emulator. */
async function killedWith(names: readonly string[]): Promise<{ directory: string; stateFile: string }> {
  const directory = temporaryDirectory("damage");
  const stateFile = join(directory, "state.json");
  const running = await start(stateFile);
  for (const [i, name] of names.entries()) {
    expect((await awsCall(running.url, "CreateSecret", { Name: name, SecretString: "v", ClientRequestToken: tokenOf(i + 1) })).status).toBe(200);
  }
  running.child.kill("SIGKILL");
  await exited(running.child);
  return { directory, stateFile };
}

describe("a damaged state file at start", () => {
  it("with a torn last line: the line is dropped with a warning naming it and its size, and the file as it was is kept", async () => {
    const { directory, stateFile } = await killedWith(["torn/1", "torn/2"]);
    // A save cut off by the crash: the first 25 bytes of a journal line.
    appendFileSync(stateFile, formatLine([[["clockOffsetMs"], 86_400_000]]).subarray(0, 25));
    const before = readFileSync(stateFile);

    const restarted = await start(stateFile);
    const output = await printed(restarted, /kept as/);
    expect(output).toMatch(/ends in a torn line: line 4, 25 bytes \(it stops before its line end\)/);
    const kept = readdirSync(directory).filter((name) => name.startsWith("state.json.damaged-"));
    expect(kept).toHaveLength(1);
    expect(output).toContain(`kept as ${join(directory, kept[0]!)}.`);
    expect(readFileSync(join(directory, kept[0]!))).toEqual(before);
    expect((await awsCall(restarted.url, "DescribeSecret", { SecretId: "torn/2" })).status).toBe(200);
    // Rewritten as one whole snapshot line.
    expect(readFileSync(stateFile, "utf8")).toMatch(/^[0-9a-f]{8} \{[^\n]*\}\n$/);
  });

  it("with damage before its last line: the start stops with a message naming the line, and the file is left as it was", async () => {
    const { directory, stateFile } = await killedWith(["middle/1", "middle/2", "middle/3"]);
    const damaged = readFileSync(stateFile);
    const secondLine = damaged.indexOf("\n") + 1;
    damaged[secondLine + 20] = damaged[secondLine + 20]! ^ 1; // one bit of line 2 of 4
    writeFileSync(stateFile, damaged);

    const result = await cli.run(["--port", "0", "--state-file", stateFile]);
    expect(result.code).toBe(1);
    expect(result.output).toContain(`The state file ${stateFile} has a bad journal entry on line 2 of 4: it fails its checksum`);
    expect(readFileSync(stateFile)).toEqual(damaged);
    expect(readdirSync(directory)).toEqual(["state.json"]);
  });

  it("removes the temporary files of this state file left by processes that no longer run, and only those", async () => {
    const directory = temporaryDirectory("temporaries");
    const stateFile = join(directory, "state.json");
    const gone = spawnSync(process.execPath, ["-e", ""]).pid;
    const stale = `.state.json.${gone}.1.tmp`;
    const running = `.state.json.${process.pid}.2.tmp`;
    const otherFile = `.other.json.${gone}.3.tmp`;
    for (const name of [stale, running, otherFile]) writeFileSync(join(directory, name), "x".repeat(1000));

    const emulator = await start(stateFile);
    expect(readdirSync(directory).sort()).toEqual([otherFile, running, "state.json"].sort());
    expect(await printed(emulator, /Removed/)).toContain(`Removed ${join(directory, stale)} (1000 bytes), a temporary copy of the state file left by process ${gone}`);
  });
});
