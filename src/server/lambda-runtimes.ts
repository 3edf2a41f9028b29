// The runtimes that run a local rotation function: for each language, the command that starts a
// runner for one module. Every runner speaks the protocol of runner-process.ts, so a language
// is one more entry here and one more runner script.
import { fileURLToPath } from "node:url";
import type { FunctionCode } from "./lambda-code.ts";

export interface RunnerCommand {
  readonly file: string;
  readonly args: readonly string[];
}

/** The interpreter of Python functions when --python does not name one. */
export const DEFAULT_PYTHON = "python3";

// Next to this file both in src/ and in dist/ (tsc copies the .mjs, allowJs; the build copies the .py).
const NODE_RUNNER = fileURLToPath(new URL("./node-runner.mjs", import.meta.url));
const PYTHON_RUNNER = fileURLToPath(new URL("./python-runner.py", import.meta.url));

/** The command that runs `code`: JavaScript with the Node.js that runs the emulator, Python with `python`. */
export function runnerCommand(code: FunctionCode, python: string = DEFAULT_PYTHON): RunnerCommand {
  if (code.runtime === "python") {
    // -u: output reaches the log as it is written; -B: no __pycache__ written into the user's code.
    return { file: python, args: ["-u", "-B", PYTHON_RUNNER, code.taskRoot, code.module, code.handler] };
  }
  return { file: process.execPath, args: [NODE_RUNNER, code.module, code.handler] };
}
