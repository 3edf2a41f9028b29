import { describe, expect, it } from "vitest";
import { parseScheduleExpression } from "../../../src/core/rules/schedule-expression.ts";
import { nextRotationDate } from "../../../src/core/rules/schedule-next.ts";
import { checkRotationRules } from "../../../src/core/rules/schedule-rules.ts";

const at = (iso: string) => Date.parse(iso);
const iso = (time: number | undefined) => (time === undefined ? undefined : new Date(time).toISOString());
const check = (rules: object) => checkRotationRules(rules, at("2026-01-01T00:00:00Z"));
const codeOf = (value: unknown) => (value as { code?: string } | undefined)?.code;

describe("RotationRules schedule expressions (User Guide, rotate-secrets_schedule)", () => {
  it.each(["rate(4 hours)", "rate(1 day)", "rate(10 days)", "rate(999 days)", "rate(12 hour)"])("accepts %s", (e) => {
    expect(parseScheduleExpression(e)).toBeDefined();
  });

  it.each([
    "cron(0 16 1,15 * ? *)",
    "cron(0 4/12 * * ? *)",
    "cron(0 8 1/7 * ? *)",
    "cron(0 0 ? * SUN#1 *)",
    "cron(0 16 L * ? *)",
    "cron(0 10 ? FEB,MAY,AUG,NOV TUE#2 *)",
    "cron(0 12 ? * 6L *)",
    "cron(0 0 ? * MON-FRI *)",
  ])("accepts %s", (e) => {
    expect(parseScheduleExpression(e)).toBeDefined();
  });

  it.each([
    ["rate(3 hours)", "more often than every four hours"],
    ["rate(1000 days)", "more than 999 days"],
    ["rate(0 days)", "zero"],
    ["rate(1 week)", "a unit other than hours and days"],
    ["cron(30 4 * * ? *)", "minutes other than 0"],
    ["cron(0 4 * * ? 2027)", "a year other than *"],
    ["cron(0 4 * * * *)", "both day fields set"],
    ["cron(0 4 ? * ? *)", "neither day field set"],
    ["cron(0 24 * * ? *)", "hour 24"],
    ["cron(0 4 * *)", "four fields"],
    ["every day", "no rate() or cron()"],
  ])("refuses %s (%s)", (e) => {
    expect(parseScheduleExpression(e)).toBeUndefined();
  });
});

describe("RotateSecret's RotationRules checks", () => {
  it("refuses AutomaticallyAfterDays with ScheduleExpression with AWS's text", () => {
    expect(check({ AutomaticallyAfterDays: 1, ScheduleExpression: "rate(1 day)" })).toEqual({
      code: "InvalidParameterException",
      message: "You cannot specify both rotation frequency and schedule expression together.",
    });
  });

  it("refuses a cron that fires more often than every four hours", () => {
    expect(codeOf(check({ ScheduleExpression: "cron(0 0,2 * * ? *)" }))).toBe("InvalidParameterException");
    expect(codeOf(check({ ScheduleExpression: "cron(0 0,22 * * ? *)" }))).toBe("InvalidParameterException");
  });

  it("refuses a cron that never fires within a year", () => {
    expect(codeOf(check({ ScheduleExpression: "cron(0 0 30 2 ? *)" }))).toBe("InvalidParameterException");
  });

  it("accepts a Duration within the window and refuses one that crosses the day or the next window", () => {
    expect(codeOf(check({ ScheduleExpression: "cron(0 16 1,15 * ? *)", Duration: "2h" }))).toBeUndefined();
    expect(codeOf(check({ ScheduleExpression: "cron(0 16 1,15 * ? *)", Duration: "9h" }))).toBe("InvalidParameterException");
    expect(codeOf(check({ ScheduleExpression: "rate(6 hours)", Duration: "7h" }))).toBe("InvalidParameterException");
    expect(codeOf(check({ ScheduleExpression: "rate(6 hours)", Duration: "6h" }))).toBeUndefined();
    expect(codeOf(check({ AutomaticallyAfterDays: 3, Duration: "24h" }))).toBeUndefined();
  });

  it("refuses a Duration that is not a number of hours", () => {
    expect(codeOf(check({ ScheduleExpression: "rate(1 day)", Duration: "h1" }))).toBe("InvalidParameterException");
    expect(codeOf(check({ ScheduleExpression: "rate(1 day)", Duration: "0h" }))).toBe("InvalidParameterException");
  });
});

describe("NextRotationDate", () => {
  it("AutomaticallyAfterDays N: midnight UTC N days after the day of the rotation", () => {
    expect(iso(nextRotationDate({ AutomaticallyAfterDays: 1 }, at("2026-03-10T15:20:00Z")))).toBe("2026-03-11T00:00:00.000Z");
    expect(iso(nextRotationDate({ ScheduleExpression: "rate(30 days)" }, at("2026-03-10T15:20:00Z")))).toBe(
      "2026-04-09T00:00:00.000Z",
    );
  });

  it("rate(N hours): the first window N hours or more later, windows counted from midnight", () => {
    expect(iso(nextRotationDate({ ScheduleExpression: "rate(4 hours)" }, at("2026-03-10T03:10:00Z")))).toBe(
      "2026-03-10T08:00:00.000Z",
    );
    expect(iso(nextRotationDate({ ScheduleExpression: "rate(8 hours)" }, at("2026-03-10T20:00:00Z")))).toBe(
      "2026-03-11T08:00:00.000Z",
    );
  });

  it("cron: the next window to open", () => {
    const rules = { ScheduleExpression: "cron(0 16 1,15 * ? *)", Duration: "2h" };
    expect(iso(nextRotationDate(rules, at("2026-03-10T15:20:00Z")))).toBe("2026-03-15T16:00:00.000Z");
    expect(iso(nextRotationDate(rules, at("2026-03-15T16:00:00Z")))).toBe("2026-04-01T16:00:00.000Z");
    expect(iso(nextRotationDate({ ScheduleExpression: "cron(0 0 ? * SUN#1 *)" }, at("2026-03-02T00:00:00Z")))).toBe(
      "2026-04-05T00:00:00.000Z",
    );
    expect(iso(nextRotationDate({ ScheduleExpression: "cron(0 16 L * ? *)" }, at("2028-02-01T00:00:00Z")))).toBe(
      "2028-02-29T16:00:00.000Z",
    );
    expect(iso(nextRotationDate({ ScheduleExpression: "cron(0 12 ? * 6L *)" }, at("2026-01-01T00:00:00Z")))).toBe(
      "2026-01-30T12:00:00.000Z",
    );
  });

  it("no schedule: no NextRotationDate", () => {
    expect(nextRotationDate(undefined, 0)).toBeUndefined();
  });
});
