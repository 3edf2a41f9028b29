// Group commit for --state-file: a change is recorded at once, written soon after, and no answer
// leaves the server before every change made so far is on disk. Requests that arrive while a
// write is running share the next write, so concurrent clients do not pay one fsync each.
import { saveStateFileAsync } from "./persistence.ts";

export class StateFileWriter {
  private latest: unknown;
  private generation = 0;
  private written = 0;
  private writing: Promise<void> | undefined;

  constructor(private readonly path: string) {}

  /** Records the state after a change; cheap, called synchronously by the emulator. */
  changed(snapshot: unknown): void {
    this.latest = snapshot;
    this.generation += 1;
  }

  /** True when the file holds every change recorded so far. */
  get durable(): boolean {
    return this.written === this.generation;
  }

  /** Resolves once every change recorded before the call is on disk; rejects when a write fails. */
  async flush(): Promise<void> {
    const target = this.generation;
    while (this.written < target) {
      this.writing ??= this.writeLatest();
      await this.writing;
    }
  }

  private async writeLatest(): Promise<void> {
    const generation = this.generation;
    try {
      await saveStateFileAsync(this.path, this.latest);
      this.written = Math.max(this.written, generation);
    } finally {
      this.writing = undefined;
    }
  }
}
