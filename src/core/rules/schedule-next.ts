// NextRotationDate: when the next rotation window opens after a rotation.
// AWS doc (RotationRulesType): "Secrets Manager calculates the next rotation date
// based on the previous rotation"; a manual PutSecretValue or UpdateSecret "is
// considered a valid rotation". Deviation: the date is the window's start (AWS
// rotates at any time within the window).
import type { RotationRules } from "../model/secret.ts";
import { DAY_MS, HOUR_MS, startOfUtcDay, type Timestamp } from "../model/time.ts";
import { nextCronWindow, windowStarts } from "./schedule-expression.ts";
import { scheduleOf } from "./schedule-rules.ts";

export function nextRotationDate(rules: RotationRules | undefined, lastRotation: Timestamp): Timestamp | undefined {
  const schedule = scheduleOf(rules);
  if (schedule === undefined) return undefined;
  switch (schedule.kind) {
    // N days after the day of the last rotation, at midnight UTC.
    case "days":
      return startOfUtcDay(lastRotation) + schedule.days * DAY_MS;
    // The first window that opens N hours or more after the last rotation.
    case "hours": {
      const earliest = lastRotation + schedule.hours * HOUR_MS;
      const day = startOfUtcDay(earliest);
      const start = windowStarts(schedule).find((hour) => day + hour * HOUR_MS >= earliest);
      return start === undefined ? day + DAY_MS : day + start * HOUR_MS;
    }
    case "cron":
      return nextCronWindow(schedule, lastRotation);
  }
}
