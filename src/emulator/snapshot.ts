// The Emulator's whole state as JSON: every account's core State and the clock offset.
import type { State } from "../core/index.ts";
import { stateFromJson, stateToJson } from "../core/model/state-json.ts";
import type { EmulatorSnapshot } from "./emulator-types.ts";

export function snapshotOf(accounts: ReadonlyMap<string, State>, clockOffsetMs: number): EmulatorSnapshot {
  const json: Record<string, unknown> = {};
  for (const [id, state] of accounts) {
    Object.defineProperty(json, id, { value: stateToJson(state), enumerable: true, writable: true, configurable: true });
  }
  return { version: 1, clockOffsetMs, accounts: json };
}

/** The accounts and clock offset a snapshot holds; throws an Error naming what is wrong. */
export function accountsFromSnapshot(snapshot: unknown): { accounts: Map<string, State>; clockOffsetMs: number } {
  const json = snapshot as Record<string, unknown> | null;
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new Error("Invalid snapshot: not an object");
  if (json.version !== 1) throw new Error(`Invalid snapshot: version must be 1, not ${JSON.stringify(json.version)}`);
  const clockOffsetMs = json.clockOffsetMs;
  if (typeof clockOffsetMs !== "number" || !Number.isFinite(clockOffsetMs)) {
    throw new Error("Invalid snapshot: clockOffsetMs must be a number");
  }
  const accountsJson = json.accounts;
  if (typeof accountsJson !== "object" || accountsJson === null || Array.isArray(accountsJson)) {
    throw new Error("Invalid snapshot: accounts must be an object");
  }
  const accounts = new Map<string, State>();
  for (const [id, value] of Object.entries(accountsJson)) {
    let state: State;
    try {
      state = stateFromJson(value);
    } catch (error) {
      throw new Error(`Invalid snapshot: account ${id}: ${(error as Error).message}`);
    }
    if (state.accountId !== id) throw new Error(`Invalid snapshot: account ${id} holds the state of account ${state.accountId}`);
    accounts.set(id, state);
  }
  return { accounts, clockOffsetMs };
}
