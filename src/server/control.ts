// The control endpoint: requests under /_emulator/ that are not AWS calls. They read and move
// the emulator's clock, reset its state, and export or import the whole state as JSON.
//
//   GET  /_emulator/health          {"status":"ok"}
//   GET  /_emulator/clock           {"now": <epoch ms>, "iso": "<ISO 8601>"}
//   POST /_emulator/clock/advance   {"milliseconds"|"seconds"|"minutes"|"hours"|"days": n, …}
//   POST /_emulator/clock/set       {"now": <epoch ms> | "<ISO 8601>"}
//   POST /_emulator/reset           empties every account and region
//   GET  /_emulator/state           the whole state (a valid --state-file)
//   PUT  /_emulator/state           replaces the whole state (POST is accepted too)
//   GET  /_emulator/rotations       the local rotation runs and their outcome

export const CONTROL_PREFIX = "/_emulator/";

/** What the control endpoint needs of the emulator. */
export interface Controllable {
  now(): number;
  advanceTime(milliseconds: number): void;
  setTime(epochMilliseconds: number): void;
  reset(): void;
  exportState(): unknown;
  importState(snapshot: unknown): void;
}

export interface ControlResponse {
  readonly status: number;
  readonly body: unknown;
}

export interface ControlHooks {
  /** Called after a request that changed the state or the clock (to persist it). */
  readonly changed: () => void;
  readonly rotations: () => unknown;
}

const UNIT_MS: Readonly<Record<string, number>> = {
  milliseconds: 1,
  seconds: 1000,
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
};

export function isControlPath(path: string): boolean {
  return path.startsWith(CONTROL_PREFIX);
}

export function handleControl(
  emulator: Controllable,
  hooks: ControlHooks,
  method: string,
  path: string,
  body: string | Uint8Array,
): ControlResponse {
  const route = `${method} ${path.slice(CONTROL_PREFIX.length - 1).split("?")[0]}`;
  const input = parseBody(body);
  if (!input.ok) return badRequest(input.error);
  try {
    switch (route) {
      case "GET /health":
        return ok({ status: "ok" });
      case "GET /clock":
        return ok(clock(emulator));
      case "POST /clock/advance": {
        const milliseconds = advanceBy(input.value);
        if (typeof milliseconds === "string") return badRequest(milliseconds);
        emulator.advanceTime(milliseconds);
        hooks.changed();
        return ok(clock(emulator));
      }
      case "POST /clock/set": {
        const now = timeOf(isRecord(input.value) ? input.value["now"] : undefined);
        if (now === undefined) return badRequest('Expected {"now": <epoch milliseconds> or "<ISO 8601 time>"}');
        emulator.setTime(now);
        hooks.changed();
        return ok(clock(emulator));
      }
      case "POST /reset":
        emulator.reset();
        hooks.changed();
        return ok({ reset: true });
      case "GET /state":
        return ok(emulator.exportState());
      case "PUT /state":
      case "POST /state":
        emulator.importState(input.value);
        hooks.changed();
        return ok({ imported: true });
      case "GET /rotations":
        return ok(hooks.rotations());
      default:
        return { status: 404, body: { error: `No control route ${route}; the routes are in docs/emulator.md, "The control endpoint"` } };
    }
  } catch (error) {
    // The emulator refuses, changing nothing, a snapshot it cannot read and a clock time no date
    // can hold.
    return badRequest((error as Error).message);
  }
}

function clock(emulator: Controllable): { now: number; iso: string } {
  const now = emulator.now();
  return { now, iso: new Date(now).toISOString() };
}

function advanceBy(input: unknown): number | string {
  const usage = 'Expected {"milliseconds"|"seconds"|"minutes"|"hours"|"days": <number>, …}';
  if (!isRecord(input)) return usage;
  let total = 0;
  let any = false;
  for (const [unit, amount] of Object.entries(input)) {
    const scale = Object.hasOwn(UNIT_MS, unit) ? UNIT_MS[unit] : undefined;
    if (scale === undefined || typeof amount !== "number" || !Number.isFinite(amount)) return usage;
    total += amount * scale;
    any = true;
  }
  return any ? Math.round(total) : usage;
}

function timeOf(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string") {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? undefined : parsed;
  }
  return undefined;
}

function parseBody(raw: string | Uint8Array): { ok: true; value: unknown } | { ok: false; error: string } {
  let body: string;
  try {
    body = typeof raw === "string" ? raw : new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch {
    return { ok: false, error: "The body is not valid UTF-8" };
  }
  if (body.trim() === "") return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    return { ok: false, error: `The body is not JSON: ${(error as Error).message}` };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function ok(body: unknown): ControlResponse {
  return { status: 200, body };
}

function badRequest(error: string): ControlResponse {
  return { status: 400, body: { error } };
}
