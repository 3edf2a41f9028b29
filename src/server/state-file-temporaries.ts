// The temporary files a whole rewrite of the state file goes through: `.<name>.<pid>.<n>.tmp`
// beside it, renamed over it once written and synced. A process killed during a rewrite leaves
// its temporary behind; the next start removes those whose writer is gone.
import { readdirSync, statSync, unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";

let count = 0;
/** The temporaries this process is writing now: a start in the same process leaves them alone. */
const writing = new Set<string>();

/** A fresh temporary path for a rewrite of `path`; call `done` once it is renamed or removed. */
export function temporaryFor(path: string): { readonly path: string; done(): void } {
  count += 1;
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${count}.tmp`);
  writing.add(temporary);
  return { path: temporary, done: () => writing.delete(temporary) };
}

export interface RemovedTemporary {
  readonly path: string;
  readonly bytes: number;
  readonly pid: number;
}

/** Removes the temporaries of `path` left by writers that no longer run; returns what it removed. */
export function removeStaleTemporaries(path: string): RemovedTemporary[] {
  const directory = dirname(path);
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(path))}\\.(\\d+)\\.\\d+\\.tmp$`);
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return [];
  }
  const removed: RemovedTemporary[] = [];
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1]);
    const temporary = join(directory, name);
    if (!Number.isSafeInteger(pid) || writing.has(temporary) || (pid !== process.pid && isRunning(pid))) continue;
    try {
      const { size } = statSync(temporary);
      unlinkSync(temporary);
      removed.push({ path: temporary, bytes: size, pid });
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}

/** True unless no process has this id (EPERM: one runs, under another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
