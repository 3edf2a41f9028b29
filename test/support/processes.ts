// Whether a process has ended, for tests that check what a rotation function leaves behind.
import { readFileSync } from "node:fs";

/**
 * No such process, or a dead one not yet reaped (a zombie: on Linux a killed orphan stays one
 * under an init that does not reap, as in some containers).
 */
export function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.startsWith("Z") ?? false;
  } catch {
    return false;
  }
}

/** Waits up to `ms` for the process to end; says whether it did. */
export async function processEnds(pid: number, ms: number): Promise<boolean> {
  for (const started = Date.now(); !processGone(pid) && Date.now() - started < ms; ) await new Promise((done) => setTimeout(done, 25));
  return processGone(pid);
}
