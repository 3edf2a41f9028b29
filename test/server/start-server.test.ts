// startServer, as a user's test setup (a vitest globalSetup) calls it from "./emulator": it
// listens, answers the official SDK, and frees its port on close.
import { CreateSecretCommand, GetSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { startServer } from "../../src/emulator.ts";

/** Resolves true when something can listen on the port again. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

describe("startServer from the emulator entry point", () => {
  it("serves the SDK on a free port of 127.0.0.1 and frees the port on close", async () => {
    const server = await startServer({ port: 0, host: "127.0.0.1" });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    const client = new SecretsManagerClient({
      endpoint: server.url,
      region: "us-east-1",
      credentials: { accessKeyId: "test", secretAccessKey: "test" },
    });
    try {
      await client.send(new CreateSecretCommand({ Name: "from/setup", SecretString: "s3cret" }));
      const value = await client.send(new GetSecretValueCommand({ SecretId: "from/setup" }));
      expect(value.SecretString).toBe("s3cret");
      expect(value.ARN).toMatch(/^arn:aws:secretsmanager:us-east-1:000000000000:secret:from\/setup-[A-Za-z0-9]{6}$/);
    } finally {
      client.destroy();
      await server.close();
    }
    expect(await portIsFree(server.port)).toBe(true);
    await expect(fetch(`${server.url}/_emulator/health`)).rejects.toThrow();
  });
});
