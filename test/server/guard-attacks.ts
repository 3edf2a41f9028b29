// Requests as a hostile web page makes them: a cross-site "simple" POST (Content-Type
// text/plain, an Origin of another site), or, after DNS rebinding, a request whose Host header
// is the page's own name. node:http lets the test set the Host header itself.
import { request as httpRequest } from "node:http";

export interface RawAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly text: string;
}

/** One request to 127.0.0.1:`port` with exactly these headers (Host included). */
export function rawRequest(port: number, method: string, path: string, headers: Record<string, string>, body: string | Buffer = ""): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const sent = httpRequest(
      { host: "127.0.0.1", port, method, path, setHost: false, headers: { ...headers, "content-length": Buffer.byteLength(body) } },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }));
      },
    );
    sent.on("error", reject);
    sent.end(body);
  });
}

/** Every kind of path the server has: AWS calls, each control route, and one it does not have. */
export const EVERY_PATH: readonly { readonly method: string; readonly path: string; readonly body: string; readonly target?: string }[] = [
  { method: "POST", path: "/", body: '{"SecretId":"guarded"}', target: "secretsmanager.GetSecretValue" },
  { method: "POST", path: "/", body: '{"SecretId":"guarded","ForceDeleteWithoutRecovery":true}', target: "secretsmanager.DeleteSecret" },
  { method: "GET", path: "/_emulator/state", body: "" },
  { method: "PUT", path: "/_emulator/state", body: '{"version":1,"clockOffsetMs":0,"accounts":{}}' },
  { method: "POST", path: "/_emulator/state", body: '{"version":1,"clockOffsetMs":0,"accounts":{}}' },
  { method: "POST", path: "/_emulator/reset", body: "" },
  { method: "GET", path: "/_emulator/clock", body: "" },
  { method: "POST", path: "/_emulator/clock/advance", body: '{"days":400}' },
  { method: "POST", path: "/_emulator/clock/set", body: '{"now":"2040-01-01T00:00:00Z"}' },
  { method: "GET", path: "/_emulator/rotations", body: "" },
  { method: "GET", path: "/_emulator/health", body: "" },
  { method: "GET", path: "/_emulator/console", body: "" },
  { method: "GET", path: "/_emulator/console/api/overview", body: "" },
  { method: "POST", path: "/_emulator/console/api/secrets", body: '{"accountId":"000000000000","region":"us-east-1","request":{}}' },
  { method: "POST", path: "/_emulator/console/api/reveal", body: '{"arn":"arn:aws:secretsmanager:us-east-1:000000000000:secret:guarded-AAAAAA","versionId":"x"}' },
  { method: "GET", path: "/console/", body: "" },
];
