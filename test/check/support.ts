// Runs the check in process with the installed SDK and fixed test credentials.
import * as sdk from "@aws-sdk/client-secrets-manager";
import { parseCheckArgs } from "../../src/check/args.ts";
import { runCheck } from "../../src/check/main.ts";
import type { CheckReport } from "../../src/check/report.ts";

export async function check(endpoint: string, args: readonly string[]): Promise<CheckReport> {
  const parsed = parseCheckArgs(["--endpoint", endpoint, ...args]);
  if (!parsed.ok) throw new Error(parsed.error);
  return runCheck(parsed.options, { sdk, credentials: { accessKeyId: "test", secretAccessKey: "test" } });
}

/** The AWS calls of a transcript (a put-many step counts as one). */
export function awsCalls(report: CheckReport, index = 0): string[] {
  return (report.differences[index]?.calls ?? []).map((call) => call.operation);
}
