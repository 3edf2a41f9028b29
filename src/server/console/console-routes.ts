// The web console at /_emulator/console: its files (plain HTML, CSS and ES modules from the
// package's console/ folder) and its JSON API. The page loads nothing from anywhere else, and the
// Content-Security-Policy says so to the browser; no answer may be framed or read by another site.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { WireResponse } from "../../emulator/emulator.ts";
import { answerApi, type ConsoleSources } from "./console-api.ts";

export const CONSOLE_PATH = "/_emulator/console";
const API_PREFIX = `${CONSOLE_PATH}/api/`;

/** console/ at the package root: two folders up from src/server/console/ and from dist/server/console/. */
export const CONSOLE_FILES = fileURLToPath(new URL("../../../console/", import.meta.url));

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  svg: "image/svg+xml",
};

// Scripts, styles and requests of this origin only; no inline script, no frame, no form target.
const POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const COMMON_HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "cross-origin-resource-policy": "same-origin",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
};

/** The path without its query. */
function routeOf(url: string): string {
  const query = url.indexOf("?");
  return query === -1 ? url : url.slice(0, query);
}

export function isConsolePath(url: string): boolean {
  const route = routeOf(url);
  return route === CONSOLE_PATH || route.startsWith(`${CONSOLE_PATH}/`);
}

/** A request for one of the console's files: they hold no data, so they need no control token. */
export function isConsoleFile(method: string, url: string): boolean {
  const upper = method.toUpperCase();
  return (upper === "GET" || upper === "HEAD") && isConsolePath(url) && !routeOf(url).startsWith(API_PREFIX);
}

export function answerConsole(sources: ConsoleSources, method: string, url: string, body: string, files = CONSOLE_FILES): WireResponse {
  const route = routeOf(url);
  if (route.startsWith(API_PREFIX)) {
    const query = new URLSearchParams(url.slice(route.length + 1));
    const answer = answerApi(sources, method.toUpperCase(), route.slice(API_PREFIX.length), query, body);
    return json(answer.status, answer.body);
  }
  if (!isConsoleFile(method, url)) return json(405, { error: { code: "MethodNotAllowed", message: "The console's files are read with GET." } });
  const name = route === CONSOLE_PATH || route === `${CONSOLE_PATH}/` ? "index.html" : route.slice(CONSOLE_PATH.length + 1);
  const extension = /^[a-z0-9-]+\.([a-z]+)$/.exec(name)?.[1];
  const type = extension === undefined ? undefined : CONTENT_TYPES[extension];
  const text = type === undefined ? undefined : readAsset(files, name);
  if (type === undefined || text === undefined) return json(404, { error: { code: "NotFound", message: `The console has no file ${name}.` } });
  return {
    status: 200,
    headers: { ...COMMON_HEADERS, "content-type": type, "cache-control": "no-cache", "content-security-policy": POLICY },
    body: text,
  };
}

function readAsset(files: string, name: string): string | undefined {
  try {
    return readFileSync(`${files}${name}`, "utf8");
  } catch {
    return undefined;
  }
}

/** API answers are never cached: one of them may hold a value the user asked to reveal. */
function json(status: number, body: unknown): WireResponse {
  return {
    status,
    headers: { ...COMMON_HEADERS, "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
    body: JSON.stringify(body),
  };
}
