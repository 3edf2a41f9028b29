// The command line of `check`, and what it refuses before sending anything.
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { isLoopback, parseCheckArgs, prefixForSeed, type CheckOptions } from "../../src/check/args.ts";
import { loadSdk, SdkMissingError } from "../../src/check/endpoint.ts";
import { CheckSetupError, runCheck } from "../../src/check/main.ts";

function options(args: readonly string[], env: Record<string, string> = {}): CheckOptions {
  const parsed = parseCheckArgs(args, env);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.options;
}

describe("check's options", () => {
  it("needs an endpoint and defaults the rest", () => {
    expect(parseCheckArgs([])).toEqual({ ok: false, error: "--endpoint URL is required." });
    const parsed = options(["--endpoint", "http://127.0.0.1:4566", "--seed", "42"], { AWS_REGION: "eu-west-1" });
    expect(parsed).toMatchObject({ runs: 100, length: 20, seed: 42, region: "eu-west-1", replicaRegions: ["us-west-2", "us-east-2"], json: false });
    expect(parsed.prefix).toBe(prefixForSeed(42));
    expect(prefixForSeed(42)).not.toBe(prefixForSeed(43));
  });

  it("takes an include list of operations, always with CreateSecret", () => {
    const parsed = options(["--endpoint", "http://localhost:1", "--operations", "GetSecretValue,AdvanceClock"]);
    expect([...parsed.operations].sort()).toEqual(["AdvanceClock", "CreateSecret", "GetSecretValue"]);
    const unknown = parseCheckArgs(["--endpoint", "http://localhost:1", "--operations", "GetSecret"]);
    expect(unknown.ok ? "" : unknown.error).toMatch(/^Unknown operation GetSecret; the operations are: BatchGetSecretValue, /);
  });

  it("refuses a prefix AWS would not take in a secret name, and replica regions that include the region", () => {
    expect(parseCheckArgs(["--endpoint", "http://localhost:1", "--prefix", "a b"]).ok).toBe(false);
    expect(parseCheckArgs(["--endpoint", "http://localhost:1", "--replica-regions", "us-east-1"]).ok).toBe(false);
    expect(options(["--endpoint", "http://localhost:1", "--replica-regions", "none"]).replicaRegions).toEqual([]);
  });

  it("shows its options with -h as with --help, with no endpoint needed", () => {
    expect(options(["-h"]).help).toBe(true);
    expect(options(["--help"]).help).toBe(true);
  });

  it("knows the endpoints on this machine", () => {
    expect(["http://127.0.0.1:4566", "http://localhost:5000", "http://[::1]:80/"].map(isLoopback)).toEqual([true, true, true]);
    expect(["https://secretsmanager.us-east-1.amazonaws.com", "http://10.0.0.5:4566"].map(isLoopback)).toEqual([false, false]);
  });
});

describe("check before it sends anything", () => {
  it("refuses an endpoint off this machine, saying that it creates and deletes secrets, unless --allow-remote", async () => {
    const remote = options(["--endpoint", "https://secretsmanager.us-east-1.amazonaws.com", "--prefix", "ci-check"]);
    const refusal = runCheck(remote, { sdk: undefined as never });
    await expect(refusal).rejects.toBeInstanceOf(CheckSetupError);
    await expect(refusal).rejects.toThrow(/creates secrets there \(named ci-check-N\/\.\.\.\) and deletes them .* --allow-remote/);
  });

  it("says that nothing answered as Secrets Manager when nothing listens at the endpoint", async () => {
    const probe = createServer();
    await new Promise<void>((listening) => probe.listen(0, "127.0.0.1", listening));
    const { port } = probe.address() as { port: number };
    await new Promise((closed) => probe.close(closed));
    const check = runCheck(options(["--endpoint", `http://127.0.0.1:${port}`]), { credentials: { accessKeyId: "test", secretAccessKey: "test" } });
    await expect(check).rejects.toBeInstanceOf(CheckSetupError);
    await expect(check).rejects.toThrow(`No Secrets Manager answer from http://127.0.0.1:${port} (Error: connect ECONNREFUSED`);
  });

  it("says how to install the AWS SDK when it is missing", async () => {
    const missing = () => Promise.reject(Object.assign(new Error("Cannot find package '@aws-sdk/client-secrets-manager'"), { code: "ERR_MODULE_NOT_FOUND" }));
    const loading = loadSdk(missing);
    await expect(loading).rejects.toBeInstanceOf(SdkMissingError);
    await expect(loading).rejects.toThrow("npm install @aws-sdk/client-secrets-manager");
  });
});
