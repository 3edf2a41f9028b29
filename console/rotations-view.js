// Rotation runs as GET /_emulator/rotations gives them: each run's secret and outcome, and,
// when the endpoint gives them, its steps with start, end, outcome and the function's output.
// Fields the page does not know are shown as they come, so a richer report still shows.
import { api } from "./api.js";
import { h, section, table, time } from "./dom.js";
import { secretLink } from "./list-view.js";

const KNOWN_RUN_FIELDS = new Set(["secretId", "status", "stepsRun", "steps", "error", "start", "end", "startedAt", "endedAt"]);

/** The runs of one secret (all when `arn` is undefined), or a note when the endpoint gives none. */
export function runsView(report, arn) {
  const runs = Array.isArray(report?.rotations) ? report.rotations : [];
  const mine = arn === undefined ? runs : runs.filter((run) => run.secretId === arn);
  if (mine.length === 0) return h("p", { class: "muted" }, arn === undefined ? "No rotation has run since the emulator started." : "No rotation run of this secret since the emulator started.");
  return h("ol", { class: "runs", reversed: true }, [...mine].reverse().map((run) => runItem(run, arn === undefined)));
}

function runItem(run, named) {
  const steps = Array.isArray(run.steps) ? run.steps : undefined;
  const extra = Object.entries(run).filter(([key]) => !KNOWN_RUN_FIELDS.has(key));
  return h(
    "li",
    { class: `run run-${String(run.status)}`, "data-status": run.status },
    h(
      "p",
      {},
      named ? [secretLink(String(run.secretId), nameOf(String(run.secretId))), ": "] : null,
      h("strong", {}, String(run.status ?? "unknown")),
      when(run),
      steps === undefined && Array.isArray(run.stepsRun) ? ` · steps run: ${run.stepsRun.join(", ") || "none"}` : null,
    ),
    run.error === undefined ? null : h("p", { class: "error-text" }, `Error: ${String(run.error)}`),
    steps === undefined ? null : stepsTable(steps),
    extra.length === 0 ? null : h("dl", { class: "extra" }, extra.flatMap(([key, value]) => [h("dt", {}, key), h("dd", {}, typeof value === "string" ? value : JSON.stringify(value))])),
  );
}

function when(run) {
  const start = run.start ?? run.startedAt;
  const end = run.end ?? run.endedAt;
  if (start === undefined) return null;
  return [" · ", shownTime(start), end === undefined ? " (running)" : [" to ", shownTime(end)]];
}

/** A time as the endpoint gives it: epoch ms or an ISO text. */
function shownTime(value) {
  const ms = typeof value === "number" ? value : Date.parse(String(value));
  return Number.isFinite(ms) ? time(ms) : String(value);
}

function stepsTable(steps) {
  return table(
    "steps",
    "Steps",
    ["Step", "Start", "End", "Outcome", "Output"],
    steps.map((step) =>
      h(
        "tr",
        {},
        h("th", { scope: "row" }, String(step.step ?? step.Step ?? "")),
        h("td", {}, step.start === undefined ? "-" : shownTime(step.start)),
        h("td", {}, step.end === undefined ? "-" : shownTime(step.end)),
        h("td", {}, String(step.outcome ?? step.status ?? "")),
        h("td", {}, step.output === undefined || step.output === "" ? "" : h("pre", { class: "output" }, String(step.output))),
      ),
    ),
  );
}

function nameOf(arn) {
  const resource = arn.split(":").slice(6).join(":");
  return resource === "" ? arn : resource.replace(/-[A-Za-z0-9]{6}$/, "");
}

/** The whole page of runs (#/rotations). */
export async function rotationsView() {
  let body;
  try {
    body = runsView(await api.rotations());
  } catch (error) {
    body = h("p", { class: "muted" }, `GET /_emulator/rotations did not answer: ${error.message}`);
  }
  return h("div", { class: "view" }, h("h2", {}, "Rotation runs"), section("runs-title", "Runs, the latest first", body));
}
