// @ts-check
// Runs one call of a JavaScript rotation function in a process of its own:
// `node node-runner.mjs MODULE`, started by lambda-process.ts, which describes the protocol
// (the request on stdin, one answer line on fd 3, the function's log on stdout and stderr).
// Plain JavaScript, checked by tsc: node runs it as it is, from src/ and from dist/.
// The error types are those Lambda's Node.js runtime reports.
// AWS doc: https://docs.aws.amazon.com/lambda/latest/dg/nodejs-exceptions.html
import { writeSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

const ANSWER_FD = 3;
// Kept before the function's module can replace them.
const exit = process.exit.bind(process);
const stringify = JSON.stringify;

/**
 * @typedef {{ ok: true, result?: unknown } | { ok: false, errorType: string, errorMessage: string }} Answer
 * @typedef {{ action: "check" } | { action: "invoke", event: unknown, context: ContextData }} Request
 * @typedef {{ functionName: string, functionVersion: string, invokedFunctionArn: string, memoryLimitInMB: string,
 *   awsRequestId: string, logGroupName: string, logStreamName: string, deadlineMs: number }} ContextData
 * @typedef {(event: unknown, context: object, callback: (error: unknown, result?: unknown) => void) => unknown} Handler
 */

/**
 * Ends this process once the emulator that started it is gone (killed: it can no longer stop
 * us), from a thread of its own, so even while the function keeps the main thread busy.
 */
function endWithParent() {
  const watch = `const { workerData: parent } = require("node:worker_threads");
setInterval(() => { if (process.ppid !== parent) process.kill(process.pid, "SIGKILL"); }, 500);`;
  new Worker(watch, { eval: true, workerData: process.ppid }).unref();
}

let answered = false;

/** Sends the one answer, lets stdout and stderr drain, and exits. @param {Answer} answer */
function answerAndExit(answer) {
  if (answered) return;
  answered = true;
  let line;
  try {
    line = stringify(answer);
  } catch (error) {
    line = stringify(failure(error, "Runtime.MarshalError"));
  }
  writeSync(ANSWER_FD, `${line}\n`);
  process.stdout.write("", () => process.stderr.write("", () => exit(0)));
}

/** @param {unknown} error @param {string} [errorType] @returns {Answer} */
function failure(error, errorType) {
  if (error instanceof Error) return { ok: false, errorType: errorType ?? String(error.name), errorMessage: String(error.message) };
  return { ok: false, errorType: errorType ?? "Error", errorMessage: String(error) };
}

/** @returns {Promise<Request>} */
async function readRequest() {
  let text = "";
  process.stdin.setEncoding("utf8");
  for await (const chunk of process.stdin) text += chunk;
  return JSON.parse(text);
}

/** @param {string} path @returns {Promise<Handler>} */
async function loadHandler(path) {
  /** @type {{ handler?: unknown, default?: { handler?: unknown } }} */
  const module = await import(pathToFileURL(path).href);
  const handler = module.handler ?? module.default?.handler;
  if (typeof handler !== "function") {
    throw Object.assign(new Error(`${path} does not export a function named handler`), { name: "Runtime.HandlerNotFound" });
  }
  return /** @type {Handler} */ (handler);
}

/** @param {ContextData} data */
function lambdaContext(data) {
  const { deadlineMs, ...members } = data;
  return { ...members, callbackWaitsForEmptyEventLoop: true, getRemainingTimeInMillis: () => Math.max(0, deadlineMs - Date.now()) };
}

/** Calls the handler as Lambda does: its promise, or its callback when it takes three parameters. @param {Handler} handler @param {unknown} event @param {object} context */
function call(handler, event, context) {
  return new Promise((resolve, reject) => {
    /** @type {(error: unknown, result?: unknown) => void} */
    const callback = (error, result) => (error ? reject(error) : resolve(result));
    const returned = handler(event, context, callback);
    if (handler.length < 3 || isPromise(returned)) Promise.resolve(returned).then(resolve, reject);
  });
}

/** @param {unknown} value @returns {value is PromiseLike<unknown>} */
function isPromise(value) {
  return typeof value === "object" && value !== null && typeof (/** @type {{ then?: unknown }} */ (value).then) === "function";
}

endWithParent();
process.on("uncaughtException", (error) => answerAndExit(failure(error)));
process.on("unhandledRejection", (reason) => answerAndExit(failure(reason, "Runtime.UnhandledPromiseRejection")));

/** Loads the module (a failure is Lambda's Runtime.ImportModuleError), then checks or invokes. @param {string} path */
async function main(path) {
  const request = await readRequest();
  let handler;
  try {
    handler = await loadHandler(path);
  } catch (error) {
    const notFound = error instanceof Error && error.name === "Runtime.HandlerNotFound";
    return answerAndExit(failure(error, notFound ? undefined : "Runtime.ImportModuleError"));
  }
  if (request.action === "check") return answerAndExit({ ok: true });
  try {
    answerAndExit({ ok: true, result: await call(handler, request.event, lambdaContext(request.context)) });
  } catch (error) {
    answerAndExit(failure(error));
  }
}

await main(process.argv[2] ?? "");
