#!/usr/bin/env node
// The command line: `secrets-manager-emulator [serve|check] [options]`. The first word names
// the command; without one the emulator starts. `--help` lists the options of a command.
import { serve } from "./server/serve.ts";

type Command = (argv: readonly string[]) => Promise<void>;

const COMMANDS: Readonly<Record<string, Command>> = {
  serve,
  // Loaded on use: it needs the AWS SDK, an optional peer dependency.
  check: async (argv) => {
    const { main: check } = await import("./check/main.ts");
    process.exitCode = await check(argv);
  },
};

async function main(argv: readonly string[]): Promise<void> {
  const [word, ...rest] = argv;
  if (word === undefined || word.startsWith("-")) return serve(argv);
  const command = Object.hasOwn(COMMANDS, word) ? COMMANDS[word] : undefined;
  if (command === undefined) {
    const names = Object.keys(COMMANDS).map((name) => (COMMANDS[name] === serve ? `${name} (the default)` : name));
    process.stderr.write(`Unknown command '${word}'. Commands: ${names.join(", ")}; --help after one lists its options.\n`);
    process.exitCode = 2;
    return;
  }
  await command(rest);
}

await main(process.argv.slice(2));
