// Debian's chromium driven by playwright-core, for the console's browser test and for
// `npm run screenshots` (plain JavaScript, so that the script runs it under node): a fresh empty
// profile each time, no network of its own (no updates, sync or QUIC), no GPU.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

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

/**
 * Why the browser cannot run here, or undefined when it can.
 * @returns {string | undefined}
 */
export function browserMissing() {
  return existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is missing (apt-get install -y chromium; .ci/run installs it)`;
}

/** @typedef {{ readonly context: import("playwright-core").BrowserContext; close(): Promise<void> }} Browser */

/**
 * A browser with a new empty profile (--user-data-dir), removed on close; a laptop's 1366x768 window.
 * @returns {Promise<Browser>}
 */
export async function launchBrowser() {
  const profile = mkdtempSync(join(tmpdir(), "sm-emulator-chromium-profile-"));
  const removeProfile = () => rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: ARGS,
      viewport: { width: 1366, height: 768 },
    });
    return {
      context,
      close: async () => {
        await context.close();
        removeProfile();
      },
    };
  } catch (error) {
    removeProfile();
    throw error;
  }
}
