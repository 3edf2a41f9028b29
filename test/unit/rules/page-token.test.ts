import { describe, expect, it } from "vitest";
import { decodePageToken, encodePageToken } from "../../../src/core/rules/page-token.ts";

describe("Page tokens", () => {
  it("give back the position they were issued with, for the same listing", () => {
    const token = encodePageToken("versions\narn:1\nfalse", "42");
    expect(decodePageToken("versions\narn:1\nfalse", token)).toBe("42");
  });

  it("are refused for another listing", () => {
    const token = encodePageToken("versions\narn:1\nfalse", "42");
    expect(decodePageToken("versions\narn:2\nfalse", token)).toBeUndefined();
  });

  it("are refused when any character of the body is changed", () => {
    const token = encodePageToken("scope", "3");
    const body = token.slice("smp1.".length);
    for (let i = 0; i < body.length - 1; i++) {
      const altered = `smp1.${body.slice(0, i)}${body[i] === "A" ? "B" : "A"}${body.slice(i + 1)}`;
      expect(decodePageToken("scope", altered)).toBeUndefined();
    }
  });

  it("are text that fits NextToken's 1..4096 characters", () => {
    const token = encodePageToken("scope", "99");
    expect(token.length).toBeGreaterThan(0);
    expect(token.length).toBeLessThanOrEqual(4096);
    expect(token).toMatch(/^[A-Za-z0-9._-]+$/);
  });
});
