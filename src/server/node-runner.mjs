// @ts-check
// Runs a JavaScript rotation function in a warm process of its own:
// `node node-runner.mjs MODULE [HANDLER]`, started by runner-process.ts, which describes the
// protocol (the answers on fd 3, the requests on stdin, the function's log on stdout and stderr).
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
const writeOut = process.stdout.write.bind(process.stdout);
const writeErr = process.stderr.write.bind(process.stderr);

/**
 * @typedef {{ ok: true, result?: unknown, exiting?: boolean } | { ok: false, errorType: string, errorMessage: string, stackTrace: string[], exiting?: boolean }} Answer
 * @typedef {{ id: string, event: unknown, context: ContextData }} Request
 * @typedef {{ functionName: string, functionVersion: string, invokedFunctionArn: string, memoryLimitInMB: string,
 *   awsRequestId: string, logGroupName: string, logStreamName: string, deadlineMs: number }} ContextData
 * @typedef {(event: unknown, context: object, callback: (error: unknown, result?: unknown) => void) => unknown} Handler
 */

/**
 * Ends this process and what the function started once the emulator that started it is gone
 * (killed: it can no longer stop us), from a thread of its own, so even while the function
 * keeps the main thread busy.
 */
function endWithParent() {
  const watch = `const { workerData: parent } = require("node:worker_threads");
setInterval(() => { if (process.ppid !== parent) { try { process.kill(-process.pid, "SIGKILL"); } catch {} process.kill(process.pid, "SIGKILL"); } }, 500);`;
  new Worker(watch, { eval: true, workerData: process.ppid }).unref();
}

/** The call being answered, if any. @type {string | undefined} */
let callId;

/** Writes the end marker of the call's output on stdout and stderr, after what the function wrote. @param {string} id */
function endOutput(id) {
  return new Promise((resolve) => {
    let pending = 2;
    const done = () => (pending -= 1) === 0 && resolve(undefined);
    for (const write of [writeOut, writeErr]) {
      try {
        write(`\0${id}\n`, done);
      } catch {
        done();
      }
    }
  });
}

/** @param {Answer} answer */
function sendAnswer(answer) {
  let line;
  try {
    line = stringify(answer);
  } catch (error) {
    line = stringify(failure(error, "Runtime.MarshalError"));
  }
  writeSync(ANSWER_FD, `${line}\n`);
}

/** Answers the call in progress (or the load) with `answer`, then exits: an uncaught error ends the runtime. @param {Answer} answer */
async function answerAndExit(answer) {
  const id = callId;
  callId = undefined;
  if (id !== undefined) await endOutput(id);
  sendAnswer({ ...answer, exiting: true });
  writeOut("", () => writeErr("", () => exit(0)));
}

/** @param {unknown} error @param {string} [errorType] @returns {Answer} */
function failure(error, errorType) {
  if (error instanceof Error) {
    const stackTrace = String(error.stack ?? "").split("\n").slice(1).map((line) => line.trim());
    return { ok: false, errorType: errorType ?? String(error.name), errorMessage: String(error.message), stackTrace };
  }
  return { ok: false, errorType: errorType ?? "Error", errorMessage: String(error), stackTrace: [] };
}

/** @param {string} path @param {string} name @returns {Promise<Handler>} */
async function loadHandler(path, name) {
  /** @type {Record<string, unknown>} */
  const module = await import(pathToFileURL(path).href);
  /** @param {unknown} from */
  const find = (from) => name.split(".").reduce((/** @type {any} */ value, key) => (value == null ? undefined : value[key]), from);
  const handler = find(module) ?? find(module["default"]);
  if (typeof handler !== "function") {
    throw Object.assign(new Error(`${path} does not export a function named ${name}`), { name: "Runtime.HandlerNotFound" });
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

/** Answers each request line, one at a time, until stdin ends. @param {Handler} handler */
async function serve(handler) {
  let buffered = "";
  process.stdin.setEncoding("utf8");
  for await (const chunk of process.stdin) {
    buffered += chunk;
    for (let newline = buffered.indexOf("\n"); newline >= 0; newline = buffered.indexOf("\n")) {
      /** @type {Request} */
      const request = JSON.parse(buffered.slice(0, newline));
      buffered = buffered.slice(newline + 1);
      callId = request.id;
      /** @type {Answer} */
      let answer;
      try {
        answer = { ok: true, result: await call(handler, request.event, lambdaContext(request.context)) };
      } catch (error) {
        answer = failure(error);
      }
      // An uncaught error during the call has answered it already.
      if (callId !== request.id) return;
      callId = undefined;
      await endOutput(request.id);
      sendAnswer(answer);
    }
  }
  endGroup();
}

/** Ends this process and what the function started (its process group): the emulator has stopped it, or is gone. */
function endGroup() {
  try {
    process.kill(-process.pid, "SIGKILL");
  } catch {
    // No process group of our own (Windows).
  }
  exit(0);
}

endWithParent();
process.on("uncaughtException", (error) => void answerAndExit(failure(error)));
process.on("unhandledRejection", (reason) => void answerAndExit(failure(reason, "Runtime.UnhandledPromiseRejection")));

/** Loads the module (a failure is Lambda's Runtime.ImportModuleError), says so, then serves calls. @param {string} path @param {string} name */
async function main(path, name) {
  let handler;
  try {
    handler = await loadHandler(path, name);
  } catch (error) {
    const notFound = error instanceof Error && error.name === "Runtime.HandlerNotFound";
    return answerAndExit(failure(error, notFound ? undefined : "Runtime.ImportModuleError"));
  }
  sendAnswer({ ok: true });
  await serve(handler);
}

await main(process.argv[2] ?? "", process.argv[3] ?? "handler");
