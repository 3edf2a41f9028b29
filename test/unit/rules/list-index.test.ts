import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { DAY_MS, getOwn } from "../../../src/index.ts";
import { sortedIndex } from "../../../src/core/rules/list-index.ts";
import { buildIndex, compareKeys, positionAfter, positionOf, type SortKey } from "../../../src/core/rules/list-sort.ts";
import { driverWith, MINUTE } from "../operations/list-secrets-fixture.ts";

const tableOf = (driver: ReturnType<typeof driverWith>) => getOwn(driver.state.regions, driver.region)!.secrets;

describe("the sorted index of ListSecrets", () => {
  it("is built once per version of a region's secrets and rebuilt after a write", () => {
    const driver = driverWith(["b", "a"]);
    const index = sortedIndex(tableOf(driver), "name");
    expect(sortedIndex(tableOf(driver), "name")).toBe(index);
    expect(index.map((entry) => entry.secret.Name)).toEqual(["a", "b"]);
    driver.advance(MINUTE);
    driver.ok("CreateSecret", { Name: "0" });
    const rebuilt = sortedIndex(tableOf(driver), "name");
    expect(rebuilt).not.toBe(index);
    expect(rebuilt.map((entry) => entry.secret.Name)).toEqual(["0", "a", "b"]);
  });

  it("is not stored in the state", () => {
    const driver = driverWith(["a"]);
    const before = JSON.stringify(driver.state);
    sortedIndex(tableOf(driver), "created-date");
    expect(JSON.stringify(driver.state)).toBe(before);
  });

  it("orders a secret never accessed before every accessed one", () => {
    expect(compareKeys([null, "z"], [0, "a"])).toBeLessThan(0);
    expect(compareKeys([5, "a"], [5, "b"])).toBeLessThan(0);
    expect(compareKeys([5, "b"], [5, "b"])).toBe(0);
  });

  const keys = fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.constantFrom("a", "b", "c")), { maxLength: 30 });

  test.prop([keys, fc.tuple(fc.integer({ min: -1, max: 6 }), fc.constantFrom("a", "b", "c", ""))])(
    "finds by binary search the same positions as counting keys below and up to a key",
    (raw, probe) => {
      const sorted = [...raw].sort(compareKeys).map((key) => ({ key: key as SortKey, secret: undefined as never }));
      const key = probe as SortKey;
      expect(positionOf(sorted, key)).toBe(raw.filter((k) => compareKeys(k, key) < 0).length);
      expect(positionAfter(sorted, key)).toBe(raw.filter((k) => compareKeys(k, key) <= 0).length);
    },
  );
});

describe("the sorted index after writes", () => {
  const target = { n: fc.integer({ min: 0, max: 30 }), wait: fc.constantFrom(0, MINUTE, DAY_MS) };
  const step = fc.oneof(
    fc.record({ kind: fc.constant("create" as const), ...target }),
    fc.record({ kind: fc.constant("describe" as const), ...target }),
    fc.record({ kind: fc.constant("read" as const), ...target }),
    fc.record({ kind: fc.constant("list" as const), ...target }),
  );
  const sortKeys = ["created-date", "last-accessed-date", "last-changed-date", "name"] as const;

  test.prop([fc.array(step, { maxLength: 40 })], { numRuns: 60 })(
    "is the same as an index sorted from scratch, whatever writes came between listings",
    (steps) => {
      const driver = driverWith([]);
      for (const { kind, n, wait } of steps) {
        driver.advance(wait);
        const name = `s${n}`;
        if (kind === "create") driver.call("CreateSecret", { Name: name, SecretString: "v", ClientRequestToken: driver.token() });
        if (kind === "describe") driver.call("UpdateSecret", { SecretId: name, Description: `d${driver.now}` });
        if (kind === "read") driver.call("GetSecretValue", { SecretId: name });
        if (kind === "list" && getOwn(driver.state.regions, driver.region)) {
          const by = sortKeys[n % 4]!;
          const table = tableOf(driver);
          const expected = buildIndex(table, by);
          const actual = sortedIndex(table, by);
          expect(actual.map((entry) => entry.key)).toEqual(expected.map((entry) => entry.key));
          expect(actual.every((entry, i) => entry.secret === expected[i]!.secret)).toBe(true);
        }
      }
    },
  );
});
