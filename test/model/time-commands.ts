// The clock: moved alone, or moved and then ticked, when the service acts on
// its own (the core's `tick`: recovery windows that have ended, docs/semantics/deletion.md#the-end-of-the-recovery-window).
import { expect } from "vitest";
import { invariantViolations } from "../../src/index.ts";
import { Command, note, type Real } from "./command-support.ts";
import { advance } from "./model-lifecycle.ts";
import type { Model } from "./model.ts";

export class AdvanceClock extends Command {
  constructor(readonly milliseconds: number) {
    super();
  }
  run(model: Model, real: Real) {
    advance(model, this.milliseconds, false);
    // The clock alone: calls arrive later, before the service's own tick has run.
    real.driver.now += this.milliseconds;
  }
  toString = () => `AdvanceClock(${this.milliseconds})`;
}

export class Tick extends Command {
  constructor(readonly milliseconds: number) {
    super();
  }
  run(model: Model, real: Real) {
    const purged = advance(model, this.milliseconds, true);
    const before = real.driver.state;
    const rotationsStarted = real.driver.advance(this.milliseconds);
    // No secret here rotates, so a tick only removes secrets, and only those the model removes.
    expect(rotationsStarted, "rotations started by a tick").toEqual([]);
    expect(invariantViolations(real.driver.state), "no invariant broken after a tick").toEqual([]);
    if (purged.length === 0) expect(real.driver.state, "a tick that ends no recovery window returns the same state").toBe(before);
    for (const name of purged) {
      note(real, "a tick removed a secret whose recovery window ended");
      const described = real.driver.call("DescribeSecret", { SecretId: name });
      expect(described.ok ? "ok" : described.error.code, "a secret whose recovery window ended is gone").toBe("ResourceNotFoundException");
    }
  }
  toString = () => `Tick(${this.milliseconds})`;
}
