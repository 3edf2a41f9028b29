// A test endpoint that answers like the emulator except for one injected deviation,
// of the kinds emulators are known for: a label left on two versions after a move,
// a wrong error code, pruning at 100 versions without the 24-hour rule, an
// unsorted listing. It serves the emulator's control endpoint too (its clock).
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { Emulator, type WireResponse } from "../../src/emulator/emulator.ts";
import { handleControl, isControlPath } from "../../src/server/control.ts";

type Body = Record<string, unknown>;

interface Exchange {
  readonly operation: string;
  readonly request: Body;
  readonly response: WireResponse;
  readonly emulator: Emulator;
  /** The same request again, as the emulator answers it now. */
  readonly again: () => WireResponse;
}

export type Deviation = (exchange: Exchange) => WireResponse;

const HOUR_MS = 3_600_000;

function withBody(response: WireResponse, change: (body: Body) => Body): WireResponse {
  return { ...response, body: JSON.stringify(change(JSON.parse(response.body) as Body)) };
}

/**
 * UpdateSecretVersionStage moves a label but leaves it on the version it came from too,
 * as DescribeSecret, ListSecretVersionIds and GetSecretValue show it.
 */
export function labelLeftOnTwoVersions(): Deviation {
  const left = new Map<string, { label: string; versionId: string }[]>();
  const addTo = (held: unknown, label: string): string[] => {
    const stages = Array.isArray(held) ? (held as string[]) : [];
    return stages.includes(label) ? stages : [...stages, label];
  };
  return ({ operation, request, response }) => {
    if (response.status !== 200) return response;
    const arn = String((JSON.parse(response.body) as Body)["ARN"]);
    const { RemoveFromVersionId: from, MoveToVersionId: to, VersionStage: label } = request;
    if (operation === "UpdateSecretVersionStage" && typeof from === "string" && typeof to === "string" && from !== to) {
      left.set(arn, [...(left.get(arn) ?? []), { label: String(label), versionId: from }]);
    }
    const ghosts = left.get(arn) ?? [];
    if (ghosts.length === 0) return response;
    return withBody(response, (body) => {
      if (operation === "DescribeSecret") {
        const stages = { ...(body["VersionIdsToStages"] as Record<string, string[]> | undefined) };
        for (const ghost of ghosts) stages[ghost.versionId] = addTo(stages[ghost.versionId], ghost.label);
        return { ...body, VersionIdsToStages: stages };
      }
      if (operation === "ListSecretVersionIds") {
        const versions = (body["Versions"] as Body[]).map((version) => {
          const mine = ghosts.filter((ghost) => ghost.versionId === version["VersionId"]);
          return mine.reduce((v, ghost) => ({ ...v, VersionStages: addTo(v["VersionStages"], ghost.label) }), version);
        });
        return { ...body, Versions: versions };
      }
      if (operation === "GetSecretValue") {
        const mine = ghosts.filter((ghost) => ghost.versionId === body["VersionId"]);
        return mine.reduce((b, ghost) => ({ ...b, VersionStages: addTo(b["VersionStages"], ghost.label) }), body);
      }
      return body;
    });
  };
}

/** GetSecretValue of a secret scheduled for deletion answers ResourceNotFoundException instead of InvalidRequestException. */
export function wrongErrorCode(): Deviation {
  return ({ operation, response }) => {
    if (operation !== "GetSecretValue" || response.status !== 400) return response;
    const body = JSON.parse(response.body) as Body;
    if (body["__type"] !== "InvalidRequestException" || !String(body["Message"]).includes("marked for deletion")) return response;
    return { ...response, headers: { ...response.headers, "x-amzn-errortype": "ResourceNotFoundException" }, body: JSON.stringify({ ...body, __type: "ResourceNotFoundException" }) };
  };
}

/** A write past 100 versions prunes the oldest unlabelled ones however young they are, instead of failing. */
export function pruningWithout24Hours(): Deviation {
  return ({ response, emulator, again }) => {
    if (response.status !== 400 || !response.body.includes("LimitExceededException") || !response.body.includes("100 versions")) return response;
    // Seen from a day later, every unlabelled version may be pruned.
    emulator.advanceTime(25 * HOUR_MS);
    try {
      return again();
    } finally {
      emulator.advanceTime(-25 * HOUR_MS);
    }
  };
}

/** ListSecrets answers its page in reverse order. */
export function unsortedListing(): Deviation {
  return ({ operation, response }) => {
    if (operation !== "ListSecrets" || response.status !== 200) return response;
    return withBody(response, (body) => ({ ...body, SecretList: [...(body["SecretList"] as unknown[]).reverse()] }));
  };
}

export interface DeviatingServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function startDeviatingServer(deviation: Deviation): Promise<DeviatingServer> {
  // As the emulator server without --lambda: no rotation function can be invoked.
  const emulator = new Emulator({ invocableLambdaArns: () => [] });
  const hooks = { changed: () => undefined, rotations: () => [] };
  const server = createServer({ keepAlive: true }, (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const path = incoming.url ?? "/";
      let answer: WireResponse;
      if (isControlPath(path)) {
        const control = handleControl(emulator, hooks, incoming.method ?? "GET", path, body);
        answer = { status: control.status, headers: { "content-type": "application/json" }, body: JSON.stringify(control.body) };
      } else {
        const wire = { method: incoming.method ?? "POST", path, headers: headersOf(incoming), body };
        const operation = String(incoming.headers["x-amz-target"] ?? "").split(".")[1] ?? "";
        const again = () => emulator.handle(wire).response;
        answer = deviation({ operation, request: JSON.parse(body || "{}") as Body, response: again(), emulator, again });
      }
      outgoing.writeHead(answer.status, { ...answer.headers, "content-length": Buffer.byteLength(answer.body) });
      outgoing.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

function headersOf(incoming: IncomingMessage): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(incoming.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(", ") : value]));
}
