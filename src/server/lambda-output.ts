// A rotation function's output, as lines for the emulator's log: each prefixed with the function
// and the step, control characters escaped so that no output can forge or garble a log line.

/** Lines longer than this are cut, so a function that never writes a newline holds no more memory. */
export const MAX_LINE_CHARACTERS = 16 * 1024;

/**
 * Cuts text arriving in chunks into lines; `end()` gives the last line when it has no newline.
 * Whatever the chunks, the lines are those of their concatenation (a line over MAX_LINE_CHARACTERS
 * comes out in pieces).
 */
export class LineSplitter {
  private partial = "";

  constructor(private readonly line: (text: string) => void) {}

  write(chunk: string): void {
    let text = this.partial + chunk;
    let newline = text.indexOf("\n");
    while (newline >= 0) {
      this.emit(text.slice(0, newline));
      text = text.slice(newline + 1);
      newline = text.indexOf("\n");
    }
    while (text.length > MAX_LINE_CHARACTERS) {
      this.line(text.slice(0, MAX_LINE_CHARACTERS));
      text = text.slice(MAX_LINE_CHARACTERS);
    }
    this.partial = text;
  }

  end(): void {
    if (this.partial !== "") this.emit(this.partial);
    this.partial = "";
  }

  private emit(line: string): void {
    for (let start = 0; start === 0 || start < line.length; start += MAX_LINE_CHARACTERS) {
      this.line(line.slice(start, start + MAX_LINE_CHARACTERS));
    }
  }
}

/** `lambda NAME STEP: LINE`, with control characters (but tab) shown as \xNN. */
export function functionLogLine(functionName: string, step: string, line: string): string {
  const printable = line.replace(/[\x00-\x08\x0a-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
  return `lambda ${functionName} ${step}: ${printable}`;
}
