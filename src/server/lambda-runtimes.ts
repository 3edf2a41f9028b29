// The runtimes that run a local rotation function: for each language, the command that starts a
// runner for one module. Every runner speaks the protocol of lambda-process.ts, so a language
// is one more entry here and one more runner script.
import { fileURLToPath } from "node:url";

export interface RunnerCommand {
  readonly file: string;
  readonly args: readonly string[];
}

export interface LambdaRuntime {
  /** Lambda's name for the language (nodejs, python). */
  readonly name: string;
  /** The command that runs the handler of the module at `modulePath` (absolute). */
  command(modulePath: string): RunnerCommand;
}

// Next to this file both in src/ and in dist/ (tsc copies it, allowJs).
const NODE_RUNNER = fileURLToPath(new URL("./node-runner.mjs", import.meta.url));

/** JavaScript modules (ESM or CommonJS), run by the Node.js that runs the emulator. */
export const nodejs: LambdaRuntime = {
  name: "nodejs",
  command: (modulePath) => ({ file: process.execPath, args: [NODE_RUNNER, modulePath] }),
};

/** The runtime of a module, by its file name. */
export function runtimeFor(_modulePath: string): LambdaRuntime {
  return nodejs;
}
