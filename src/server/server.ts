// The emulator over HTTP: AWS JSON 1.1 on POST /, the control endpoint under /_emulator/,
// the state file, and local rotation Lambdas. Only the CLI and tests start it.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { CONTROL_PREFIX, handleControl, isControlPath } from "./control.ts";
import { DEFAULT_ACCOUNT_ID, type KeyCredentials } from "./args.ts";
import { lambdaEnvironment, lambdaKeys } from "./lambda-environment.ts";
import { LocalLambdas } from "./local-lambdas.ts";
import { StateFileError } from "./persistence.ts";
import { openStateFile, rewriteStateFile } from "./state-file-start.ts";
import { formatLogLine, logEntry } from "./request-log.ts";
import { guardIncoming, guardPolicy } from "./request-guard.ts";
import { StateFileWriter } from "./state-file-writer.ts";
import { isConsolePath } from "./console/console-routes.ts";
import { WebConsole } from "./console/web-console.ts";
import { Emulator, type EmulatorSnapshot, type WireResponse } from "../emulator/emulator.ts";
import { errorResponse } from "../wire/wire-errors.ts";

export interface ServerOptions {
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Default 0: a free port. */
  readonly port?: number;
  readonly region?: string;
  readonly accountId?: string;
  /** Load the state from this file at start and save every change to it before answering. */
  readonly stateFile?: string;
  /** Lambda function ARN → its local code: FILE.py, FILE.mjs (.js, .cjs) or DIR:MODULE.FUNCTION (server/lambda-code.ts). */
  readonly lambdas?: ReadonlyMap<string, string>;
  /** How long one call of a rotation function may run (default 60 s). */
  readonly lambdaTimeoutSeconds?: number;
  /** The interpreter of Python rotation functions (default python3). */
  readonly python?: string;
  /** Refuse requests whose SigV4 signature is not made with one of `credentials`. */
  readonly verifySignatures?: boolean;
  /** Access key id → its secret access key and, when given, the account its calls go to. */
  readonly credentials?: ReadonlyMap<string, KeyCredentials>;
  /** Receives one line per request; no logging when absent. */
  readonly log?: (line: string) => void;
  /** Receives what goes wrong with the state file (a torn line dropped, a failed save); `log` by default. */
  readonly warn?: (line: string) => void;
  /** The emulator's base clock, epoch ms (Date.now by default). */
  readonly now?: () => number;
  /** Host names (NAME or NAME:PORT) requests may be addressed to besides this machine's. */
  readonly allowedHosts?: readonly string[];
  /** The token the control endpoint takes (Authorization: Bearer); without it, off beyond loopback. */
  readonly controlToken?: string;
  /** How many history events and requests the web console keeps (--history-limit); 10,000 by default. */
  readonly historyLimit?: number;
}

export interface EmulatorServer {
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly emulator: Emulator;
  /** Resolves when every rotation started so far has finished or failed. */
  rotationsSettled(): Promise<void>;
  /** Waits for running rotations, stops accepting requests, waits for open ones, saves the state. */
  close(): Promise<void>;
}

/** Bodies larger than this are refused; AWS's largest input (a 64 KiB secret) fits many times. */
const MAX_BODY_BYTES = 1024 * 1024;

export async function startServer(options: ServerOptions = {}): Promise<EmulatorServer> {
  const { stateFile, log } = options;
  const warn = options.warn ?? log ?? (() => undefined);
  const saved = stateFile === undefined ? undefined : openStateFile(stateFile, warn);
  let writer: StateFileWriter | undefined;
  let endpoint = "";
  const credentials = options.credentials ?? new Map<string, KeyCredentials>();
  const lambdaKey = lambdaKeys(credentials, options.accountId ?? DEFAULT_ACCOUNT_ID);
  const webConsole = new WebConsole({
    ...(options.historyLimit === undefined ? {} : { historyLimit: options.historyLimit }),
    defaultAccountId: options.accountId ?? DEFAULT_ACCOUNT_ID,
    defaultRegion: options.region ?? "us-east-1",
    ...(log === undefined ? {} : { warn: log }),
  });
  // The functions' processes start once the server listens: they get the endpoint in their environment.
  const lambdas = LocalLambdas.create(options.lambdas ?? new Map(), (accountId) => lambdaEnvironment(endpoint, lambdaKey(accountId)), {
    ...(options.lambdaTimeoutSeconds === undefined ? {} : { timeoutSeconds: options.lambdaTimeoutSeconds }),
    ...(options.python === undefined ? {} : { python: options.python }),
    ...(log === undefined ? {} : { log }),
  });
  const emulator = new Emulator({
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.region === undefined ? {} : { defaultRegion: options.region }),
    ...(options.accountId === undefined ? {} : { defaultAccountId: options.accountId }),
    ...(options.verifySignatures === true && { verifySignatures: true }),
    credentials: Object.fromEntries([...credentials].map(([id, key]) => [id, key.secretAccessKey])),
    accounts: Object.fromEntries([...credentials].flatMap(([id, key]) => (key.accountId === undefined ? [] : [[id, key.accountId]]))),
    onChange: (snapshot: EmulatorSnapshot) => {
      writer?.changed(snapshot);
      webConsole.changed(snapshot);
    },
    rotation: {
      // The local function talks to the emulator over HTTP with its own SDK client, as a Lambda
      // does; the driver's in-process client is not passed on.
      functions: Object.fromEntries(lambdas.arns.map((arn) => [arn, (event, _client, output) => lambdas.invoke(arn, event, output)])),
      saved: async () => writer?.flush(),
      ...(log === undefined ? {} : { log }),
    },
  });
  if (stateFile !== undefined) {
    try {
      if (saved !== undefined) emulator.importState(saved.snapshot as EmulatorSnapshot);
    } catch (error) {
      throw new StateFileError(
        `The state file ${stateFile} does not hold an emulator state (${(error as Error).message}). ` +
          "It was left untouched; repair it, move it away, or start without --state-file.",
      );
    }
    // Start the journal from one snapshot line: folds the old journal, drops a torn last line.
    const snapshot = emulator.exportState();
    const restore = (written: unknown): void => emulator.importState(written as EmulatorSnapshot);
    writer = new StateFileWriter(stateFile, snapshot, rewriteStateFile(stateFile, saved, snapshot, warn), { restore, warn });
  }
  webConsole.attach(emulator);
  const persist = (): void => writer?.changed(emulator.exportState());

  const answer = (request: IncomingMessage, body: Buffer): WireResponse => {
    const path = request.url ?? "/";
    const method = request.method ?? "GET";
    if (isConsolePath(path)) return webConsole.answer(method, path, body.toString("utf8"));
    if (isControlPath(path) || path === CONTROL_PREFIX.slice(0, -1)) {
      const hooks = { changed: persist, rotations: () => emulator.rotationRuns() };
      const control = webConsole.during(path.slice(CONTROL_PREFIX.length).split("?")[0]!, () => handleControl(emulator, hooks, method, path, body));
      return { status: control.status, headers: { "content-type": "application/json" }, body: JSON.stringify(control.body) };
    }
    const started = performance.now();
    const target = request.headers["x-amz-target"];
    const cause = typeof target === "string" ? target.replace(/^secretsmanager\./, "") : "request";
    const { response, event } = webConsole.during(cause, () =>
      emulator.handle({ method, path, headers: flatHeaders(request), body: body.toString("utf8"), bodyBytes: body }),
    );
    const entry = logEntry(event, request, response, performance.now() - started);
    webConsole.answered(entry, event);
    if (log !== undefined) log(formatLogLine(entry));
    return response;
  };

  const guard = guardPolicy(options);
  const server = createServer({ keepAlive: true }, (request, response) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on("error", () => response.destroy());
    request.on("end", () => {
      const refused = guardIncoming(request, guard);
      if (refused !== undefined) return send(response, refused);
      if (size > MAX_BODY_BYTES) {
        send(response, { status: 413, headers: { "content-type": "application/x-amz-json-1.1" }, body: TOO_LARGE });
        return;
      }
      let wire: WireResponse;
      try {
        wire = answer(request, Buffer.concat(chunks));
      } catch (error) {
        log?.(`internal error: ${(error as Error).message}`);
        wire = { status: 500, headers: { "content-type": "application/x-amz-json-1.1" }, body: INTERNAL };
      }
      if (writer === undefined || writer.durable) {
        send(response, wire);
        return;
      }
      // No answer, not even a read, shows a state that is not on disk yet.
      writer.flush().then(
        () => send(response, wire),
        () => {
          // A failed save (disk full, file removed) rolled the state back: nothing was done.
          send(response, errorResponse("InternalServiceError", NOT_SAVED, wire.headers["x-amzn-requestid"] ?? randomUUID()));
        },
      );
    });
  });
  server.on("clientError", (_error, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
  });

  const host = options.host ?? "127.0.0.1";
  await listen(server, host, options.port ?? 0);
  const port = (server.address() as AddressInfo).port;
  guard.port = port;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  endpoint = url;
  try {
    await lambdas.start();
  } catch (error) {
    await Promise.all([lambdas.close(), new Promise((resolve) => server.close(resolve)), writer?.close()]);
    throw error;
  }
  // Once the functions can call the emulator: the rotations a crash or a stop cut off run again.
  for (const waiting of emulator.resumeRotations()) {
    log?.(`rotation ${waiting.SecretId} left at ${waiting.Step}: no --lambda module for ${waiting.RotationLambdaARN}`);
  }

  return {
    url,
    host,
    port,
    emulator,
    rotationsSettled: async () => {
      await emulator.rotationsSettled();
    },
    close: async () => {
      // Running rotation functions call back over HTTP: let them finish first.
      await emulator.rotationsSettled();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await lambdas.close();
      await writer?.close();
    },
  };
}

const TOO_LARGE = JSON.stringify({ __type: "SerializationException", Message: "The request body is larger than 1 MiB." });
// AWS doc (Common Errors): "An error occurred on the server side." (docs/semantics/wire.md#internalserviceerror)
const NOT_SAVED = "An error occurred on the server side.";
const INTERNAL = JSON.stringify({ __type: "InternalServiceError", Message: "The emulator failed to handle the request." });

function flatHeaders(request: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

function send(response: ServerResponse, wire: WireResponse): void {
  if (response.headersSent || response.destroyed) return;
  response.writeHead(wire.status, { ...wire.headers, "content-length": Buffer.byteLength(wire.body) });
  response.end(wire.body);
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}
