// Debian's chromium driven by playwright-core, for the console's tests and screenshots: a fresh
// empty profile each time, no network of its own (no updates, sync or QUIC), no GPU.
import { existsSync } from "node:fs";
import { chromium, type BrowserContext } from "playwright-core";
import { createTemporaryDirectory } from "./temp-directory.ts";

export const CHROMIUM = process.env["CHROMIUM"] ?? "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Why the browser cannot run here, or undefined when it can. */
export function browserMissing(): string | undefined {
  return existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is missing (apt-get install -y chromium; .ci/run installs it)`;
}

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** A browser with a new empty profile (--user-data-dir), removed on close; a laptop's 1366x768 window. */
export async function launchBrowser(): Promise<Browser> {
  const profile = createTemporaryDirectory("chromium-profile");
  try {
    const context = await chromium.launchPersistentContext(profile.path, {
      executablePath: CHROMIUM,
      args: ARGS,
      viewport: { width: 1366, height: 768 },
    });
    return {
      context,
      close: async () => {
        await context.close();
        profile.remove();
      },
    };
  } catch (error) {
    profile.remove();
    throw error;
  }
}
