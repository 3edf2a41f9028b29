// Timestamps in the core are epoch milliseconds; the wire adapter turns them
// into epoch seconds with a fraction, as AWS sends them.
export type Timestamp = number;

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

/** AWS doc: LastAccessedDate is "rounded to the date level" (midnight UTC). */
export function startOfUtcDay(time: Timestamp): Timestamp {
  return Math.floor(time / DAY_MS) * DAY_MS;
}
