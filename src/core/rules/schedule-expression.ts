// Rotation schedule expressions: rate() and cron(), in UTC.
// AWS doc: Secrets Manager User Guide, "Schedule expressions in Secrets Manager
// rotation" (rotate-secrets_schedule); docs/semantics/rotation.md#schedule-expressions.
import { DAY_MS, HOUR_MS, type Timestamp } from "../model/time.ts";

/** A day-of-month rule: a set of days, or the last day of the month (L). */
type DayOfMonth = { readonly kind: "days"; readonly days: ReadonlySet<number> } | { readonly kind: "last" };
/** A day-of-week rule (1 = SUN … 7 = SAT): a set, the last such day (5L), or the nth (MON#2). */
type DayOfWeek =
  | { readonly kind: "days"; readonly days: ReadonlySet<number> }
  | { readonly kind: "last"; readonly day: number }
  | { readonly kind: "nth"; readonly day: number; readonly n: number };

export type Schedule =
  /** AutomaticallyAfterDays or rate(N days): a window each N days, from midnight. */
  | { readonly kind: "days"; readonly days: number }
  /** rate(N hours): windows every N hours from midnight, each UTC day anew. */
  | { readonly kind: "hours"; readonly hours: number }
  | {
      readonly kind: "cron";
      /** The hours a window opens on a day that matches, ascending. */
      readonly hours: readonly number[];
      readonly months: ReadonlySet<number>;
      readonly dayOfMonth?: DayOfMonth;
      readonly dayOfWeek?: DayOfWeek;
    };

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const WEEKDAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

function value(text: string, min: number, max: number, names: readonly string[] = []): number | undefined {
  const named = names.indexOf(text.toUpperCase());
  const n = named >= 0 ? named + min : /^\d+$/.test(text) ? Number(text) : NaN;
  return n >= min && n <= max ? n : undefined;
}

/** A field of values, ranges, steps and lists: `*`, `5`, `1-5`, `*\/4`, `2/6`, `1,15`. */
function valueSet(field: string, min: number, max: number, names?: readonly string[]): Set<number> | undefined {
  const set = new Set<number>();
  for (const item of field.split(",")) {
    const [range = "", stepText, extra] = item.split("/");
    if (extra !== undefined) return undefined;
    const step = stepText === undefined ? 1 : value(stepText, 1, max);
    const [fromText = "", toText, more] = range.split("-");
    if (step === undefined || more !== undefined) return undefined;
    const from = fromText === "*" ? min : value(fromText, min, max, names);
    const to = toText !== undefined ? value(toText, min, max, names) : fromText === "*" || stepText !== undefined ? max : from;
    if (from === undefined || to === undefined || (fromText === "*" && toText !== undefined) || to < from) return undefined;
    for (let n = from; n <= to; n += step) set.add(n);
  }
  return set;
}

function dayOfMonth(field: string): DayOfMonth | undefined {
  if (field === "L") return { kind: "last" };
  const days = valueSet(field, 1, 31);
  return days && { kind: "days", days };
}

function dayOfWeek(field: string): DayOfWeek | undefined {
  if (field === "L") return { kind: "last", day: 7 };
  const last = /^(\w+)L$/.exec(field);
  if (last) {
    const day = value(last[1]!, 1, 7, WEEKDAYS);
    return day === undefined ? undefined : { kind: "last", day };
  }
  const nth = /^(\w+)#([1-5])$/.exec(field);
  if (nth) {
    const day = value(nth[1]!, 1, 7, WEEKDAYS);
    return day === undefined ? undefined : { kind: "nth", day, n: Number(nth[2]) };
  }
  const days = valueSet(field, 1, 7, WEEKDAYS);
  return days && { kind: "days", days };
}

function parseCron(body: string): Schedule | undefined {
  const fields = body.trim().split(/\s+/);
  if (fields.length !== 6) return undefined;
  const [minutes, hoursField, domField, monthField, dowField, year] = fields as [string, string, string, string, string, string];
  // Windows open on the hour, and schedules repeat within a year.
  if (minutes !== "0" || year !== "*") return undefined;
  // As in EventBridge cron: exactly one of the two day fields is "?".
  if ((domField === "?") === (dowField === "?")) return undefined;
  const hours = valueSet(hoursField, 0, 23);
  const months = valueSet(monthField, 1, 12, MONTHS);
  const dom = domField === "?" ? undefined : dayOfMonth(domField);
  const dow = dowField === "?" ? undefined : dayOfWeek(dowField);
  if (!hours || !months || (domField !== "?" && !dom) || (dowField !== "?" && !dow)) return undefined;
  return {
    kind: "cron",
    hours: [...hours].sort((a, b) => a - b),
    months,
    ...(dom && { dayOfMonth: dom }),
    ...(dow && { dayOfWeek: dow }),
  };
}

/** A ScheduleExpression as a schedule, or undefined when it is not one AWS accepts. */
export function parseScheduleExpression(expression: string): Schedule | undefined {
  const rate = /^rate\(\s*(\d+)\s+(hour|hours|day|days)\s*\)$/.exec(expression);
  if (rate) {
    const n = Number(rate[1]);
    // AWS doc: "as often as every four hours"; "The maximum rotation period is 999 days".
    if (rate[2]!.startsWith("hour")) return n >= 4 && n <= 23 ? { kind: "hours", hours: n } : undefined;
    return n >= 1 && n <= 999 ? { kind: "days", days: n } : undefined;
  }
  const cron = /^cron\((.*)\)$/.exec(expression);
  return cron ? parseCron(cron[1]!) : undefined;
}

/** The hours at which a window opens on a day the schedule rotates. */
export function windowStarts(schedule: Schedule): readonly number[] {
  if (schedule.kind === "days") return [0];
  if (schedule.kind === "hours") {
    const starts: number[] = [];
    for (let h = 0; h < 24; h += schedule.hours) starts.push(h);
    return starts;
  }
  return schedule.hours;
}

/** The UTC calendar date of a day number since 1970-01-01 (no Date: the core has no clock). */
function civilDate(epochDay: number): { year: number; month: number; day: number } {
  // H. Hinnant's civil_from_days.
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function matchesDay(schedule: Extract<Schedule, { kind: "cron" }>, epochDay: number): boolean {
  const { year, month, day } = civilDate(epochDay);
  if (!schedule.months.has(month)) return false;
  const lastDay = daysInMonth(year, month);
  if (schedule.dayOfMonth) {
    return schedule.dayOfMonth.kind === "last" ? day === lastDay : schedule.dayOfMonth.days.has(day);
  }
  const rule = schedule.dayOfWeek!;
  const weekday = ((((epochDay + 4) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday (5)
  if (rule.kind === "days") return rule.days.has(weekday);
  if (weekday !== rule.day) return false;
  return rule.kind === "last" ? day + 7 > lastDay : Math.ceil(day / 7) === rule.n;
}

/** The first window that opens strictly after `after`, within about a year; undefined if none. */
export function nextCronWindow(schedule: Extract<Schedule, { kind: "cron" }>, after: Timestamp): Timestamp | undefined {
  const firstDay = Math.floor(after / DAY_MS);
  for (let epochDay = firstDay; epochDay <= firstDay + 400; epochDay++) {
    if (!matchesDay(schedule, epochDay)) continue;
    const day = epochDay * DAY_MS;
    for (const hour of schedule.hours) {
      if (day + hour * HOUR_MS > after) return day + hour * HOUR_MS;
    }
  }
  return undefined;
}
