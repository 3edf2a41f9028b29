// Group commit for --state-file: a change is recorded at once and saved soon after, and no
// answer leaves the server before every change made so far is on disk. Requests that arrive
// while a save runs share the next one, so concurrent clients do not pay one fsync each.
// A save that fails (a full disk, a file-size limit, an I/O error) leaves the file as it was:
// the line is cut back off, and the emulator is put back in the state the file holds. Every
// change not on disk by then is lost, those made on top of the failed ones included, and the
// requests waiting for them fail: a change is never acknowledged unless it is durable.
import type { FileHandle } from "node:fs/promises";
import { open } from "node:fs/promises";
import { changesBetween } from "./journal.ts";
import { saveStateFileAsync } from "./persistence.ts";
import { formatLine } from "./state-file-lines.ts";

/** The journal is folded into a new snapshot once it is larger than this, or than the snapshot. */
const MIN_JOURNAL_BYTES = 1024 * 1024;

export interface StateFileWriterOptions {
  /**
   * Puts the state back to `snapshot`, what the file holds, after a failed save. The changes it
   * reports through changed() while it runs are taken as what the file holds.
   */
  readonly restore: (snapshot: unknown) => void;
  /** Told of each failed save. */
  readonly warn?: (line: string) => void;
  readonly minJournalBytes?: number;
}

interface Waiter {
  /** How many changes had been recorded when it asked. */
  readonly target: number;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

export class StateFileWriter {
  private latest: unknown;
  private recorded = 0;
  private saved = 0;
  private waiters: Waiter[] = [];
  private saving = false;
  private restoring = false;
  private file: FileHandle | undefined;
  private journalBytes = 0;
  /** Set when the file may not end where the last saved line ends: the next save rewrites it whole. */
  private rewrite = false;
  private readonly minJournalBytes: number;

  /** `written` is the state the file holds now; `snapshotBytes` the size of the file (one snapshot line). */
  constructor(
    private readonly path: string,
    private written: unknown,
    private snapshotBytes: number,
    private readonly options: StateFileWriterOptions,
  ) {
    this.latest = written;
    this.minJournalBytes = options.minJournalBytes ?? MIN_JOURNAL_BYTES;
  }

  /** Records the state after a change; cheap, called synchronously by the emulator. */
  changed(snapshot: unknown): void {
    this.latest = snapshot;
    if (this.restoring) this.written = snapshot;
    else this.recorded += 1;
  }

  /** True when the file holds every change recorded so far. */
  get durable(): boolean {
    return this.saved === this.recorded;
  }

  /**
   * Resolves once every change recorded before the call is on disk; rejects when a save fails,
   * once the state is rolled back. Call it in the same turn as the change it is to cover.
   */
  flush(): Promise<void> {
    const target = this.recorded;
    if (this.saved >= target) return Promise.resolve();
    const waiting = new Promise<void>((resolve, reject) => this.waiters.push({ target, resolve, reject }));
    void this.saveWhileWaited();
    return waiting;
  }

  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      await this.closeFile();
    }
  }

  private async saveWhileWaited(): Promise<void> {
    if (this.saving) return;
    this.saving = true;
    try {
      while (this.waiters.length > 0) {
        try {
          await this.save();
        } catch (error) {
          this.failed(error);
          continue;
        }
        const saved = this.saved;
        const done = this.waiters.filter((waiter) => waiter.target <= saved);
        this.waiters = this.waiters.filter((waiter) => waiter.target > saved);
        for (const waiter of done) waiter.resolve();
      }
    } finally {
      this.saving = false;
    }
  }

  /** After a failed save: every waiter fails, as every change not saved is undone. */
  private failed(error: unknown): void {
    const failed = this.waiters;
    this.waiters = [];
    this.options.warn?.(
      `Saving the state file ${this.path} failed (${(error as Error).message}): the state is back to what the file holds, ` +
        `and the ${failed.length} request(s) waiting for that save fail.`,
    );
    try {
      this.rollBack();
    } finally {
      for (const waiter of failed) waiter.reject(error);
    }
  }

  private async save(): Promise<void> {
    const target = this.recorded;
    const latest = this.latest;
    const changes = changesBetween(this.written, latest);
    if (changes.length > 0) {
      const line = formatLine(changes);
      if (this.rewrite || this.journalBytes + line.length > Math.max(this.minJournalBytes, this.snapshotBytes)) {
        await this.compact(latest);
      } else {
        await this.append(line);
      }
    }
    this.written = latest;
    this.saved = target;
  }

  /** Every change recorded so far is dropped: the state goes back to what the file holds. */
  private rollBack(): void {
    this.latest = this.written;
    this.saved = this.recorded;
    this.restoring = true;
    try {
      this.options.restore(this.written);
    } finally {
      this.restoring = false;
    }
  }

  private async append(line: Buffer): Promise<void> {
    const end = this.snapshotBytes + this.journalBytes;
    try {
      this.file ??= await open(this.path, "r+");
      // A full disk or a file-size limit writes part of a line without an error: write the rest.
      for (let done = 0; done < line.length; ) {
        const { bytesWritten } = await this.file.write(line, done, line.length - done, end + done);
        if (bytesWritten === 0) throw new Error("the file system accepted no bytes");
        done += bytesWritten;
      }
      await this.file.datasync();
      // A state file removed or replaced while the emulator runs would swallow the journal.
      if ((await this.file.stat()).nlink === 0) throw new Error(`the state file ${this.path} was removed`);
    } catch (error) {
      this.rewrite = !(await this.cutBack(end));
      throw error;
    }
    this.journalBytes += line.length;
  }

  /** Cuts the file back to `end`, where the last saved line ends; false when that failed. */
  private async cutBack(end: number): Promise<boolean> {
    const file = this.file;
    let cut = false;
    if (file !== undefined) {
      try {
        await file.truncate(end);
        await file.datasync();
        cut = (await file.stat()).nlink > 0;
      } catch {
        // The next save rewrites the file whole.
      }
    }
    if (!cut) await this.closeFile();
    return cut;
  }

  private async compact(latest: unknown): Promise<void> {
    await this.closeFile();
    this.snapshotBytes = await saveStateFileAsync(this.path, latest);
    this.journalBytes = 0;
    this.rewrite = false;
  }

  private async closeFile(): Promise<void> {
    const file = this.file;
    this.file = undefined;
    await file?.close().catch(() => undefined);
  }
}
