// The command line's options.
import { describe, expect, it } from "vitest";
import { DEFAULT_LAMBDA_TIMEOUT_SECONDS, DEFAULT_PORT, parseCliArgs, USAGE } from "../../src/server/args.ts";

describe("the command line options", () => {
  it("default to 127.0.0.1 on the documented port, in memory, logging", () => {
    const parsed = parseCliArgs([]);
    expect(parsed).toMatchObject({ ok: true, options: { host: "127.0.0.1", port: DEFAULT_PORT, quiet: false } });
    expect(parsed.ok && parsed.options.stateFile).toBe(undefined);
    expect(DEFAULT_PORT).toBe(4599);
  });

  it("take --port, --host, --state-file, --region, --account and --quiet", () => {
    const parsed = parseCliArgs(["--port", "4600", "--host", "0.0.0.0", "--state-file", "s.json", "--region", "eu-west-1", "--account", "111122223333", "--quiet"]);
    expect(parsed).toMatchObject({
      ok: true,
      options: { port: 4600, host: "0.0.0.0", stateFile: "s.json", region: "eu-west-1", accountId: "111122223333", quiet: true },
    });
  });

  it("map each repeated --lambda ARN=CODE", () => {
    const a = "arn:aws:lambda:us-east-1:123456789012:function:one";
    const b = "arn:aws:lambda:us-east-1:123456789012:function:two:live";
    const parsed = parseCliArgs(["--lambda", `${a}=./one.mjs`, "--lambda", `${b}=/x=y/two.mjs`]);
    expect(parsed.ok && [...parsed.options.lambdas]).toEqual([
      [a, "./one.mjs"],
      [b, "/x=y/two.mjs"],
    ]);
  });

  it("run Python functions with --python PATH, or python3 unless told", () => {
    const parsed = parseCliArgs(["--python", "/venv/bin/python"]);
    expect(parsed.ok && parsed.options.python).toBe("/venv/bin/python");
    const defaults = parseCliArgs([]);
    expect(defaults.ok && defaults.options.python).toBeUndefined();
    expect(parseCliArgs(["--python", ""])).toEqual({ ok: false, error: "--python expects the path of a Python interpreter" });
    expect(USAGE).toContain("--python PATH");
    expect(USAGE).toContain("DIR:MODULE.FUNCTION");
  });

  it("stop a call of a rotation function after --lambda-timeout seconds, 60 unless told", () => {
    const defaults = parseCliArgs([]);
    expect(defaults.ok && defaults.options.lambdaTimeoutSeconds).toBe(DEFAULT_LAMBDA_TIMEOUT_SECONDS);
    expect(DEFAULT_LAMBDA_TIMEOUT_SECONDS).toBe(60);
    const parsed = parseCliArgs(["--lambda-timeout", "900"]);
    expect(parsed.ok && parsed.options.lambdaTimeoutSeconds).toBe(900);
    expect(USAGE).toContain("--lambda-timeout SECONDS");
  });

  it.each(["0", "901", "1.5", "-3", "ten", "", "1e2"])("refuse --lambda-timeout %j: Lambda takes whole seconds from 1 to 900", (value) => {
    expect(parseCliArgs([`--lambda-timeout=${value}`])).toEqual({
      ok: false,
      error: `--lambda-timeout must be a whole number of seconds from 1 to 900 (Lambda's maximum), got '${value}'`,
    });
  });

  it("verify no signature and know no key unless told", () => {
    const parsed = parseCliArgs([]);
    expect(parsed.ok && parsed.options.verifySignatures).toBe(false);
    expect(parsed.ok && parsed.options.credentials.size).toBe(0);
  });

  it("take --verify-signatures and each repeated --credentials AKID=SECRET[=ACCOUNT]", () => {
    const parsed = parseCliArgs([
      "--verify-signatures",
      "--credentials",
      "AKIDONE=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
      "--credentials",
      "AKIDTWO=second=111122223333",
    ]);
    expect(parsed.ok && parsed.options.verifySignatures).toBe(true);
    expect(parsed.ok && [...parsed.options.credentials]).toEqual([
      ["AKIDONE", { secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", source: "--credentials" }],
      ["AKIDTWO", { secretAccessKey: "second", accountId: "111122223333", source: "--credentials" }],
    ]);
  });

  it("list --verify-signatures and --credentials in --help", () => {
    expect(USAGE).toContain("--verify-signatures");
    expect(USAGE).toContain("--credentials AKID=SECRET[=ACCOUNT]");
  });

  it("take --credentials without --verify-signatures, to file a key's calls under its account", () => {
    const parsed = parseCliArgs(["--credentials", "AKID=s=123456789012"]);
    expect(parsed.ok && parsed.options.verifySignatures).toBe(false);
    expect(parsed.ok && parsed.options.credentials.get("AKID")).toEqual({ secretAccessKey: "s", accountId: "123456789012", source: "--credentials" });
  });

  it("take keys from SECRETS_MANAGER_EMULATOR_CREDENTIALS, separated by spaces or commas, beside --credentials", () => {
    const env = { SECRETS_MANAGER_EMULATOR_CREDENTIALS: "AKIDENV1=first, AKIDENV2=second=111122223333\nAKIDENV3=third" };
    const parsed = parseCliArgs(["--verify-signatures", "--credentials", "AKIDARG=arg"], env);
    expect(parsed.ok && [...parsed.options.credentials]).toEqual([
      ["AKIDENV1", { secretAccessKey: "first", source: "SECRETS_MANAGER_EMULATOR_CREDENTIALS" }],
      ["AKIDENV2", { secretAccessKey: "second", accountId: "111122223333", source: "SECRETS_MANAGER_EMULATOR_CREDENTIALS" }],
      ["AKIDENV3", { secretAccessKey: "third", source: "SECRETS_MANAGER_EMULATOR_CREDENTIALS" }],
      ["AKIDARG", { secretAccessKey: "arg", source: "--credentials" }],
    ]);
  });

  it("take --verify-signatures with only a --credentials-file, read when the emulator starts", () => {
    const parsed = parseCliArgs(["--verify-signatures", "--credentials-file", "keys.txt"]);
    expect(parsed).toMatchObject({ ok: true, options: { verifySignatures: true, credentialsFile: "keys.txt" } });
  });

  it("take each repeated --allowed-host NAME[:PORT]", () => {
    const parsed = parseCliArgs(["--allowed-host", "secrets", "--allowed-host", "proxy.internal:8080", "--allowed-host", "[::1]:9"]);
    expect(parsed.ok && parsed.options.allowedHosts).toEqual(["secrets", "proxy.internal:8080", "[::1]:9"]);
  });

  it("take the control token from --control-token or SECRETS_MANAGER_EMULATOR_CONTROL_TOKEN, and a --control-token-file", () => {
    const token = "0123456789abcdef";
    expect(parseCliArgs(["--control-token", token])).toMatchObject({ ok: true, options: { controlToken: { token, source: "--control-token" } } });
    const fromEnv = parseCliArgs([], { SECRETS_MANAGER_EMULATOR_CONTROL_TOKEN: ` ${token}\n` });
    expect(fromEnv).toMatchObject({ ok: true, options: { controlToken: { token, source: "SECRETS_MANAGER_EMULATOR_CONTROL_TOKEN" } } });
    const fromFile = parseCliArgs(["--control-token-file", "token.txt"], { SECRETS_MANAGER_EMULATOR_CONTROL_TOKEN: token });
    expect(fromFile.ok && fromFile.options.controlTokenFile).toBe("token.txt");
    expect(fromFile.ok && fromFile.options.controlToken).toBe(undefined);
  });

  it("never repeat a secret key in the message about a bad --credentials or variable entry", () => {
    const parsed = parseCliArgs(["--credentials", "AKIDBAD=very-secret-key=12"]);
    expect(!parsed.ok && parsed.error).toContain("'AKIDBAD=…'");
    expect(!parsed.ok && parsed.error).not.toContain("very-secret-key");
    const fromEnv = parseCliArgs([], { SECRETS_MANAGER_EMULATOR_CREDENTIALS: "AKIDOK=fine AKIDBAD=very-secret-key=12" });
    expect(!fromEnv.ok && fromEnv.error).toContain("SECRETS_MANAGER_EMULATOR_CREDENTIALS, entry 2");
    expect(!fromEnv.ok && fromEnv.error).not.toContain("very-secret-key");
  });

  it.each([
    [["--verify-signatures"], "--credentials"],
    [["--allowed-host", "a:b:c"], "--allowed-host"],
    [["--allowed-host", "host/path"], "--allowed-host"],
    [["--control-token", "short"], "16 characters"],
    [["--control-token", "0123456789abcdef", "--control-token-file", "t"], "--control-token-file"],
    [["--credentials", "AKID"], "--credentials"],
    [["--credentials", "AKID="], "--credentials"],
    [["--credentials", "=secret"], "--credentials"],
    [["--credentials", "AKID=secret=12345"], "--credentials"],
    [["--credentials", "AKID=secret=123456789012=x"], "--credentials"],
    [["--port", "65536"], "--port"],
    [["--port", "http"], "--port"],
    [["--account", "12"], "--account"],
    [["--lambda", "rotator=./r.mjs"], "--lambda"],
    [["--lambda", "arn:aws:lambda:us-east-1:123456789012:function:f="], "--lambda"],
    [["--verbose"], "verbose"],
    [["extra"], "extra"],
  ])("refuse %j with a message naming the option", (argv, named) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toContain(named);
  });
});
