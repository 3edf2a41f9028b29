// The console behind the control endpoint's guard: its files (no data) load for anyone the guard
// lets through, so that the page can ask for the token; its API takes the token wherever the
// control endpoint does. (Every path, the console's included, is tried as a hostile page tries
// it in server-guard.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type EmulatorServer } from "../../../src/server/server.ts";

const TOKEN = "console-control-token-0123456789";
let tokened: EmulatorServer;
let signed: EmulatorServer;

beforeAll(async () => {
  tokened = await startServer({ controlToken: TOKEN });
  signed = await startServer({ verifySignatures: true, credentials: new Map([["AKIDCONSOLE", { secretAccessKey: "console-secret-key" }]]) });
});

afterAll(async () => {
  await Promise.all([tokened.close(), signed.close()]);
});

const overview = (server: EmulatorServer, token?: string) =>
  fetch(`${server.url}/_emulator/console/api/overview`, token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } });

describe("the console with a control token", () => {
  it("serves its files without the token, which they do not hold", async () => {
    for (const file of ["", "/", "/app.js", "/console.css"]) {
      const response = await fetch(`${tokened.url}/_emulator/console${file}`);
      expect(response.status, file).toBe(200);
      expect(await response.text()).not.toContain(TOKEN);
    }
  });

  it("answers its API only with the token, as Authorization: Bearer", async () => {
    const without = await overview(tokened);
    expect(without.status).toBe(401);
    expect(without.headers.get("www-authenticate")).toMatch(/^Bearer /);
    expect((await overview(tokened, "not-the-token")).status).toBe(401);
    expect((await overview(tokened, TOKEN)).status).toBe(200);
  });

  it("with --verify-signatures and no token, serves the page but keeps its API off, saying why", async () => {
    expect((await fetch(`${signed.url}/_emulator/console`)).status).toBe(200);
    const off = await overview(signed);
    expect(off.status).toBe(403);
    expect(((await off.json()) as { message: string }).message).toContain("--verify-signatures");
  });
});
