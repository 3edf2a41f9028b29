// A runner's process group: what the function starts is in it, and ends with it.
import type { ChildProcess } from "node:child_process";

/** Between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 500;

/** SIGTERM to the process group, SIGKILL after a grace. */
export function terminate(child: ChildProcess): void {
  if (child.exitCode !== null || child.signalCode !== null) return;
  signal(child, "SIGTERM");
  setTimeout(() => signal(child, "SIGKILL"), KILL_GRACE_MS).unref();
}

/** A signal to the whole process group (to the process alone on Windows). */
export function signal(child: ChildProcess, name: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    if (process.platform === "win32") child.kill(name);
    else process.kill(-child.pid, name);
  } catch {
    // Already gone.
  }
}

const running = new Set<ChildProcess>();
let exitHook = false;

/** Whatever still runs when the emulator exits is killed with it. */
export function track(child: ChildProcess): void {
  running.add(child);
  if (exitHook) return;
  exitHook = true;
  process.on("exit", () => {
    for (const still of running) signal(still, "SIGKILL");
  });
}

/** The process has exited: nothing to kill at the emulator's exit. */
export function untrack(child: ChildProcess): void {
  running.delete(child);
}
