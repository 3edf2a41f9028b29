// The endpoint side of a check: each call sent through the official
// @aws-sdk/client-secrets-manager (one client per region, no retries), its answer
// brought to the wire's JSON form (epoch seconds, base64), and the control
// endpoint of an emulator, when it has one, to read and move its clock.
import type * as Sdk from "@aws-sdk/client-secrets-manager";
import { NO_AWS_ANSWER, type CallError, type Outcome } from "./outcome.ts";

export type SdkModule = typeof Sdk;

export interface StaticCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

export class SdkMissingError extends Error {}

const SDK_PACKAGE = "@aws-sdk/client-secrets-manager";

/** The SDK, or an SdkMissingError saying how to install it (it is an optional peer dependency). */
export async function loadSdk(load: () => Promise<unknown> = () => import(SDK_PACKAGE)): Promise<SdkModule> {
  try {
    return (await load()) as SdkModule;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") {
      throw new SdkMissingError(
        `The check command sends its calls through the official AWS SDK, which is not installed.\n` +
          `Install it next to secrets-manager-semantics:  npm install ${SDK_PACKAGE}`,
      );
    }
    throw error;
  }
}

type CommandClass = new (input: unknown) => Parameters<Sdk.SecretsManagerClient["send"]>[0];

export class EndpointSide {
  private readonly clients = new Map<string, Sdk.SecretsManagerClient>();

  constructor(
    private readonly sdk: SdkModule,
    readonly url: string,
    private readonly credentials: StaticCredentials | undefined,
  ) {}

  /** One call; never throws: an answer that is not an AWS error is reported with the code NO_AWS_ANSWER. */
  async send(region: string, operation: string, request: Readonly<Record<string, unknown>>): Promise<Outcome> {
    const Command = (this.sdk as unknown as Record<string, CommandClass>)[`${operation}Command`];
    if (Command === undefined) return { ok: false, error: { code: NO_AWS_ANSWER, message: `the SDK has no ${operation}Command` } };
    const input: Record<string, unknown> = { ...request };
    if (typeof input["SecretBinary"] === "string") input["SecretBinary"] = Buffer.from(input["SecretBinary"], "base64");
    try {
      const output = await this.client(region).send(new Command(input));
      return { ok: true, response: plain(output) as Record<string, unknown> };
    } catch (error) {
      return { ok: false, error: callError(error) };
    }
  }

  /** The client of a region, made on first use. */
  client(region: string): Sdk.SecretsManagerClient {
    let client = this.clients.get(region);
    if (client === undefined) {
      client = new this.sdk.SecretsManagerClient({
        endpoint: this.url,
        region,
        maxAttempts: 1,
        ...(this.credentials !== undefined && { credentials: this.credentials }),
      });
      this.clients.set(region, client);
    }
    return client;
  }

  destroy(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients.clear();
  }
}

function callError(error: unknown): CallError {
  const thrown = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number }; $fault?: string };
  const status = thrown.$metadata?.httpStatusCode;
  // A ServiceException carries the AWS error code as its name; anything else never reached an answer.
  if (thrown.$fault !== undefined && typeof thrown.name === "string") {
    return { code: thrown.name, message: thrown.message ?? "", ...(status !== undefined && { status }) };
  }
  // The SDK's first line says what it could not read (an HTML page, a closed connection).
  const message = `${thrown.name ?? "Error"}: ${(thrown.message ?? String(error)).split("\n")[0]}`;
  return { code: NO_AWS_ANSWER, message, ...(status !== undefined && { status }) };
}

/** The SDK's output as the wire carries it: Dates as epoch seconds, bytes as base64, no $metadata. */
export function plain(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key, item]) => key !== "$metadata" && item !== undefined)
        .map(([key, item]) => [key, plain(item)]),
    );
  }
  return value;
}

/** An emulator's clock control (GET/POST /_emulator/clock…), when the endpoint has one. */
export class ClockControl {
  private constructor(private readonly base: string) {}

  /** The control of the endpoint's clock, or undefined when it answers no clock. */
  static async find(url: string): Promise<ClockControl | undefined> {
    const control = new ClockControl(url.replace(/\/+$/, ""));
    try {
      await control.now();
      return control;
    } catch {
      return undefined;
    }
  }

  async now(): Promise<number> {
    return this.request("GET", "/_emulator/clock");
  }

  async advance(milliseconds: number): Promise<number> {
    return this.request("POST", "/_emulator/clock/advance", { milliseconds });
  }

  private async request(method: string, path: string, body?: unknown): Promise<number> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      signal: AbortSignal.timeout(5000),
      ...(body !== undefined && { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
    });
    const answer = (await response.json()) as { now?: unknown };
    if (!response.ok || typeof answer.now !== "number") throw new Error(`${method} ${path}: no clock in the answer`);
    return answer.now;
  }
}
