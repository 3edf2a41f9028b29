// Secrets for the ListSecrets and BatchGetSecretValue tests, created one minute apart.
import { expect } from "vitest";
import { Driver, type Filter, type ListSecretsRequest, type Tag } from "../../../src/index.ts";

export interface SecretSpec {
  readonly Name: string;
  readonly Description?: string;
  readonly Tags?: readonly Tag[];
  /** Without a value when false. */
  readonly value?: boolean;
}

export const MINUTE = 60_000;

export function driverWith(secrets: readonly (SecretSpec | string)[]): Driver {
  const driver = new Driver();
  for (const spec of secrets) {
    const { value = true, ...request } = typeof spec === "string" ? { Name: spec } : spec;
    driver.ok("CreateSecret", {
      ...request,
      ...(value && { SecretString: `value of ${request.Name}`, ClientRequestToken: driver.token() }),
    });
    driver.advance(MINUTE);
  }
  return driver;
}

/** The names ListSecrets answers, after checking that the call changed nothing. */
export function listedNames(driver: Driver, request: ListSecretsRequest = {}): string[] {
  const before = driver.state;
  const names = driver.ok("ListSecrets", request).SecretList.map((entry) => entry.Name);
  expect(driver.state).toBe(before);
  return names;
}

/** The names one filter lists. */
export function filtered(driver: Driver, Key: string, Values: readonly string[]): string[] {
  const filter: Filter = { Key, Values };
  return listedNames(driver, { Filters: [filter] });
}

/** Every name, page after page. */
export function allPages(driver: Driver, request: ListSecretsRequest, pageSize: number): string[][] {
  const pages: string[][] = [];
  let token: string | undefined;
  do {
    const page = driver.ok("ListSecrets", { ...request, MaxResults: pageSize, ...(token && { NextToken: token }) });
    pages.push(page.SecretList.map((entry) => entry.Name));
    token = page.NextToken;
  } while (token !== undefined);
  return pages;
}
