// CreateSecret's Tags obey the rules TagResource does (AWS doc TagResource: "Maximum
// number of tags per secret: 50", aws: keys not counted; DEVIATIONS.md: a key given
// twice takes the last value, in the first key's place), so that no call can leave a
// secret with more than 50 tags or with one key twice.
import { describe, expect, it } from "vitest";
import { Driver } from "../../../src/index.ts";
import { failingCall } from "../support/failing-call.ts";

const tags = (n: number, prefix = "k") => Array.from({ length: n }, (_, i) => ({ Key: `${prefix}${i}`, Value: "v" }));

describe("CreateSecret with Tags", () => {
  it("past 50 tags fails with TagResource's InvalidParameterException and creates nothing", () => {
    const driver = new Driver();
    expect(failingCall(driver, "CreateSecret", { Name: "app/db", Tags: tags(51) })).toEqual({
      code: "InvalidParameterException",
      message: "You can't attach more than 50 tags to a secret.",
    });
  });

  it("accepts 50 tags, and tags with the aws: prefix do not count", () => {
    const driver = new Driver();
    driver.ok("CreateSecret", { Name: "app/db", Tags: [...tags(50), ...tags(3, "aws:")] });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).Tags).toHaveLength(53);
  });

  it("with a key given twice keeps one tag: the last value, in the first key's place", () => {
    const driver = new Driver();
    driver.ok("CreateSecret", {
      Name: "app/db",
      Tags: [{ Key: "env", Value: "dev" }, { Key: "team", Value: "core" }, { Key: "env", Value: "prod" }],
    });
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).Tags).toEqual([
      { Key: "env", Value: "prod" },
      { Key: "team", Value: "core" },
    ]);
  });
});
