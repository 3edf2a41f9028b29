// The console's history: what the recorder derives from the states the emulator goes through,
// checked against the model's own answers (DescribeSecret's VersionIdsToStages).
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { Driver, getOwn, tableSecrets, versionById, versionIds, type Secret, type State } from "../../../src/index.ts";
import { HistoryRecorder, type Timeline } from "../../../src/server/console/history.ts";
import { callsArbitrary } from "../../properties/calls.ts";
import { steps } from "../../properties/run.ts";

const DAY = 86_400_000;

function recorded(driver: Driver, history: HistoryRecorder): void {
  history.observe(driver.state, driver.now);
}

function arnOf(driver: Driver, name: string): string {
  const secret = allSecrets(driver.state).find((candidate) => candidate.Name === name);
  if (secret === undefined) throw new Error(`no secret ${name}`);
  return secret.ARN;
}

function allSecrets(state: State): Secret[] {
  return Object.values(state.regions).flatMap((region) => [...tableSecrets(region.secrets)]);
}

/** The label moves of a timeline as "LABEL: from -> to" lines, in order. */
function moves(timeline: Timeline | undefined): string[] {
  return (timeline?.events ?? []).flatMap((event) => (event.kind === "label" ? [`${event.label}: ${event.previous ?? "-"} -> ${event.versionId ?? "-"}`] : []));
}

/** The labels each version holds now, as DescribeSecret's VersionIdsToStages would list them. */
function openHolders(timeline: Timeline): Record<string, string[]> {
  const stages: Record<string, string[]> = {};
  for (const span of timeline.spans) if (span.to === undefined) (stages[span.versionId] ??= []).push(span.label);
  for (const labels of Object.values(stages)) labels.sort();
  return stages;
}

describe("the history of a secret", () => {
  it("shows AWSCURRENT moving to each new value and AWSPREVIOUS following it, in order", () => {
    const driver = new Driver();
    const history = new HistoryRecorder(100);
    driver.ok("CreateSecret", { Name: "db", SecretString: "one", ClientRequestToken: "a".repeat(32) });
    recorded(driver, history);
    driver.now += 1000;
    driver.ok("PutSecretValue", { SecretId: "db", SecretString: "two", ClientRequestToken: "b".repeat(32) });
    recorded(driver, history);
    driver.now += 1000;
    driver.ok("PutSecretValue", { SecretId: "db", SecretString: "three", ClientRequestToken: "c".repeat(32) });
    recorded(driver, history);

    const timeline = history.timeline(arnOf(driver, "db"));
    const [a, b, c] = ["a", "b", "c"].map((letter) => letter.repeat(32));
    expect(moves(timeline)).toEqual([
      `AWSCURRENT: - -> ${a}`,
      `AWSCURRENT: ${a} -> ${b}`,
      `AWSPREVIOUS: - -> ${a}`,
      `AWSCURRENT: ${b} -> ${c}`,
      `AWSPREVIOUS: ${a} -> ${b}`,
    ]);
    const currentSpans = timeline!.spans.filter((span) => span.label === "AWSCURRENT").map((span) => [span.versionId, span.from, span.to]);
    const start = Date.UTC(2026, 0, 1);
    expect(currentSpans).toEqual([
      [a, start, start + 1000],
      [b, start + 1000, start + 2000],
      [c, start + 2000, undefined],
    ]);
    expect(timeline!.complete).toBe(true);
  });

  it("records a deletion, a restore, and the purge at the end of the recovery window", () => {
    const driver = new Driver();
    const history = new HistoryRecorder(100);
    driver.ok("CreateSecret", { Name: "old", SecretString: "x", ClientRequestToken: driver.token() });
    recorded(driver, history);
    const arn = arnOf(driver, "old");
    driver.ok("DeleteSecret", { SecretId: "old", RecoveryWindowInDays: 7 });
    recorded(driver, history);
    driver.ok("RestoreSecret", { SecretId: "old" });
    recorded(driver, history);
    driver.ok("DeleteSecret", { SecretId: "old", RecoveryWindowInDays: 7 });
    recorded(driver, history);
    const deletedAt = driver.now;
    driver.advance(8 * DAY);
    recorded(driver, history);

    const timeline = history.timeline(arn)!;
    expect(timeline.events.map((event) => event.kind)).toEqual([
      "created",
      "version-added",
      "label",
      "deleted",
      "restored",
      "deleted",
      "purged",
    ]);
    expect(timeline.gone).toBe("purged");
    expect(timeline.events.at(-1)!.at).toBe(deletedAt + 7 * DAY);
    expect(timeline.spans.every((span) => span.to === deletedAt + 7 * DAY)).toBe(true);
    expect(timeline.versions.map((version) => version.ended)).toEqual(["purged"]);
    expect(history.goneSecrets()).toEqual([{ arn, name: "old", accountId: driver.state.accountId, region: "us-east-1", at: deletedAt + 7 * DAY, kind: "purged" }]);
    expect(history.timeline(arn)!.complete).toBe(true);
  });

  it("keeps a pruned version as a row that ended, with the spans it held", () => {
    const driver = new Driver();
    const history = new HistoryRecorder(1000);
    driver.ok("CreateSecret", { Name: "busy", SecretString: "v0", ClientRequestToken: driver.token() });
    recorded(driver, history);
    // AWS doc (quotas): about 100 versions; older versions without a label are removed.
    for (let i = 1; i <= 105; i++) {
      driver.now += DAY / 24;
      driver.ok("PutSecretValue", { SecretId: "busy", SecretString: `v${i}`, ClientRequestToken: driver.token() });
      recorded(driver, history);
    }
    const timeline = history.timeline(arnOf(driver, "busy"))!;
    const pruned = timeline.versions.filter((version) => version.ended === "pruned");
    expect(pruned.length).toBeGreaterThan(0);
    const first = timeline.versions[0]!;
    expect(first.ended).toBe("pruned");
    expect(timeline.spans.filter((span) => span.versionId === first.versionId).map((span) => span.label)).toEqual(["AWSCURRENT", "AWSPREVIOUS"]);
  });

  it("keeps at most the limit of events and still knows who holds each label since when", () => {
    const driver = new Driver();
    const history = new HistoryRecorder(4);
    driver.ok("CreateSecret", { Name: "db", SecretString: "one", ClientRequestToken: "a".repeat(32) });
    recorded(driver, history);
    const createdAt = driver.now;
    for (const [value, token] of [["two", "b"], ["three", "c"]] as const) {
      driver.now += 1000;
      driver.ok("PutSecretValue", { SecretId: "db", SecretString: value, ClientRequestToken: token.repeat(32) });
      recorded(driver, history);
    }
    driver.now += 1000;
    driver.ok("UpdateSecretVersionStage", { SecretId: "db", VersionStage: "keep", MoveToVersionId: "a".repeat(32) });
    recorded(driver, history);

    expect(history.size).toBe(4);
    const timeline = history.timeline(arnOf(driver, "db"))!;
    expect(timeline.complete).toBe(false);
    expect(openHolders(timeline)).toEqual({ ["a".repeat(32)]: ["keep"], ["b".repeat(32)]: ["AWSPREVIOUS"], ["c".repeat(32)]: ["AWSCURRENT"] });
    expect(timeline.spans.find((span) => span.label === "AWSCURRENT" && span.to === undefined)!.from).toBe(createdAt + 2000);
  });

  it("reads back what the secret held before its first kept event: the label moves name the versions before", () => {
    const driver = new Driver();
    const history = new HistoryRecorder(2);
    const [a, b] = ["a", "b"].map((letter) => letter.repeat(32));
    driver.ok("CreateSecret", { Name: "db", SecretString: "one", ClientRequestToken: a! });
    recorded(driver, history);
    const createdAt = driver.now;
    driver.now += 1000;
    driver.ok("PutSecretValue", { SecretId: "db", SecretString: "two", ClientRequestToken: b! });
    recorded(driver, history);

    const timeline = history.timeline(arnOf(driver, "db"))!;
    expect(timeline.complete).toBe(false);
    expect(timeline.spans.map((span) => [span.label, span.versionId, span.from, span.to])).toEqual([
      ["AWSCURRENT", a, undefined, createdAt + 1000],
      ["AWSCURRENT", b, createdAt + 1000, undefined],
      ["AWSPREVIOUS", a, createdAt + 1000, undefined],
    ]);
    // The versions' creation dates come from the secret as it is now.
    expect(timeline.versions.map((version) => [version.versionId, version.addedAt])).toEqual([
      [a, createdAt],
      [b, createdAt + 1000],
    ]);
  });

  it("reads back a purged secret's last labels from its purge when nothing else is kept", () => {
    const driver = new Driver();
    const history = new HistoryRecorder(1);
    driver.ok("CreateSecret", { Name: "old", SecretString: "x", ClientRequestToken: "a".repeat(32) });
    recorded(driver, history);
    const arn = arnOf(driver, "old");
    driver.ok("DeleteSecret", { SecretId: "old", RecoveryWindowInDays: 7 });
    recorded(driver, history);
    driver.advance(8 * DAY);
    recorded(driver, history);

    const timeline = history.timeline(arn)!;
    expect(timeline.events.map((event) => event.kind)).toEqual(["purged"]);
    expect(timeline.spans.map((span) => [span.label, span.versionId, span.from === undefined, span.to])).toEqual([
      ["AWSCURRENT", "a".repeat(32), true, timeline.events[0]!.at],
    ]);
    expect(timeline.versions.map((version) => [version.versionId, version.ended])).toEqual([["a".repeat(32), "purged"]]);
  });

  it("starts from a state already there (a state file loaded) without an event", () => {
    const driver = new Driver();
    driver.ok("CreateSecret", { Name: "loaded", SecretString: "x", ClientRequestToken: "a".repeat(32) });
    const history = new HistoryRecorder();
    history.begin(driver.state);
    expect(history.size).toBe(0);
    const timeline = history.timeline(arnOf(driver, "loaded"))!;
    expect(timeline.spans).toEqual([{ label: "AWSCURRENT", versionId: "a".repeat(32), fromSeq: -1 }]);
  });

  it("takes the cause the server gives, and the reset as a removal", () => {
    const driver = new Driver();
    const history = new HistoryRecorder();
    driver.ok("CreateSecret", { Name: "db", SecretString: "one", ClientRequestToken: driver.token() });
    history.observe(driver.state, driver.now, "CreateSecret");
    const arn = arnOf(driver, "db");
    history.observe(new Driver().state, driver.now, "reset");
    const timeline = history.timeline(arn)!;
    expect(timeline.events.map((event) => `${event.kind} ${event.cause}`)).toEqual([
      "created CreateSecret",
      "version-added CreateSecret",
      "label CreateSecret",
      "removed reset",
    ]);
    expect(timeline.gone).toBe("removed");
  });

  it("refuses a limit that is not a whole number of events", () => {
    expect(() => new HistoryRecorder(-1)).toThrow(/whole number/);
    expect(() => new HistoryRecorder(1.5)).toThrow(/whole number/);
  });
});

describe("history properties", () => {
  test.prop([callsArbitrary(), fc.integer({ min: 0, max: 60 })])(
    "the spans of one label never overlap, and the labels held at the end are DescribeSecret's VersionIdsToStages",
    (calls, small) => {
      // A small limit drops events; a large one keeps every event, and then every span's start.
      const limit = small === 60 ? 1_000_000 : small;
      const driver = new Driver();
      const history = new HistoryRecorder(limit);
      for (const { after, now } of steps(calls, driver)) {
        history.observe(after, now);
        expect(history.size).toBeLessThanOrEqual(limit);
      }
      for (const secret of allSecrets(driver.state)) {
        const timeline = history.timeline(secret.ARN)!;
        if (limit === 1_000_000) {
          expect(timeline.complete).toBe(true);
          expect(timeline.spans.every((span) => span.from !== undefined)).toBe(true);
        }
        const byLabel = new Map<string, { fromSeq: number; toSeq?: number }[]>();
        for (const span of timeline.spans) byLabel.set(span.label, [...(byLabel.get(span.label) ?? []), span]);
        for (const spans of byLabel.values()) {
          spans.forEach((span, i) => {
            expect(span.toSeq ?? Infinity).toBeGreaterThan(span.fromSeq);
            if (i > 0) expect(span.fromSeq).toBeGreaterThanOrEqual(spans[i - 1]!.toSeq!);
          });
          expect(spans.filter((span) => span.toSeq === undefined).length).toBeLessThanOrEqual(1);
        }
        // Replicas live in other regions: DescribeSecret is asked in the secret's own region.
        const region = driver.region;
        driver.region = timeline.region;
        const described = driver.call("DescribeSecret", { SecretId: secret.ARN });
        driver.region = region;
        expect(described.ok).toBe(true);
        const stages = described.ok ? (described.response as { VersionIdsToStages?: Record<string, string[]> }).VersionIdsToStages ?? {} : {};
        const expected = Object.fromEntries(Object.entries(stages).map(([id, labels]) => [id, [...labels].sort()]));
        expect(openHolders(timeline)).toEqual(expected);
        expect(timeline.gone).toBeUndefined();
        for (const version of timeline.versions) {
          expect(version.ended === undefined).toBe(versionById(secret.versions, version.versionId) !== undefined);
        }
        const rows = new Set(timeline.versions.map((version) => version.versionId));
        for (const versionId of versionIds(secret.versions)) expect(rows.has(versionId)).toBe(true);
      }
    },
  );
});
