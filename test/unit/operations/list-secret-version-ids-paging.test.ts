// ListSecretVersionIds paging: MaxResults and NextToken (AWS doc: "If there are
// more results available, in the response, Secrets Manager includes NextToken").
import { describe, expect, it } from "vitest";
import { Driver, type ListSecretVersionIdsRequest } from "../../../src/index.ts";
import { failingCall } from "../support/failing-call.ts";

function secretWithVersions(driver: Driver, name: string, count: number): string[] {
  const tokens = Array.from({ length: count }, () => driver.token());
  driver.ok("CreateSecret", { Name: name, SecretString: "v0", ClientRequestToken: tokens[0]! });
  tokens.slice(1).forEach((ClientRequestToken, i) => {
    driver.ok("PutSecretValue", { SecretId: name, SecretString: `v${i + 1}`, ClientRequestToken });
  });
  return tokens;
}

/** Every page of a listing, following NextToken. */
function allPages(driver: Driver, request: ListSecretVersionIdsRequest): string[][] {
  const pages: string[][] = [];
  let NextToken: string | undefined;
  do {
    const page = driver.ok("ListSecretVersionIds", { ...request, ...(NextToken !== undefined && { NextToken }) });
    pages.push(page.Versions.map((v) => v.VersionId));
    NextToken = page.NextToken;
  } while (NextToken !== undefined && pages.length < 100);
  return pages;
}

const INVALID_NEXT_TOKEN = { code: "InvalidNextTokenException", message: "The NextToken value is invalid." };

describe("ListSecretVersionIds paging", () => {
  it("with MaxResults walks every version exactly once, in pages of that size", () => {
    const driver = new Driver();
    const tokens = secretWithVersions(driver, "app/db", 8);
    const pages = allPages(driver, { SecretId: "app/db", IncludeDeprecated: true, MaxResults: 3 });
    expect(pages.map((p) => p.length)).toEqual([3, 3, 2]);
    expect(pages.flat()).toEqual(tokens);
  });

  it("without IncludeDeprecated pages over the labelled versions only", () => {
    const driver = new Driver();
    const tokens = secretWithVersions(driver, "app/db", 8);
    const pages = allPages(driver, { SecretId: "app/db", MaxResults: 1 });
    expect(pages).toEqual([[tokens[6]], [tokens[7]]]);
  });

  it("answers no NextToken when the page holds the last version", () => {
    const driver = new Driver();
    secretWithVersions(driver, "app/db", 3);
    const page = driver.ok("ListSecretVersionIds", { SecretId: "app/db", IncludeDeprecated: true, MaxResults: 3 });
    expect(page).not.toHaveProperty("NextToken");
  });

  it.each(["garbage", "smp1.", "smp1.MTAK", "smp1.!!!"])("with the forged NextToken %j fails with InvalidNextTokenException", (NextToken) => {
    const driver = new Driver();
    secretWithVersions(driver, "app/db", 3);
    expect(failingCall(driver, "ListSecretVersionIds", { SecretId: "app/db", NextToken })).toEqual(INVALID_NEXT_TOKEN);
  });

  it("with an altered NextToken fails with InvalidNextTokenException", () => {
    const driver = new Driver();
    secretWithVersions(driver, "app/db", 5);
    const request = { SecretId: "app/db", IncludeDeprecated: true, MaxResults: 2 };
    const token = driver.ok("ListSecretVersionIds", request).NextToken!;
    const at = "smp1.".length + 1;
    const altered = token.slice(0, at) + (token[at] === "A" ? "B" : "A") + token.slice(at + 1);
    expect(failingCall(driver, "ListSecretVersionIds", { ...request, NextToken: altered })).toEqual(INVALID_NEXT_TOKEN);
  });

  it("with a NextToken issued for another secret fails with InvalidNextTokenException", () => {
    const driver = new Driver();
    secretWithVersions(driver, "app/a", 5);
    secretWithVersions(driver, "app/b", 5);
    const fromA = driver.ok("ListSecretVersionIds", { SecretId: "app/a", IncludeDeprecated: true, MaxResults: 2 }).NextToken!;
    const request = { SecretId: "app/b", IncludeDeprecated: true, NextToken: fromA };
    expect(failingCall(driver, "ListSecretVersionIds", request)).toEqual(INVALID_NEXT_TOKEN);
  });

  it("with a NextToken issued for a listing with IncludeDeprecated fails without it", () => {
    const driver = new Driver();
    secretWithVersions(driver, "app/db", 5);
    const NextToken = driver.ok("ListSecretVersionIds", { SecretId: "app/db", IncludeDeprecated: true, MaxResults: 2 }).NextToken!;
    expect(failingCall(driver, "ListSecretVersionIds", { SecretId: "app/db", NextToken })).toEqual(INVALID_NEXT_TOKEN);
  });
});
