// Tag lists far longer than a secret can hold: TagListType and TagKeyListType
// have no length limit in the API model, so one request can carry tens of
// thousands of tags (the emulator's 1 MiB body; bench/request-size.bench.ts).
import { describe, expect, it } from "vitest";
import { expectRefused, withSecret } from "./lifecycle-fixtures.ts";

const TOO_MANY = "You can't attach more than 50 tags to a secret.";
const tags = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => ({ Key: `${prefix}${i}`, Value: `v${i}` }));

describe("TagResource and UntagResource with long lists", () => {
  it("TagResource naming a key twice keeps the last value, in the place the key first took", () => {
    const { driver } = withSecret();
    driver.ok("TagResource", {
      SecretId: "app/db",
      Tags: [{ Key: "a", Value: "1" }, { Key: "b", Value: "2" }, { Key: "a", Value: "3" }],
    });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).Tags).toEqual([
      { Key: "a", Value: "3" },
      { Key: "b", Value: "2" },
    ]);
  });

  it("TagResource with 20,000 tags is refused by the 50-tag quota and changes nothing", () => {
    const { driver } = withSecret();
    const before = driver.state;
    expectRefused(driver.call("TagResource", { SecretId: "app/db", Tags: tags(20_000, "k") }), before, "InvalidParameterException", TOO_MANY);
  });

  it("CreateSecret with 20,000 tags is refused by the 50-tag quota", () => {
    const { driver } = withSecret();
    const before = driver.state;
    expectRefused(driver.call("CreateSecret", { Name: "other", Tags: tags(20_000, "k") }), before, "InvalidParameterException", TOO_MANY);
  });

  it("UntagResource of 20,000 keys, some named twice and most absent, removes each named tag", () => {
    const { driver } = withSecret();
    driver.ok("TagResource", { SecretId: "app/db", Tags: tags(50, "k") });
    const keys = [...tags(20_000, "k").map((tag) => tag.Key), "k7", "absent"];
    driver.ok("UntagResource", { SecretId: "app/db", TagKeys: keys.filter((key) => key !== "k49") });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).Tags).toEqual([{ Key: "k49", Value: "v49" }]);
  });
});
