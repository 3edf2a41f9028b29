// The state file, in process: saved before each write is answered, loaded at the next start.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startServer } from "../../src/server/server.ts";
import { loadStateFile, saveStateFile, StateFileError } from "../../src/server/persistence.ts";
import { temporaryDirectory } from "../support/temp-directory.ts";
import { awsCall } from "./server-process.ts";

/** Removed when the test that asked for it has finished. */
function freshDirectory(): string {
  return temporaryDirectory("persist");
}

describe("the state file", () => {
  it("is replaced whole by a save, with no temporary file left beside it", () => {
    const directory = freshDirectory();
    const path = join(directory, "state.json");
    saveStateFile(path, { version: 1, n: 1 });
    saveStateFile(path, { version: 1, n: 2 });
    expect(loadStateFile(path)).toEqual({ snapshot: { version: 1, n: 2 }, entries: 0, tornTail: undefined });
    expect(readdirSync(directory)).toEqual(["state.json"]);
  });

  it("reads as undefined when it does not exist yet", () => {
    expect(loadStateFile(join(freshDirectory(), "none.json"))).toBe(undefined);
  });

  it("is refused with a StateFileError when it is not JSON", () => {
    const path = join(freshDirectory(), "bad.json");
    writeFileSync(path, "{");
    expect(() => loadStateFile(path)).toThrow(StateFileError);
  });

  it("is created at start, holds each acknowledged write before the answer arrives, and is loaded by the next server", async () => {
    const path = join(freshDirectory(), "state.json");
    const first = await startServer({ stateFile: path });
    expect(existsSync(path)).toBe(true);
    const created = await awsCall(first.url, "CreateSecret", { Name: "kept/1", SecretString: "one", ClientRequestToken: "00000000-0000-0000-0000-0000000000a1" });
    expect(created.status).toBe(200);
    expect(readFileSync(path, "utf8")).toContain("kept/1");
    await first.close();

    const second = await startServer({ stateFile: path });
    const read = await awsCall(second.url, "GetSecretValue", { SecretId: "kept/1" });
    await second.close();
    expect(read.json["SecretString"]).toBe("one");
  });

  it("holds every version of concurrent PutSecretValue calls by the time each one is answered", async () => {
    const path = join(freshDirectory(), "state.json");
    const server = await startServer({ stateFile: path });
    await awsCall(server.url, "CreateSecret", { Name: "many", SecretString: "0", ClientRequestToken: "00000000-0000-0000-0000-0000000000a2" });
    const tokens = Array.from({ length: 16 }, (_, i) => `00000000-0000-0000-0000-${(0x200 + i).toString(16).padStart(12, "0")}`);
    const onDiskWhenAnswered = await Promise.all(
      tokens.map(async (token, i) => {
        const answer = await awsCall(server.url, "PutSecretValue", { SecretId: "many", SecretString: `${i}`, ClientRequestToken: token });
        expect(answer.status).toBe(200);
        return readFileSync(path, "utf8").includes(token);
      }),
    );
    await server.close();
    expect(onDiskWhenAnswered).toEqual(tokens.map(() => true));
  });

  it("answers InternalServiceError while the state cannot be saved, undoes the change, and saves again once it can", async () => {
    const directory = freshDirectory();
    const path = join(directory, "state.json");
    const server = await startServer({ stateFile: path });
    rmSync(directory, { recursive: true });
    const refused = await awsCall(server.url, "CreateSecret", { Name: "unsaved", SecretString: "v", ClientRequestToken: "00000000-0000-0000-0000-0000000000a3" });
    expect(refused).toMatchObject({ status: 500, json: { __type: "InternalServiceError", Message: "An error occurred on the server side." } });
    mkdirSync(directory);
    expect((await awsCall(server.url, "DescribeSecret", { SecretId: "unsaved" })).json["__type"]).toBe("ResourceNotFoundException");
    const created = await awsCall(server.url, "CreateSecret", { Name: "saved", SecretString: "v", ClientRequestToken: "00000000-0000-0000-0000-0000000000a5" });
    expect(created.status).toBe(200);
    expect(readFileSync(path, "utf8")).toContain("saved");
    await server.close();
  });

  it("answers InternalServiceError to every write that shares a failed save, and reads after it see none of them", async () => {
    const directory = freshDirectory();
    const path = join(directory, "state.json");
    const server = await startServer({ stateFile: path });
    await awsCall(server.url, "CreateSecret", { Name: "before", SecretString: "v", ClientRequestToken: "00000000-0000-0000-0000-0000000000b0" });
    rmSync(directory, { recursive: true });
    const names = Array.from({ length: 6 }, (_, i) => `shared/${i}`);
    const answers = await Promise.all(
      names.map((name, i) => awsCall(server.url, "CreateSecret", { Name: name, SecretString: "v", ClientRequestToken: `00000000-0000-0000-0000-0000000000b${i + 1}` })),
    );
    expect(answers.map((answer) => answer.status)).toEqual(names.map(() => 500));
    const listed = await awsCall(server.url, "ListSecrets", {});
    expect((listed.json["SecretList"] as { Name: string }[]).map((secret) => secret.Name)).toEqual(["before"]);
    mkdirSync(directory);
    await server.close();
  });

  it("can be a state exported from GET /_emulator/state", async () => {
    const source = await startServer();
    await awsCall(source.url, "CreateSecret", { Name: "exported", SecretString: "v", ClientRequestToken: "00000000-0000-0000-0000-0000000000a4" });
    const exported = await (await fetch(`${source.url}/_emulator/state`)).text();
    await source.close();
    const path = join(freshDirectory(), "state.json");
    writeFileSync(path, exported);
    const server = await startServer({ stateFile: path });
    const read = await awsCall(server.url, "GetSecretValue", { SecretId: "exported" });
    await server.close();
    expect(read.json["SecretString"]).toBe("v");
  });

  it("keeps a moved clock across a restart", async () => {
    const path = join(freshDirectory(), "state.json");
    const first = await startServer({ stateFile: path, now: () => 0 });
    await fetch(`${first.url}/_emulator/clock/advance`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"days": 3}' });
    await first.close();
    const second = await startServer({ stateFile: path, now: () => 0 });
    const clock = (await (await fetch(`${second.url}/_emulator/clock`)).json()) as { now: number };
    await second.close();
    expect(clock.now).toBe(3 * 86_400_000);
  });

  it("stops the start when it holds no emulator state, and is not overwritten", async () => {
    const path = join(freshDirectory(), "state.json");
    writeFileSync(path, '{"hello": "world"}');
    await expect(startServer({ stateFile: path })).rejects.toThrow(StateFileError);
    expect(readFileSync(path, "utf8")).toBe('{"hello": "world"}');
  });
});
