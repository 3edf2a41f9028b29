// Group commit for --state-file: a change is recorded at once and saved soon after, and no
// answer leaves the server before every change made so far is on disk. Requests that arrive
// while a save runs share the next one, so concurrent clients do not pay one fsync each.
import type { FileHandle } from "node:fs/promises";
import { open } from "node:fs/promises";
import { changesBetween } from "./journal.ts";
import { saveStateFileAsync } from "./persistence.ts";
import { formatLine } from "./state-file-lines.ts";

/** The journal is folded into a new snapshot once it is larger than this, or than the snapshot. */
const MIN_JOURNAL_BYTES = 1024 * 1024;

export class StateFileWriter {
  private latest: unknown;
  private generation = 0;
  private writtenGeneration = 0;
  private writing: Promise<void> | undefined;
  private file: FileHandle | undefined;
  private journalBytes = 0;
  /** After a failed append the file may end in half a line: the next save rewrites it whole. */
  private rewrite = false;

  /** `written` is the state the file holds now; `snapshotBytes` the size of its snapshot line. */
  constructor(
    private readonly path: string,
    private written: unknown,
    private snapshotBytes: number,
    private readonly minJournalBytes = MIN_JOURNAL_BYTES,
  ) {
    this.latest = written;
  }

  /** Records the state after a change; cheap, called synchronously by the emulator. */
  changed(snapshot: unknown): void {
    this.latest = snapshot;
    this.generation += 1;
  }

  /** True when the file holds every change recorded so far. */
  get durable(): boolean {
    return this.writtenGeneration === this.generation;
  }

  /** Resolves once every change recorded before the call is on disk; rejects when a save fails. */
  async flush(): Promise<void> {
    const target = this.generation;
    while (this.writtenGeneration < target) {
      this.writing ??= this.save();
      await this.writing;
    }
  }

  async close(): Promise<void> {
    await this.flush();
    await this.file?.close();
    this.file = undefined;
  }

  private async save(): Promise<void> {
    const generation = this.generation;
    const latest = this.latest;
    try {
      const changes = changesBetween(this.written, latest);
      if (changes.length > 0) {
        const line = formatLine(changes);
        const bytes = line.length;
        if (this.rewrite || this.journalBytes + bytes > Math.max(this.minJournalBytes, this.snapshotBytes)) {
          await this.compact(latest);
        } else {
          await this.append(line, bytes);
        }
      }
      this.written = latest;
      this.writtenGeneration = Math.max(this.writtenGeneration, generation);
    } finally {
      this.writing = undefined;
    }
  }

  private async append(line: Buffer, bytes: number): Promise<void> {
    this.file ??= await open(this.path, "a", 0o600);
    try {
      await this.file.write(line);
      await this.file.datasync();
      // A state file removed or replaced while the emulator runs would swallow the journal.
      if ((await this.file.stat()).nlink === 0) throw new Error(`the state file ${this.path} was removed`);
    } catch (error) {
      this.rewrite = true;
      throw error;
    }
    this.journalBytes += bytes;
  }

  private async compact(latest: unknown): Promise<void> {
    await this.file?.close();
    this.file = undefined;
    this.snapshotBytes = await saveStateFileAsync(this.path, latest);
    this.journalBytes = 0;
    this.rewrite = false;
  }
}
