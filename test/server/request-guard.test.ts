// The request guard and the control token, as pure checks: which Host, Origin and Content-Type
// headers a request may carry, and who may use the control endpoint.
import { fc, test as property } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { controlAccess, type ControlAccessPolicy } from "../../src/server/control-access.ts";
import { isLoopbackName, parseAuthority } from "../../src/server/host-names.ts";
import { guardRequest, type GuardPolicy } from "../../src/server/request-guard.ts";

const POLICY: GuardPolicy = { host: "127.0.0.1", port: 4599, allowedHosts: ["secrets", "proxy.internal:8080"] };
const PATHS = ["/", "/_emulator/state", "/_emulator/reset", "/_emulator/clock/advance", "/_emulator/health", "/console", "/_emulator"];

function guard(headers: Record<string, string>, method = "POST", path = "/") {
  return guardRequest({ method, path, headers: { "content-type": "application/json", ...headers } }, POLICY);
}

describe("host names", () => {
  it.each([
    ["localhost:4599", { name: "localhost", port: 4599 }],
    ["LOCALHOST.", { name: "localhost" }],
    ["[::1]:4599", { name: "::1", port: 4599 }],
    ["127.0.0.1", { name: "127.0.0.1" }],
  ])("%s is read as %j", (text, authority) => {
    expect(parseAuthority(text)).toEqual(authority);
  });

  it.each(["", "a:b:c", "[nothost]:1", "host:99999", "user@host", "host/path", "[::1"])("%j is no host name", (text) => {
    expect(parseAuthority(text)).toBeUndefined();
  });

  it.each(["localhost", "app.localhost", "127.0.0.1", "127.8.9.10", "::1", "[::1]"])("%s stays on this machine", (name) => {
    expect(isLoopbackName(name)).toBe(true);
  });

  it.each(["localhost.evil.example", "128.0.0.1", "0.0.0.0", "::", "10.0.0.1", "evil.example"])("%s does not", (name) => {
    expect(isLoopbackName(name)).toBe(false);
  });
});

describe("the Host header", () => {
  it.each(["127.0.0.1:4599", "localhost:4599", "[::1]:4599", "app.localhost:4599", "secrets", "secrets:4599", "secrets:80", "proxy.internal:8080"])(
    "%s is answered",
    (host) => {
      expect(guard({ host })).toBeUndefined();
    },
  );

  it.each(["evil.example:4599", "localhost:4600", "localhost", "proxy.internal:4599", "127.0.0.1.nip.io:4599", "0.0.0.0:4599"])(
    "%s is refused with 403, naming the option that would allow it",
    (host) => {
      const refused = guard({ host });
      expect(refused?.status).toBe(403);
      expect(refused?.why).toContain(JSON.stringify(host));
      expect(refused?.allow).toContain("--allowed-host");
    },
  );

  it("a request without a Host header is refused", () => {
    expect(guard({})?.status).toBe(403);
  });

  it("the --host value the emulator listens on is a name it answers to", () => {
    const policy = { ...POLICY, host: "0.0.0.0" };
    expect(guardRequest({ method: "GET", path: "/_emulator/clock", headers: { host: "0.0.0.0:4599" } }, policy)).toBeUndefined();
  });

  property.prop([fc.domain(), fc.constantFrom(...PATHS), fc.constantFrom("GET", "POST", "PUT", "DELETE")])(
    "a name that is neither this machine's nor allowed is refused on every path and method",
    (name, path, method) => {
      fc.pre(!isLoopbackName(name) && name !== "secrets" && name !== "proxy.internal");
      expect(guard({ host: `${name}:4599` }, method, path)?.status).toBe(403);
    },
  );
});

describe("the Origin header", () => {
  it.each(["http://localhost:4599", "http://127.0.0.1:4599", "http://secrets:3000", "https://proxy.internal:8080"])("a page of %s is answered", (origin) => {
    expect(guard({ host: "localhost:4599", origin })).toBeUndefined();
  });

  it.each(["https://evil.example", "http://localhost:3000", "null", "file://", "http://localhost:4599/path"])("a page of %s is refused", (origin) => {
    const refused = guard({ host: "localhost:4599", origin });
    expect(refused?.status).toBe(403);
    expect(refused?.why).toContain("Origin");
  });
});

describe("the Content-Type of a control request that changes state", () => {
  it.each(["POST", "PUT", "DELETE"])("%s without application/json is refused", (method) => {
    for (const contentType of [undefined, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const headers: Record<string, string | undefined> = { host: "localhost:4599", "content-type": contentType };
      const refused = guardRequest({ method, path: "/_emulator/reset", headers }, POLICY);
      expect(refused?.status).toBe(403);
      expect(refused?.allow).toContain("content-type: application/json");
    }
  });

  it("application/json, with a charset or in capitals, is answered; so is a read without any", () => {
    expect(guard({ host: "localhost:4599", "content-type": "Application/JSON; charset=utf-8" }, "PUT", "/_emulator/state")).toBeUndefined();
    expect(guardRequest({ method: "GET", path: "/_emulator/state", headers: { host: "localhost:4599" } }, POLICY)).toBeUndefined();
  });
});

describe("the control token", () => {
  const TOKEN = "a-control-token-of-some-length";
  const loopback: ControlAccessPolicy = { host: "127.0.0.1", verifySignatures: false };

  it("is not needed on loopback without --verify-signatures, nor for AWS calls", () => {
    expect(controlAccess("GET", "/_emulator/state", undefined, loopback)).toBeUndefined();
    expect(controlAccess("POST", "/", undefined, { ...loopback, host: "0.0.0.0" })).toBeUndefined();
  });

  it.each([
    [{ host: "0.0.0.0", verifySignatures: false }, "listens on 0.0.0.0"],
    [{ host: "192.168.1.20", verifySignatures: false }, "listens on 192.168.1.20"],
    [{ host: "::", verifySignatures: false }, "listens on ::"],
    [{ host: "127.0.0.1", verifySignatures: true }, "--verify-signatures"],
  ])("without one, the endpoint is off (403) when %j, saying why", (policy, because) => {
    const refused = controlAccess("GET", "/_emulator/state", undefined, policy);
    expect(refused?.status).toBe(403);
    expect(refused?.why).toContain(because);
    expect(refused?.allow).toContain("--control-token-file");
  });

  it("GET /_emulator/health stays open", () => {
    expect(controlAccess("GET", "/_emulator/health", undefined, { host: "0.0.0.0", verifySignatures: true })).toBeUndefined();
  });

  it.each([
    [undefined, 401],
    ["Bearer wrong", 401],
    [`Bearer ${TOKEN}x`, 401],
    [`Basic ${TOKEN}`, 401],
    [TOKEN, 401],
    [`Bearer ${TOKEN}`, undefined],
    [`bearer   ${TOKEN}`, undefined],
  ])("once configured, Authorization %j gets %s", (authorization, status) => {
    for (const policy of [{ ...loopback, token: TOKEN }, { host: "0.0.0.0", verifySignatures: true, token: TOKEN }]) {
      expect(controlAccess("POST", "/_emulator/reset", authorization, policy)?.status).toBe(status);
    }
  });
});
