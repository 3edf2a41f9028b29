// Screenshots of the web console for the README (docs/images/): the secrets list and a secret's
// timeline, at a laptop's 1366x768, with Debian's chromium (/usr/bin/chromium, or $CHROMIUM).
// Run with `npm run screenshots` (it builds first): a server on a free port, a few secrets made
// and rotated through the JS SDK, then the pages, photographed.
import {
  CreateSecretCommand,
  DeleteSecretCommand,
  PutResourcePolicyCommand,
  PutSecretValueCommand,
  ReplicateSecretToRegionsCommand,
  RotateSecretCommand,
  SecretsManagerClient,
  UpdateSecretVersionStageCommand,
} from "@aws-sdk/client-secrets-manager";
import { join, resolve } from "node:path";
import { startServer } from "../dist/emulator.js";
import { launchBrowser } from "../test/support/browser.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const ROTATOR = "arn:aws:lambda:us-east-1:000000000000:function:single-user";
const DAY = 86_400_000;

const server = await startServer({
  now: () => Date.UTC(2026, 10, 2, 9, 0, 0),
  lambdas: new Map([[ROTATOR, join(ROOT, "examples/rotation/single-user.mjs")]]),
});
const client = new SecretsManagerClient({ endpoint: server.url, region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" } });
const send = (command) => client.send(command);
const advance = (days) =>
  fetch(`${server.url}/_emulator/clock/advance`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ days }) });

try {
  await send(new CreateSecretCommand({ Name: "payments/db", Description: "Payments database, app user", SecretString: '{"username":"app","password":"first"}', Tags: [{ Key: "team", Value: "payments" }, { Key: "env", Value: "prod" }] }));
  await send(new CreateSecretCommand({ Name: "payments/api-key", Description: "Card processor API key", SecretString: "key-1", Tags: [{ Key: "team", Value: "payments" }] }));
  await send(new CreateSecretCommand({ Name: "search/db", Description: "Search cluster", SecretString: '{"username":"search","password":"s1"}', Tags: [{ Key: "env", Value: "staging" }] }));
  await send(new CreateSecretCommand({ Name: "old/webhook-token", SecretString: "retired" }));
  await send(new CreateSecretCommand({ Name: "reports/smtp", Description: "Mail relay for reports", SecretString: "smtp-password" }));
  await advance(2);
  await send(new RotateSecretCommand({ SecretId: "payments/db", RotationLambdaARN: ROTATOR, RotationRules: { AutomaticallyAfterDays: 30 } }));
  await server.rotationsSettled();
  await send(new PutSecretValueCommand({ SecretId: "payments/api-key", SecretString: "key-2", VersionStages: ["canary"] }));
  await send(new PutResourcePolicyCommand({
    SecretId: "payments/api-key",
    ResourcePolicy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::000000000000:role/checkout" }, Action: "secretsmanager:GetSecretValue", Resource: "*" }] }),
  }));
  await send(new ReplicateSecretToRegionsCommand({ SecretId: "search/db", AddReplicaRegions: [{ Region: "eu-west-1" }] }));
  await advance(3);
  await send(new DeleteSecretCommand({ SecretId: "old/webhook-token", RecoveryWindowInDays: 7 }));
  await advance(5);
  const canary = await send(new PutSecretValueCommand({ SecretId: "payments/api-key", SecretString: "key-3", VersionStages: ["AWSPENDING"] }));
  await send(new UpdateSecretVersionStageCommand({ SecretId: "payments/api-key", VersionStage: "canary", MoveToVersionId: canary.VersionId, RemoveFromVersionId: (await currentCanary()) }));
  await advance(27);
  await server.rotationsSettled();
  await send(new DeleteSecretCommand({ SecretId: "reports/smtp", RecoveryWindowInDays: 30 }));

  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/_emulator/console`);
  await page.locator("table.secrets").waitFor();
  await page.screenshot({ path: join(ROOT, "docs/images/console-list.png") });
  await page.getByRole("link", { name: "payments/db" }).click();
  await page.locator("#timeline-events").waitFor();
  await page.evaluate(() => document.getElementById("timeline-title").closest("section").scrollIntoView());
  await page.screenshot({ path: join(ROOT, "docs/images/console-timeline.png") });
  await browser.close();
  console.log("docs/images/console-list.png, docs/images/console-timeline.png");
} finally {
  client.destroy();
  await server.close();
}

async function currentCanary() {
  const { ListSecretVersionIdsCommand } = await import("@aws-sdk/client-secrets-manager");
  const listed = await send(new ListSecretVersionIdsCommand({ SecretId: "payments/api-key" }));
  return listed.Versions.find((version) => version.VersionStages.includes("canary")).VersionId;
}
