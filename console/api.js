// Every request the page sends goes here: to this origin only, with the control token when the
// user gave one (kept in sessionStorage, never in a URL), and Content-Type: application/json on
// each request with a body, as the emulator requires of requests that change its state.

const TOKEN_KEY = "secrets-manager-emulator.control-token";

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
  }
}

export function controlToken() {
  return sessionStorage.getItem(TOKEN_KEY) ?? "";
}

export function setControlToken(token) {
  if (token === "") sessionStorage.removeItem(TOKEN_KEY);
  else sessionStorage.setItem(TOKEN_KEY, token);
}

/** Sends a request to the emulator; resolves with the parsed JSON answer, or rejects with an ApiError. */
export async function call(method, path, body) {
  const headers = { accept: "application/json" };
  const token = controlToken();
  if (token !== "") headers.authorization = `Bearer ${token}`;
  const init = { method, headers, cache: "no-store", credentials: "same-origin", redirect: "error", referrerPolicy: "no-referrer" };
  if (method !== "GET") {
    headers["content-type"] = "application/json";
    init.body = JSON.stringify(body ?? {});
  }
  const response = await fetch(path, init);
  const text = await response.text();
  let data;
  try {
    data = text === "" ? {} : JSON.parse(text);
  } catch {
    data = { error: text };
  }
  if (!response.ok) {
    const { code, message } = describeError(data, response.status);
    throw new ApiError(response.status, code, message);
  }
  return data;
}

/** The code and message of any of the emulator's error shapes (console API, control endpoint, guard, AWS). */
function describeError(data, status) {
  const error = data?.error;
  if (error !== null && typeof error === "object") return { code: String(error.code ?? status), message: String(error.message ?? "") };
  if (typeof error === "string") return { code: String(status), message: error };
  const code = String(data?.__type ?? status).replace(/^.*#/, "");
  return { code, message: String(data?.message ?? data?.Message ?? `The emulator answered ${status}.`) };
}

export const api = {
  overview: () => call("GET", "/_emulator/console/api/overview"),
  listSecrets: (accountId, region, request) => call("POST", "/_emulator/console/api/secrets", { accountId, region, request }),
  secret: (arn) => call("GET", `/_emulator/console/api/secret?arn=${encodeURIComponent(arn)}`),
  reveal: (arn, versionId) => call("POST", "/_emulator/console/api/reveal", { arn, versionId }),
  requests: () => call("GET", "/_emulator/console/api/requests"),
  rotations: () => call("GET", "/_emulator/rotations"),
  clock: () => call("GET", "/_emulator/clock"),
  advance: (amount) => call("POST", "/_emulator/clock/advance", amount),
  setClock: (now) => call("POST", "/_emulator/clock/set", { now }),
  reset: () => call("POST", "/_emulator/reset", {}),
  exportState: () => call("GET", "/_emulator/state"),
  importState: (snapshot) => call("PUT", "/_emulator/state", snapshot),
};
