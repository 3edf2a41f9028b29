// The web console in a real browser (Debian's chromium through playwright-core): secrets made and
// rotated through the JS SDK and a local rotation Lambda, then the console read as a user reads
// it. The page must load nothing from elsewhere, and log nothing (a value least of all).
import {
  CreateSecretCommand,
  DeleteSecretCommand,
  GetSecretValueCommand,
  RotateSecretCommand,
  SecretsManagerClient,
} from "@aws-sdk/client-secrets-manager";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startServer, type EmulatorServer } from "../../../src/server/server.ts";
import { browserMissing, launchBrowser, type Browser } from "../../support/browser.mjs";
import { awsCall } from "../server-process.ts";

const ROTATOR = "arn:aws:lambda:us-east-1:000000000000:function:single-user";
const missing = browserMissing();

let server: EmulatorServer;
let client: SecretsManagerClient;
let browser: Browser | undefined;

beforeAll(async () => {
  // The example rotation function reports each step on the console.
  vi.spyOn(console, "log").mockImplementation(() => undefined);
  server = await startServer({ lambdas: new Map([[ROTATOR, resolve(import.meta.dirname, "../../../examples/rotation/single-user.mjs")]]) });
  client = new SecretsManagerClient({ endpoint: server.url, region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" } });
  if (missing === undefined) browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  client.destroy();
  await server.close();
  vi.restoreAllMocks();
});

/** Runs axe-core's WCAG 2.1 A and AA rules on the page; the violations, one line each. */
async function accessibilityViolations(page: Page): Promise<string[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(options: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(" ")}`);
  });
  return violations;
}

describe("the web console", () => {
  it("shows the secrets, a rotation's label moves in order, reveals a value on request, and sees a purged secret go", async (context) => {
    if (browser === undefined) {
      process.stderr.write(`The console's browser test did not run: ${missing}\n`);
      context.skip(missing);
      return;
    }
    const created = await client.send(new CreateSecretCommand({ Name: "app/db", SecretString: '{"username":"app","password":"first-password"}' }));
    const rotated = await client.send(new RotateSecretCommand({ SecretId: "app/db", RotationLambdaARN: ROTATOR, RotationRules: { AutomaticallyAfterDays: 30 } }));
    await server.rotationsSettled();
    const current = await client.send(new GetSecretValueCommand({ SecretId: "app/db" }));
    await client.send(new CreateSecretCommand({ Name: "old/token", SecretString: "retired-token" }));
    await client.send(new DeleteSecretCommand({ SecretId: "old/token", RecoveryWindowInDays: 7 }));

    const page = await browser.context.newPage();
    const requested: string[] = [];
    const logged: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    page.on("console", (message) => logged.push(`${message.type()}: ${message.text()}`));
    page.on("pageerror", (error) => logged.push(`pageerror: ${error.message}`));

    // The list: ListSecrets with IncludePlannedDeletion, the deleted secret marked.
    await page.goto(`${server.url}/_emulator/console`);
    const rows = page.locator("table.secrets tbody tr");
    await expect.poll(() => rows.count()).toBe(2);
    await expect.poll(() => page.locator("table.secrets tbody tr", { hasText: "old/token" }).textContent()).toContain("Scheduled for deletion");
    expect(await accessibilityViolations(page)).toEqual([]);

    // Keyboard: the first Tab reaches the skip link, which moves the focus to the content.
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement.textContent")).toBe("Skip to content");
    await page.keyboard.press("Enter");
    expect(await page.evaluate("document.activeElement.id")).toBe("main");

    // The secret's page: the timeline lists the rotation's label moves in the order they happened.
    await page.getByRole("link", { name: "app/db" }).click();
    await page.locator("#timeline-events").waitFor();
    const moves = await page.locator('#timeline-events li[data-kind="label"]').evaluateAll((items) =>
      items.map((item) => item.textContent!.replace(/^.*? UTC /, "").replace(/ · .*$/, "")),
    );
    const [first, second] = [created.VersionId!, rotated.VersionId!];
    expect(moves).toEqual([
      `AWSCURRENT attached to ${first}`,
      `AWSPENDING attached to ${second}`,
      `AWSCURRENT moved from ${first} to ${second}`,
      `AWSPREVIOUS attached to ${first}`,
      `AWSPENDING removed from ${second}`,
    ]);
    // The drawing: one row per version, the bars named.
    const bars = await page.locator("svg.timeline g.version-row").evaluateAll((groups) =>
      groups.map((group) => [group.getAttribute("data-version"), [...group.querySelectorAll("g.span")].map((span) => span.getAttribute("data-label"))]),
    );
    expect(bars).toEqual([
      [first, ["AWSCURRENT", "AWSPREVIOUS"]],
      [second, ["AWSCURRENT", "AWSPENDING"]],
    ]);
    expect(await page.locator("body").textContent()).not.toContain("first-password");
    // The run, as GET /_emulator/rotations reports it.
    expect(await page.locator("ol.runs li").first().textContent()).toContain("rotated");

    // A value is shown once asked for, from a request answered with no-store, by keyboard.
    const reveal = page.locator(`tr[data-version="${second}"]`).getByRole("button", { name: /^Reveal value/ });
    // Reached by the keyboard (Shift+Tab, Tab), the button shows its focus ring.
    await reveal.focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    expect(await reveal.evaluate((button) => button === button.ownerDocument.activeElement)).toBe(true);
    expect(await reveal.evaluate((button) => button.ownerDocument.defaultView!.getComputedStyle(button).outlineStyle)).not.toBe("none");
    const answered = page.waitForResponse((response) => response.url().endsWith("/_emulator/console/api/reveal"));
    await page.keyboard.press("Enter");
    expect((await answered).headers()["cache-control"]).toBe("no-store");
    await expect.poll(() => page.locator(`tr[data-version="${second}"] pre.value`).textContent()).toBe(current.SecretString);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Eight days later the recovery window of old/token has ended: it leaves the list.
    await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Secrets" }).click();
    await expect.poll(() => rows.count()).toBe(2);
    await page.getByLabel("Advance by").fill("8");
    await page.getByLabel("Unit").selectOption("days");
    await page.getByRole("button", { name: "Advance", exact: true }).click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain("app/db");
    expect(await page.locator("table.gone tbody tr", { hasText: "old/token" }).textContent()).toContain("Purged");

    // Reset asks first; Cancel keeps everything.
    await page.getByRole("button", { name: "Reset…" }).click();
    await expect.poll(() => page.getByRole("dialog").isVisible()).toBe(true);
    expect(await page.evaluate("document.activeElement.textContent")).toBe("Cancel");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByRole("dialog").isVisible()).toBe(false);
    expect(await rows.count()).toBe(1);

    // The request log: operations and names, no value.
    await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Requests" }).click();
    await expect.poll(() => page.locator("table.requests tbody tr", { hasText: "RotateSecret" }).count()).toBe(1);
    expect(await page.locator("main").textContent()).not.toContain(JSON.parse(current.SecretString!).password);

    expect(requested.filter((url) => !url.startsWith(`${server.url}/`))).toEqual([]);
    expect(logged).toEqual([]);
  });

  it("shows a rotation run's steps with start, end, outcome and output when GET /_emulator/rotations gives them", async (context) => {
    if (browser === undefined) {
      context.skip(missing);
      return;
    }
    const { ARN } = await client.send(new CreateSecretCommand({ Name: "runs/db", SecretString: "v" }));
    const at = Date.UTC(2026, 5, 1, 12, 0, 0);
    const run = {
      secretId: ARN,
      status: "failed",
      error: "Error: database unreachable",
      attempt: 2,
      steps: [
        { step: "createSecret", start: at, end: at + 800, outcome: "succeeded", output: "createSecret: put the pending value" },
        { step: "setSecret", start: new Date(at + 900).toISOString(), end: new Date(at + 1500).toISOString(), outcome: "failed", output: "connecting...\nError: database unreachable" },
      ],
    };
    const page = await browser.context.newPage();
    // The report as a richer endpoint would give it; the console shows what it gets.
    await page.route("**/_emulator/rotations", (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ rotations: [run] }) }));
    await page.goto(`${server.url}/_emulator/console#/secret/${encodeURIComponent(ARN!)}`);
    const steps = page.locator("ol.runs table.steps tbody tr");
    await expect.poll(() => steps.count()).toBe(2);
    const rows = await steps.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((cell) => cell.textContent)));
    expect(rows).toEqual([
      ["createSecret", "2026-06-01 12:00:00 UTC", "2026-06-01 12:00:00 UTC", "succeeded", "createSecret: put the pending value"],
      ["setSecret", "2026-06-01 12:00:00 UTC", "2026-06-01 12:00:01 UTC", "failed", "connecting...\nError: database unreachable"],
    ]);
    const shown = await page.locator("ol.runs").textContent();
    expect(shown).toContain("Error: database unreachable");
    expect(shown).toContain("attempt");
    await page.close();
  });

  it("asks for the control token where the emulator wants one, keeps it for the tab, and never puts it in a URL", async (context) => {
    if (browser === undefined) {
      context.skip(missing);
      return;
    }
    const token = "console-browser-control-token-42";
    const guarded = await startServer({ controlToken: token });
    try {
      const created = await awsCall(guarded.url, "CreateSecret", { Name: "behind/token", SecretString: "v", ClientRequestToken: "00000000-0000-4000-8000-0000000000aa" });
      expect(created.status).toBe(200);
      const page = await browser.context.newPage();
      const requested: string[] = [];
      page.on("request", (request) => requested.push(request.url()));
      await page.goto(`${guarded.url}/_emulator/console`);
      await page.getByRole("heading", { name: "Control token needed" }).waitFor();
      await page.getByLabel("Control token", { exact: true }).fill(token);
      await page.getByRole("button", { name: "Use this token" }).click();
      await expect.poll(() => page.locator("table.secrets tbody tr").count()).toBe(1);
      expect(await page.evaluate("sessionStorage.getItem('secrets-manager-emulator.control-token')")).toBe(token);
      expect(requested.filter((url) => url.includes(token))).toEqual([]);
      await page.close();
    } finally {
      await guarded.close();
    }
  });
});
