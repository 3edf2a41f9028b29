// What the server keeps for its web console: the history of every secret (recorded from each
// state the Emulator goes through) and the last AWS requests, both bounded by --history-limit,
// and the console's answers. The server tells it of each change, of each AWS request answered,
// and of what is going on meanwhile (an operation, a control request), the cause of the changes.
import type { Emulator, EmulatorSnapshot, OperationEvent, WireResponse } from "../../emulator/emulator.ts";
import type { RequestLogEntry } from "../request-log.ts";
import { answerConsole } from "./console-routes.ts";
import { DEFAULT_HISTORY_LIMIT } from "../args.ts";
import { HistoryRecorder } from "./history.ts";
import { accountState } from "./model-reads.ts";
import { RequestHistory } from "./request-history.ts";

export interface WebConsoleOptions {
  /** How many history events, and how many requests, are kept; DEFAULT_HISTORY_LIMIT by default. */
  readonly historyLimit?: number;
  readonly defaultAccountId: string;
  readonly defaultRegion: string;
  /** Receives a line when recording fails (a bug: the change itself stands). */
  readonly warn?: (line: string) => void;
}

export class WebConsole {
  readonly history: HistoryRecorder;
  readonly requests: RequestHistory;
  private emulator: Emulator | undefined;
  private cause: string | undefined;

  constructor(private readonly options: WebConsoleOptions) {
    const limit = options.historyLimit ?? DEFAULT_HISTORY_LIMIT;
    this.history = new HistoryRecorder(limit);
    this.requests = new RequestHistory(limit);
  }

  /**
   * The Emulator it reads, given once made (the Emulator takes `changed` as its listener) and its
   * state loaded: the history starts from that state.
   */
  attach(emulator: Emulator): void {
    this.emulator = emulator;
    for (const accountId of Object.keys(emulator.exportState().accounts)) {
      this.history.begin(accountState(emulator, accountId, this.options.defaultRegion));
    }
  }

  /** Runs `work`, naming `cause` as the cause of the changes it makes. */
  during<T>(cause: string, work: () => T): T {
    const outer = this.cause;
    this.cause = cause;
    try {
      return work();
    } finally {
      this.cause = outer;
    }
  }

  /** Records what changed; never throws, so that it can never undo the change it observes. */
  changed(snapshot: EmulatorSnapshot): void {
    const emulator = this.emulator;
    if (emulator === undefined) return;
    try {
      const now = emulator.now();
      const accounts = new Set([...this.history.accounts(), ...Object.keys(snapshot.accounts)]);
      for (const accountId of accounts) {
        this.history.observe(accountState(emulator, accountId, this.options.defaultRegion), now, this.cause);
      }
    } catch (error) {
      this.options.warn?.(`the console's history missed a change: ${(error as Error).message}`);
    }
  }

  /** Keeps an AWS request for the request log (never its values: the log entry holds none). */
  answered(entry: RequestLogEntry, event: OperationEvent | undefined): void {
    const emulator = this.emulator;
    if (emulator === undefined) return;
    const { defaultAccountId: accountId, defaultRegion: region } = this.options;
    this.requests.add(entry, event, emulator.now(), { accountId, region });
  }

  answer(method: string, url: string, body: string): WireResponse {
    const emulator = this.emulator;
    if (emulator === undefined) throw new Error("The console answers once attached to an Emulator");
    const { defaultAccountId, defaultRegion } = this.options;
    return answerConsole({ emulator, history: this.history, requests: this.requests, defaultAccountId, defaultRegion }, method, url, body);
  }
}
