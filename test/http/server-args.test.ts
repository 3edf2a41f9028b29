// The command line's options.
import { describe, expect, it } from "vitest";
import { DEFAULT_PORT, parseCliArgs } from "../../src/server/args.ts";

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

  it("map each repeated --lambda ARN=PATH", () => {
    const a = "arn:aws:lambda:us-east-1:123456789012:function:one";
    const b = "arn:aws:lambda:us-east-1:123456789012:function:two:live";
    const parsed = parseCliArgs(["--lambda", `${a}=./one.mjs`, "--lambda", `${b}=/x=y/two.mjs`]);
    expect(parsed.ok && [...parsed.options.lambdas]).toEqual([
      [a, "./one.mjs"],
      [b, "/x=y/two.mjs"],
    ]);
  });

  it.each([
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
