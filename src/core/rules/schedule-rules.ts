// RotateSecret's RotationRules: which combinations AWS accepts, and the schedule
// they describe. AWS doc: API_RotationRulesType; User Guide rotate-secrets_schedule.
import type { AwsError } from "../errors/codes.ts";
import {
  frequencyAndSchedule,
  invalidRotationDuration,
  invalidScheduleExpression,
  rotationTooFrequent,
  rotationWindowOverlap,
} from "../errors/errors.ts";
import type { RotationRules } from "../model/secret.ts";
import type { Timestamp } from "../model/time.ts";
import { nextCronWindow, parseScheduleExpression, windowStarts, type Schedule } from "./schedule-expression.ts";

/** The schedule of a set of rules, without checks: for rules already accepted. */
export function scheduleOf(rules: RotationRules | undefined): Schedule | undefined {
  if (rules?.ScheduleExpression !== undefined) return parseScheduleExpression(rules.ScheduleExpression);
  if (rules?.AutomaticallyAfterDays !== undefined) return { kind: "days", days: rules.AutomaticallyAfterDays };
  return undefined;
}

/** Whether windows open on every day (then the last window of a day meets the first of the next). */
function everyDay(schedule: Schedule): boolean {
  if (schedule.kind !== "cron") return true;
  const dom = schedule.dayOfMonth, dow = schedule.dayOfWeek;
  const allDays = (dom?.kind === "days" && dom.days.size === 31) || (dow?.kind === "days" && dow.days.size === 7);
  return allDays && schedule.months.size === 12;
}

/** The rules as a schedule (undefined: no schedule), or the error AWS answers for them. */
export function checkRotationRules(rules: RotationRules, now: Timestamp): Schedule | undefined | AwsError {
  // 1. A frequency or a schedule expression, not both (docs/semantics/rotation.md#rotation-rules).
  if (rules.AutomaticallyAfterDays !== undefined && rules.ScheduleExpression !== undefined) {
    return frequencyAndSchedule();
  }
  const schedule = scheduleOf(rules);
  if (rules.ScheduleExpression !== undefined) {
    // 2. A rate() or cron() that AWS documents, firing at least once a year.
    if (schedule === undefined) return invalidScheduleExpression(rules.ScheduleExpression);
    if (schedule.kind === "cron" && nextCronWindow(schedule, now) === undefined) {
      return invalidScheduleExpression(rules.ScheduleExpression);
    }
  }
  if (schedule === undefined) return undefined;

  // 3. "You can rotate a secret as often as every four hours."
  const starts = windowStarts(schedule);
  const gaps = starts.slice(1).map((start, i) => start - starts[i]!);
  if (everyDay(schedule) && starts.length > 1) gaps.push(24 - starts.at(-1)! + starts[0]!);
  if (gaps.some((gap) => gap < 4)) return rotationTooFrequent();

  // 4. The window, "as small as one hour", must not reach the next window or the next UTC day.
  let duration = starts.length > 1 ? 1 : 24 - starts[0]!;
  if (rules.Duration !== undefined) {
    const hours = /^(\d+)h$/.exec(rules.Duration);
    if (!hours || Number(hours[1]) < 1) return invalidRotationDuration(rules.Duration);
    duration = Number(hours[1]);
  }
  if (starts.at(-1)! + duration > 24 || gaps.some((gap) => duration > gap)) return rotationWindowOverlap();
  return schedule;
}
