// Noticing that the process which started this one has ended: the process is then re-parented
// (to init or a subreaper), so its parent id changes. Node has no "parent died" signal.

const POLL_MS = 200;

/** Calls `orphaned` once, when the parent process has exited. Does not keep the process alive. */
export function whenOrphaned(orphaned: () => void, pollMs = POLL_MS): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    orphaned();
  }, pollMs);
  timer.unref();
}
