// "." is the pure model: it bundles for a browser with no Node module and no polyfill, and the
// bundle runs where no Node global (process, Buffer, require) exists.
import { builtinModules } from "node:module";
import { resolve } from "node:path";
import { runInNewContext } from "node:vm";
import { build, type Plugin, type Rollup } from "vite";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

/** Fails the build at the first import of a Node module, naming the importer. */
const noNodeModules: Plugin = {
  name: "no-node-modules",
  enforce: "pre",
  resolveId(id, importer) {
    if (id.startsWith("node:") || builtinModules.includes(id)) this.error(`${importer ?? "the entry"} imports ${id}`);
    return null;
  },
};

/** The entry bundled as a browser script exposing its exports as `globalThis.bundle`. */
async function bundleForBrowser(entry: string): Promise<string> {
  const output = await build({
    configFile: false,
    root: ROOT,
    logLevel: "silent",
    plugins: [noNodeModules],
    // What a browser application's bundler does for immer's development checks.
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    build: {
      write: false,
      minify: false,
      lib: { entry: resolve(ROOT, entry), formats: ["iife"], name: "bundle", fileName: "bundle" },
    },
  });
  const results = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[];
  const chunks = results.flatMap((result) => result.output).filter((item): item is Rollup.OutputChunk => item.type === "chunk");
  expect(chunks).toHaveLength(1);
  return chunks[0]!.code;
}

describe("the browser bundle of the main entry point", () => {
  it("builds without a Node module and runs the model where Node's globals are absent", async () => {
    const code = await bundleForBrowser("src/index.ts");
    const sandbox: Record<string, unknown> = {};
    runInNewContext(`${code}\nglobalThis.bundle = bundle;`, sandbox);
    for (const name of ["process", "Buffer", "require", "setImmediate"]) expect(name in sandbox).toBe(false);
    const api = sandbox["bundle"] as typeof import("../../src/index.ts");
    const driver = new api.Driver();
    driver.ok("CreateSecret", { Name: "in/browser", SecretString: "s3cret", ClientRequestToken: driver.token() });
    expect(driver.ok("GetSecretValue", { SecretId: "in/browser" }).SecretString).toBe("s3cret");
    expect(driver.call("GetSecretValue", { SecretId: "nope" })).toMatchObject({ ok: false, error: { code: "ResourceNotFoundException" } });
  });

  it("the emulator entry point does not build for a browser: it needs node:crypto", async () => {
    await expect(bundleForBrowser("src/emulator.ts")).rejects.toThrow(/imports node:/);
  });
});
