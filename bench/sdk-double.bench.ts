// Operations per second of the in-process SDK double: the official
// SecretsManagerClient (whole middleware stack, signing included) over an
// Emulator in memory, beside the same client over a handler that answers a
// fixed body (the SDK's own cost), Emulator.handle called with raw wire
// requests, and the pure core called directly. Workload: 1,000 secrets in the
// region; GetSecretValue of one of them, and PutSecretValue of a new version.
import { GetSecretValueCommand, PutSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { bench, describe } from "vitest";
import { Driver } from "../src/index.ts";
import { createSecretsManagerDouble, type Emulator } from "../src/sdk/index.ts";

const SECRETS = 1000;
const TARGET = "bench/target";

function populate(emulator: Emulator): void {
  for (let i = 0; i < SECRETS; i++) {
    emulator.call("000000000000", "us-east-1", "CreateSecret", {
      Name: i === 0 ? TARGET : `bench/other-${i}`,
      SecretString: "x",
      ClientRequestToken: `00000000-0000-0000-0000-${String(i).padStart(12, "0")}`,
    });
  }
}

// Each write comes a day after the last, so that old versions are pruned and
// the version quota never refuses a write.
const DAY = 24 * 60 * 60 * 1000;
let time = Date.UTC(2026, 0, 1);
const { client, emulator } = createSecretsManagerDouble({ now: () => time });
populate(emulator);

// The SDK alone: the same client configuration, a handler that answers at once.
const fixedBody = new TextEncoder().encode(JSON.stringify({ ARN: "arn", Name: TARGET, VersionId: "v", SecretString: "x", VersionStages: ["AWSCURRENT"], CreatedDate: 1 }));
const bareClient = new SecretsManagerClient({
  region: "us-east-1",
  maxAttempts: 1,
  credentials: { accessKeyId: "AKID", secretAccessKey: "secret" },
  requestHandler: {
    handle: async () => ({ response: { statusCode: 200, headers: { "content-type": "application/x-amz-json-1.1" }, body: fixedBody } }),
  },
});

const wireGet = {
  method: "POST",
  path: "/",
  headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": "secretsmanager.GetSecretValue" },
  body: JSON.stringify({ SecretId: TARGET }),
};

const driver = new Driver();
for (let i = 0; i < SECRETS; i++) driver.ok("CreateSecret", { Name: i === 0 ? TARGET : `bench/other-${i}`, SecretString: "x", ClientRequestToken: driver.token() });

let n = 0;
function token(): string {
  time += DAY;
  driver.advance(DAY);
  return `10000000-0000-0000-0000-${String(++n).padStart(12, "0")}`;
}

const options = { time: 2000, warmupTime: 300 };

describe(`GetSecretValue, ${SECRETS} secrets`, () => {
  bench("SDK double (client + emulator)", async () => {
    await client.send(new GetSecretValueCommand({ SecretId: TARGET }));
  }, options);
  bench("baseline: the same SDK client, fixed answer", async () => {
    await bareClient.send(new GetSecretValueCommand({ SecretId: TARGET }));
  }, options);
  bench("Emulator.handle, raw wire request", () => {
    emulator.handle(wireGet);
  }, options);
  bench("pure core (Driver)", () => {
    driver.ok("GetSecretValue", { SecretId: TARGET });
  }, options);
});

describe(`PutSecretValue, ${SECRETS} secrets`, () => {
  bench("SDK double (client + emulator)", async () => {
    await client.send(new PutSecretValueCommand({ SecretId: TARGET, SecretString: "v", ClientRequestToken: token() }));
  }, options);
  bench("Emulator.handle, raw wire request", () => {
    emulator.handle({
      ...wireGet,
      headers: { ...wireGet.headers, "x-amz-target": "secretsmanager.PutSecretValue" },
      body: JSON.stringify({ SecretId: TARGET, SecretString: "v", ClientRequestToken: token() }),
    });
  }, options);
  bench("pure core (Driver)", () => {
    driver.ok("PutSecretValue", { SecretId: TARGET, SecretString: "v", ClientRequestToken: token() });
  }, options);
});
