// The history behind the console's timelines, recorded by the server from the states the
// Emulator goes through: it compares each account's state with the one it saw before (the model
// itself records no history). It keeps the last `limit` events and nothing else but the last
// state of each account, which the Emulator holds anyway: its size is bounded by the limit.
import { getOwn, tableGet, type Secret, type State } from "../../core/index.ts";
import { parseArn, secretNameOfArn } from "../../core/model/arn.ts";
import { DEFAULT_HISTORY_LIMIT } from "../args.ts";
import type { HistoryEvent } from "./history-events.ts";
import { timelineOf, type Timeline } from "./history-timeline.ts";
import { stateChanges } from "./state-diff.ts";

export type { Timeline } from "./history-timeline.ts";

/** A secret no longer in the state, as its last kept event left it. */
export interface GoneSecret {
  readonly arn: string;
  readonly name: string;
  readonly accountId: string;
  readonly region: string;
  readonly at: number;
  readonly kind: "purged" | "removed";
}

export class HistoryRecorder {
  private readonly kept = new Queue<HistoryEvent>();
  private readonly byArn = new Map<string, Queue<HistoryEvent>>();
  private readonly seen = new Map<string, State>();
  private seq = 0;
  private changes = 0;

  constructor(readonly limit: number = DEFAULT_HISTORY_LIMIT) {
    if (!Number.isSafeInteger(limit) || limit < 0) throw new RangeError(`The history limit must be a whole number of events, 0 or more, not ${limit}`);
  }

  /** Where the history starts: the states there already (a state file loaded), with no event. */
  begin(state: State): void {
    this.seen.set(state.accountId, state);
  }

  /** Records what changed in the account of `state` since it was last observed (an empty account at first). */
  observe(state: State, at: number, cause?: string): void {
    const changes = stateChanges(this.seen.get(state.accountId), state, at);
    this.seen.set(state.accountId, state);
    if (changes.length === 0) return;
    const change = ++this.changes;
    // Of a change larger than the limit (a whole state imported or reset), only the last events can stay.
    const dropped = Math.max(0, changes.length - this.limit);
    this.seq += dropped;
    for (let i = dropped; i < changes.length; i++) this.push({ ...changes[i]!, seq: ++this.seq, change, ...(cause === undefined ? {} : { cause }) });
  }

  /** The accounts observed so far. */
  accounts(): string[] {
    return [...this.seen.keys()];
  }

  /** How many events are kept (at most `limit`). */
  get size(): number {
    return this.kept.length;
  }

  timeline(arn: string): Timeline | undefined {
    return timelineOf(arn, this.byArn.get(arn)?.items() ?? [], this.secretNow(arn));
  }

  /** The secrets whose last kept event took them out of the state, the latest first. */
  goneSecrets(): GoneSecret[] {
    const gone: GoneSecret[] = [];
    for (const [arn, queue] of this.byArn) {
      const last = queue.last();
      if (last === undefined || (last.kind !== "purged" && last.kind !== "removed")) continue;
      const parts = parseArn(arn);
      gone.push({ arn, name: secretNameOfArn(arn), accountId: parts?.accountId ?? "", region: parts?.region ?? "", at: last.at, kind: last.kind });
    }
    return gone.sort((a, b) => b.at - a.at);
  }

  /** The secret of this ARN in the last state seen, if it is there. */
  private secretNow(arn: string): Secret | undefined {
    const parts = parseArn(arn);
    const state = parts === undefined ? undefined : this.seen.get(parts.accountId);
    const region = state === undefined ? undefined : getOwn(state.regions, parts!.region);
    const secret = region === undefined ? undefined : tableGet(region.secrets, secretNameOfArn(arn));
    return secret?.ARN === arn ? secret : undefined;
  }

  private push(event: HistoryEvent): void {
    this.kept.push(event);
    let own = this.byArn.get(event.arn);
    if (own === undefined) this.byArn.set(event.arn, (own = new Queue()));
    own.push(event);
    while (this.kept.length > this.limit) {
      const dropped = this.kept.shift()!;
      const queue = this.byArn.get(dropped.arn)!;
      queue.shift();
      if (queue.length === 0) this.byArn.delete(dropped.arn);
    }
  }
}

/** A first-in first-out list whose shift does not move the items left. */
class Queue<T> {
  private buffer: T[] = [];
  private head = 0;

  get length(): number {
    return this.buffer.length - this.head;
  }

  push(item: T): void {
    this.buffer.push(item);
  }

  shift(): T | undefined {
    if (this.head >= this.buffer.length) return undefined;
    const item = this.buffer[this.head++];
    if (this.head > 1024 && this.head * 2 > this.buffer.length) {
      this.buffer = this.buffer.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  last(): T | undefined {
    return this.buffer.length > this.head ? this.buffer[this.buffer.length - 1] : undefined;
  }

  items(): T[] {
    return this.buffer.slice(this.head);
  }
}
