// A smithy HttpHandler for @aws-sdk/client-secrets-manager that hands the SDK's
// serialized request to an Emulator in memory: the SDK's whole middleware stack
// runs (serialization, idempotency tokens, signing, retries, error classes);
// only the network is left out.
import type { Emulator } from "../emulator/emulator.ts";
import type { WireRequest } from "../wire/wire-message.ts";

/** The parts of the SDK's HttpRequest this handler reads. */
export interface SdkHttpRequest {
  readonly method: string;
  readonly path: string;
  readonly query?: Readonly<Record<string, string | readonly (string | null)[] | null>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export interface SdkHttpResponse {
  readonly statusCode: number;
  readonly reason?: string;
  readonly headers: Record<string, string>;
  readonly body: Uint8Array;
}

function queryString(query: SdkHttpRequest["query"]): string {
  if (query === undefined) return "";
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      pairs.push(item === null ? encodeURIComponent(key) : `${encodeURIComponent(key)}=${encodeURIComponent(item as string)}`);
    }
  }
  return pairs.length === 0 ? "" : `?${pairs.join("&")}`;
}

function bodyText(body: unknown): string {
  if (body === undefined || body === null) return "";
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8");
  throw new TypeError("The Secrets Manager double reads string or byte bodies only");
}

/** The wire form of an SDK request: lower-case header names, the path with its query. */
export function toWireRequest(request: SdkHttpRequest): WireRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
  return { method: request.method, path: `${request.path}${queryString(request.query)}`, headers, body: bodyText(request.body) };
}

export class EmulatorRequestHandler {
  readonly metadata = { handlerProtocol: "h1" };
  private readonly emulator: Emulator;

  constructor(emulator: Emulator) {
    this.emulator = emulator;
  }

  async handle(
    request: SdkHttpRequest,
    options: { readonly abortSignal?: { readonly aborted: boolean } } = {},
  ): Promise<{ response: SdkHttpResponse }> {
    if (options.abortSignal?.aborted) {
      const error = new Error("Request aborted");
      error.name = "AbortError";
      throw error;
    }
    const { response: answer } = this.emulator.handle(toWireRequest(request));
    const body = new Uint8Array(Buffer.from(answer.body, "utf8"));
    return {
      response: {
        statusCode: answer.status,
        headers: { ...answer.headers, "content-length": String(body.byteLength) },
        body,
      },
    };
  }

  updateHttpClientConfig(_key: never, _value: never): void {}

  httpHandlerConfigs(): Record<string, never> {
    return {};
  }

  destroy(): void {}
}
