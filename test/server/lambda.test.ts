// Local rotation Lambdas: a module's exported handler is called as Lambda calls it.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lambdaKeys, LocalLambdaError, LocalLambdas } from "../../src/server/local-lambdas.ts";
import { temporaryDirectory } from "../support/temp-directory.ts";

const ARN = "arn:aws:lambda:eu-west-1:123456789012:function:rotator";
// Removed after this file's tests.
const directory = temporaryDirectory("lambda");

function module(name: string, source: string): string {
  const path = join(directory, name);
  writeFileSync(path, source);
  return path;
}

const environment = () => ({ AWS_ENDPOINT_URL: "http://127.0.0.1:1" });

describe("local rotation Lambdas", () => {
  it("call the exported handler with the event and a Lambda context, and return its result", async () => {
    const path = module("echo.mjs", "export const handler = async (event, context) => ({ event, arn: context.invokedFunctionArn, name: context.functionName, left: context.getRemainingTimeInMillis() > 0 });");
    const lambdas = await LocalLambdas.load(new Map([[ARN, path]]), environment);
    const event = { Step: "createSecret", SecretId: "arn:s", ClientRequestToken: "t" };
    expect(await lambdas.invoke(ARN, event)).toEqual({ event, arn: ARN, name: "rotator", left: true });
    expect(lambdas.arns).toEqual([ARN]);
  });

  it("set AWS_ENDPOINT_URL and the function's region in process.env before the call", async () => {
    const path = module("env.mjs", "export const handler = async () => [process.env.AWS_ENDPOINT_URL, process.env.AWS_REGION];");
    const lambdas = await LocalLambdas.load(new Map([[ARN, path]]), environment);
    expect(await lambdas.invoke(ARN, { Step: "testSecret", SecretId: "s", ClientRequestToken: "t" })).toEqual(["http://127.0.0.1:1", "eu-west-1"]);
  });

  it("support handlers that answer through a callback", async () => {
    const path = module("callback.cjs", "exports.handler = (event, context, callback) => { setTimeout(() => callback(null, event.Step), 1); };");
    const lambdas = await LocalLambdas.load(new Map([[ARN, path]]), environment);
    expect(await lambdas.invoke(ARN, { Step: "setSecret", SecretId: "s", ClientRequestToken: "t" })).toBe("setSecret");
  });

  it("reject with what the handler threw", async () => {
    const path = module("throws.mjs", 'export const handler = async () => { throw new Error("Secret version t has no stage for rotation"); };');
    const lambdas = await LocalLambdas.load(new Map([[ARN, path]]), environment);
    await expect(lambdas.invoke(ARN, { Step: "createSecret", SecretId: "s", ClientRequestToken: "t" })).rejects.toThrow("has no stage for rotation");
  });

  it("refuse at load a module that cannot be imported or exports no handler", async () => {
    await expect(LocalLambdas.load(new Map([[ARN, join(directory, "missing.mjs")]]), environment)).rejects.toThrow(LocalLambdaError);
    const path = module("nohandler.mjs", "export const main = () => 1;");
    await expect(LocalLambdas.load(new Map([[ARN, path]]), environment)).rejects.toThrow("does not export a function named handler");
  });

  it("refuse to invoke an ARN that no module is mapped to", async () => {
    const lambdas = await LocalLambdas.load(new Map(), environment);
    expect(lambdas.has(ARN)).toBe(false);
    await expect(lambdas.invoke(ARN, { Step: "createSecret", SecretId: "s", ClientRequestToken: "t" })).rejects.toThrow(LocalLambdaError);
  });
});

describe("the key a local rotation function calls back with", () => {
  const event = (account: string) => ({ Step: "createSecret", SecretId: `arn:aws:secretsmanager:us-east-1:${account}:secret:db-AbCdEf`, ClientRequestToken: "t" });
  const keys = lambdaKeys(
    new Map([
      ["AKIDDEFAULT", { secretAccessKey: "default-secret" }],
      ["AKIDOTHER", { secretAccessKey: "other-secret", accountId: "111122223333" }],
    ]),
    "000000000000",
  );

  it("is a configured key of the secret's account, as an execution role of that account would be", () => {
    expect(keys(event("111122223333"))).toEqual({ accessKeyId: "AKIDOTHER", secretAccessKey: "other-secret" });
    expect(keys(event("000000000000"))).toEqual({ accessKeyId: "AKIDDEFAULT", secretAccessKey: "default-secret" });
  });

  it("is the key of the environment at start, or test, when no configured key belongs to the account", () => {
    const inherited = process.env["AWS_ACCESS_KEY_ID"] !== undefined && process.env["AWS_SECRET_ACCESS_KEY"] !== undefined;
    const key = keys(event("444455556666"));
    expect(key.accessKeyId).toBe(inherited ? process.env["AWS_ACCESS_KEY_ID"] : "test");
    expect(lambdaKeys(new Map(), "000000000000")(event("000000000000"))).toEqual(key);
  });
});
