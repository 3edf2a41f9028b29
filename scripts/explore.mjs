// Runs the exhaustive check of the label machine (test/exhaustive/cli.ts) outside
// vitest, through Vite's module runner, which compiles the TypeScript on the fly.
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const cli = fileURLToPath(new URL("../test/exhaustive/cli.ts", import.meta.url));
const { module } = await runnerImport(cli, { configFile: false, logLevel: "error" });
process.exitCode = module.main(process.argv.slice(2));
