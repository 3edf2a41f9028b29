// The command line's secrets (access keys, the control token) from a file or the environment,
// so that they stay out of the process list; the start banner names them, never shows them.
import { CreateSecretCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { temporaryDirectory } from "../support/temp-directory.ts";
import { useBuiltCli } from "./built-cli.ts";
import type { RunningCli } from "./server-process.ts";

const FILE_SECRET = "file-secret-access-key";
const ENV_SECRET = "environment-secret-access-key";
const TOKEN = "control-token-from-a-file-0001";

const cli = useBuiltCli();
const start = (args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<RunningCli> => cli.start(["--quiet", ...args], { env });

function secretFile(name: string, text: string): string {
  const path = join(temporaryDirectory("secrets"), name);
  writeFileSync(path, text, { mode: 0o600 });
  return path;
}

async function createSecretSigned(url: string, accessKeyId: string, secretAccessKey: string): Promise<string | undefined> {
  const client = new SecretsManagerClient({ endpoint: url, region: "us-east-1", maxAttempts: 1, credentials: { accessKeyId, secretAccessKey } });
  try {
    return (await client.send(new CreateSecretCommand({ Name: `signed-by/${accessKeyId}`, SecretString: "v" }))).ARN;
  } finally {
    client.destroy();
  }
}

/** The command line of a running process, as `ps` shows it to every user of the machine. */
function commandLine(running: RunningCli): string {
  return readFileSync(`/proc/${running.child.pid}/cmdline`, "utf8").replaceAll("\0", " ");
}

describe("access keys", () => {
  it("from --credentials-file sign requests, in their account; the banner and the process list never show the secret", async () => {
    const keys = secretFile("keys", `# keys for the tests\nAKIDFILE=${FILE_SECRET}=111122223333\n\nAKIDOTHER=other-secret\n`);
    const running = await start(["--verify-signatures", "--credentials-file", keys]);
    expect((await createSecretSigned(running.url, "AKIDFILE", FILE_SECRET))?.split(":")[4]).toBe("111122223333");
    expect(running.output()).toContain(`accessKeyId: "AKIDFILE", secretAccessKey: <the secret key of AKIDFILE, from --credentials-file ${keys}>`);
    expect(running.output()).not.toContain(FILE_SECRET);
    expect(commandLine(running)).not.toContain(FILE_SECRET);
  });

  it("from SECRETS_MANAGER_EMULATOR_CREDENTIALS sign requests; the banner never shows the secret", async () => {
    const running = await start(["--verify-signatures"], { ...process.env, SECRETS_MANAGER_EMULATOR_CREDENTIALS: `AKIDENV=${ENV_SECRET}` });
    expect(await createSecretSigned(running.url, "AKIDENV", ENV_SECRET)).toMatch(/:000000000000:secret:signed-by\/AKIDENV-/);
    expect(running.output()).toContain("from SECRETS_MANAGER_EMULATOR_CREDENTIALS");
    expect(running.output()).not.toContain(ENV_SECRET);
  });

  it("a credentials file with a bad line stops the start (exit code 2), naming the line and not the secret", async () => {
    const keys = secretFile("keys", `AKIDFINE=fine-secret\nAKIDBAD=${FILE_SECRET}=12\n`);
    const result = await cli.run(["--verify-signatures", "--credentials-file", keys]);
    expect(result.code).toBe(2);
    expect(result.output).toContain(`--credentials-file ${keys}, line 2: expected AKID=SECRET or AKID=SECRET=ACCOUNT (12 digits), got 'AKIDBAD=…'`);
    expect(result.output).not.toContain(FILE_SECRET);
  });

  it("a credentials file that cannot be read stops the start", async () => {
    const result = await cli.run(["--verify-signatures", "--credentials-file", join(temporaryDirectory("secrets"), "missing")]);
    expect(result.code).toBe(2);
    expect(result.output).toMatch(/--credentials-file \S+ cannot be read: ENOENT/);
  });
});

describe("the control token", () => {
  it("from --control-token-file is needed by the control endpoint; the banner says where it is, never what", async () => {
    const running = await start(["--control-token-file", secretFile("token", `${TOKEN}\n`)]);
    expect((await fetch(`${running.url}/_emulator/state`)).status).toBe(401);
    expect((await fetch(`${running.url}/_emulator/state`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    expect(running.output()).toContain('curl -H "authorization: Bearer $SECRETS_MANAGER_EMULATOR_CONTROL_TOKEN"');
    expect(running.output()).toContain("the token: from --control-token-file");
    expect(running.output()).not.toContain(TOKEN);
  });

  it("with --verify-signatures and no token, the banner says the control endpoint is off", async () => {
    const running = await start(["--verify-signatures", "--credentials", "AKIDX=x-secret"]);
    expect(running.output()).toMatch(/Control: +The control endpoint is off: signatures are verified \(--verify-signatures\), and no control token is configured\./);
    expect((await fetch(`${running.url}/_emulator/clock`)).status).toBe(403);
  });
});
