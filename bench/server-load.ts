// A keep-alive HTTP client that keeps a fixed number of AWS JSON 1.1 requests in flight, and
// the servers the emulator is measured against. Used by server.bench.ts.
import { spawn, type ChildProcess } from "node:child_process";
import { Agent, request } from "node:http";

export const CONCURRENCY = 8;

export interface Target {
  readonly port: number;
  readonly agent: Agent;
}

export function target(url: string): Target {
  return { port: Number(new URL(url).port), agent: new Agent({ keepAlive: true, maxSockets: CONCURRENCY }) };
}

function post(to: Target, operation: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: "127.0.0.1",
        port: to.port,
        method: "POST",
        path: "/",
        agent: to.agent,
        headers: {
          "content-type": "application/x-amz-json-1.1",
          "x-amz-target": `secretsmanager.${operation}`,
          "content-length": Buffer.byteLength(body),
        },
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
        response.on("error", reject);
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

/** Sends `count` requests, `CONCURRENCY` at a time; throws on the first answer that is not 200. */
export async function load(to: Target, count: number, operation: string, body: (i: number) => string): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const i = next++;
      const status = await post(to, operation, body(i));
      if (status !== 200) throw new Error(`${operation} #${i} answered HTTP ${status}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

export async function send(to: Target, operation: string, body: unknown): Promise<void> {
  const status = await post(to, operation, JSON.stringify(body));
  if (status !== 200) throw new Error(`${operation} answered HTTP ${status}`);
}

/** The baseline: a bare Node http server that reads each request and answers a fixed body. */
const BARE_SERVER = `
const body = JSON.stringify({ ARN: "arn:aws:secretsmanager:us-east-1:000000000000:secret:bench-AbCdEf", Name: "bench", SecretString: "value", VersionId: "00000000-0000-0000-0000-000000000001", VersionStages: ["AWSCURRENT"], CreatedDate: 1767225600 });
const server = require("node:http").createServer({ keepAlive: true }, (req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/x-amz-json-1.1", "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
});
server.listen(0, "127.0.0.1", () => console.log("listening on http://127.0.0.1:" + server.address().port));
`;

export interface Child {
  readonly process: ChildProcess;
  readonly url: string;
}

/** Starts a server process and resolves with the URL it prints. */
export function startProcess(args: readonly string[]): Promise<Child> {
  const child = spawn(process.execPath, [...args], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1] !== undefined) resolve({ process: child, url: match[1] });
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

export function startBareServer(): Promise<Child> {
  return startProcess(["-e", BARE_SERVER]);
}

/**
 * Requests per second of each side, measured in alternating rounds (a, b, b, a, …) so that a
 * change in the machine's load during the run weighs on both sides alike.
 */
export async function pairedRps(
  rounds: number,
  count: number,
  a: (round: number) => Promise<void>,
  b: (round: number) => Promise<void>,
): Promise<{ a: number; b: number }> {
  let timeA = 0;
  let timeB = 0;
  const timed = async (run: (round: number) => Promise<void>, round: number): Promise<number> => {
    const started = performance.now();
    await run(round);
    return performance.now() - started;
  };
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      timeA += await timed(a, round);
      timeB += await timed(b, round);
    } else {
      timeB += await timed(b, round);
      timeA += await timed(a, round);
    }
  }
  return { a: (rounds * count * 1000) / timeA, b: (rounds * count * 1000) / timeB };
}
