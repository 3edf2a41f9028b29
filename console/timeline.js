// A secret's versions as a timeline: one row per version, a coloured bar for each staging label
// the version held, from the moment it got the label to the moment it lost it, named in the bar
// and in the ordered list of moves below (the same facts in text). Columns are moments in the
// order things happened, each headed with its time: a rotation's seconds and a month of waiting
// get the same width.
import { formatTime, h, svg, table, time } from "./dom.js";

const AWS_COLOURS = { AWSCURRENT: "#1a7f37", AWSPREVIOUS: "#0550ae", AWSPENDING: "#8a5a00" };
const OTHER_COLOURS = ["#6e40c9", "#bf3989", "#0e7490", "#57606a"];
const LEFT = 150;
const COLUMN = 118;
const HEADER = 46;
const LANE = 22;
const ROW_PADDING = 10;

export function labelColour(label, others) {
  if (Object.hasOwn(AWS_COLOURS, label)) return AWS_COLOURS[label];
  if (!others.has(label)) others.set(label, OTHER_COLOURS[others.size % OTHER_COLOURS.length]);
  return others.get(label);
}

export function shortId(versionId) {
  return versionId.length > 12 ? `${versionId.slice(0, 8)}…` : versionId;
}

/** Moments: the events of one state change (one call, one move of the clock), each a column. */
function columnsOf(events) {
  const columns = [];
  const columnOfSeq = new Map();
  for (const event of events) {
    const last = columns.at(-1);
    if (last === undefined || last.change !== event.change) columns.push({ at: event.at, change: event.change, events: [event] });
    else last.events.push(event);
    columnOfSeq.set(event.seq, columns.length - 1);
  }
  return { columns, columnOfSeq };
}

function byLabel(a, b) {
  const rank = (label) => (Object.hasOwn(AWS_COLOURS, label) ? Object.keys(AWS_COLOURS).indexOf(label) : 3);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

export function timelineView(timeline, historyLimit) {
  const others = new Map();
  const { columns, columnOfSeq } = columnsOf(timeline.events);
  const end = columns.length;
  const columnOf = (seq) => columnOfSeq.get(seq) ?? 0;
  const x = (column) => LEFT + column * COLUMN;
  const rows = timeline.versions.map((version) => {
    const labels = [...new Set(timeline.spans.filter((span) => span.versionId === version.versionId).map((span) => span.label))].sort(byLabel);
    return { version, labels, height: ROW_PADDING * 2 + Math.max(1, labels.length) * LANE };
  });
  const width = x(end) + COLUMN / 2 + 10;
  const height = HEADER + rows.reduce((sum, row) => sum + row.height, 0) + 8;
  const drawing = svg(
    "svg",
    { role: "img", "aria-labelledby": "timeline-svg-title timeline-svg-desc", width, height, viewBox: `0 0 ${width} ${height}`, class: "timeline" },
    svg("title", { id: "timeline-svg-title" }, `Staging labels of ${timeline.name} over time`),
    svg(
      "desc",
      { id: "timeline-svg-desc" },
      "One row per version; each coloured bar is a staging label held by that version from one moment to another. The list of moves below gives the same facts in order.",
    ),
    columns.map((column, i) => columnHeader(column, i, columns[i - 1], x(i), height)),
    svg("text", { x: x(end) + 4, y: 18, class: "axis" }, timeline.gone === undefined ? "now" : ""),
    lifecycleMarks(timeline.events, columnOf, x, height),
  );
  let top = HEADER;
  for (const row of rows) {
    drawing.append(versionRow(row, top, { x, columnOf, end, others, timeline }));
    top += row.height;
  }
  const legendLabels = [...new Set(timeline.spans.map((span) => span.label))].sort(byLabel);
  return [
    timeline.complete
      ? null
      : h(
          "p",
          { class: "notice" },
          `Older events of this secret were dropped (the history keeps ${historyLimit} events): bars drawn from the left edge began before the first moment shown; the list below gives their start.`,
        ),
    h(
      "ul",
      { class: "legend", "aria-label": "Label colours" },
      legendLabels.map((label) =>
        h("li", {}, svg("svg", { width: 14, height: 14, "aria-hidden": "true", class: "swatch" }, svg("rect", { width: 14, height: 14, rx: 3, fill: labelColour(label, others) })), label),
      ),
    ),
    h("div", { class: "timeline-scroll", tabindex: "0", role: "region", "aria-label": "Timeline drawing (scrolls sideways)" }, drawing),
    h("h4", { id: "moves-title" }, "Moves and events, in order"),
    h("ol", { id: "timeline-events", class: "events", "aria-labelledby": "moves-title" }, timeline.events.map(eventItem)),
    spansTable(timeline),
  ];
}

function columnHeader(column, i, previous, left, height) {
  const iso = new Date(column.at).toISOString();
  const day = iso.slice(0, 10);
  const before = previous === undefined ? "" : new Date(previous.at).toISOString();
  const sameDay = before.slice(0, 10) === day;
  const sameTime = before.slice(0, 19) === iso.slice(0, 19);
  return svg(
    "g",
    { class: "column" },
    svg("line", { x1: left, x2: left, y1: HEADER - 6, y2: height - 4, class: "grid" }),
    svg("text", { x: left + 3, y: 16, class: "axis" }, sameDay ? "" : day),
    svg("text", { x: left + 3, y: 32, class: "axis" }, sameTime ? "" : iso.slice(11, 19)),
    svg("title", {}, `Moment ${i + 1}: ${formatTime(column.at)}`),
  );
}

const MARKS = { deleted: "deleted", restored: "restored", purged: "purged", removed: "removed", "rotation-started": "rotation" };

function lifecycleMarks(events, columnOf, x, height) {
  return events
    .filter((event) => Object.hasOwn(MARKS, event.kind))
    .map((event) => {
      const left = x(columnOf(event.seq)) + 1;
      return svg(
        "g",
        { class: `mark mark-${event.kind}` },
        svg("line", { x1: left, x2: left, y1: HEADER - 4, y2: height - 4 }),
        svg("text", { x: left + 3, y: HEADER - 2, class: "mark-text" }, MARKS[event.kind]),
      );
    });
}

function versionRow({ version, labels, height }, top, { x, columnOf, end, others, timeline }) {
  const from = x(columnOf(version.addedSeq));
  const to = version.endedSeq === undefined ? x(end) + COLUMN / 2 : x(columnOf(version.endedSeq));
  const line = top + height - 5;
  const group = svg(
    "g",
    { class: "version-row", "data-version": version.versionId },
    svg("text", { x: 6, y: top + ROW_PADDING + 15, class: "version-id" }, shortId(version.versionId), svg("title", {}, `Version ${version.versionId}`)),
    svg("line", { x1: from, x2: Math.max(to, from + 4), y1: line, y2: line, class: `lifetime${version.ended ? " ended" : ""}` }),
    version.ended === undefined ? null : svg("text", { x: to + 4, y: line + 4, class: "ended-text" }, version.ended),
  );
  labels.forEach((label, lane) => {
    for (const span of timeline.spans) {
      if (span.versionId !== version.versionId || span.label !== label) continue;
      const left = x(columnOf(span.fromSeq));
      const right = span.toSeq === undefined ? x(end) + COLUMN / 2 : x(columnOf(span.toSeq));
      const barWidth = Math.max(right - left - 2, 8);
      const y = top + ROW_PADDING + lane * LANE;
      const held = `${label} on version ${version.versionId} from ${formatTime(span.from)} ${span.to === undefined ? "until now" : `to ${formatTime(span.to)}`}`;
      group.append(
        svg(
          "g",
          { class: "span", "data-label": label },
          svg("rect", { x: left + 1, y, width: barWidth, height: LANE - 4, rx: 4, fill: labelColour(label, others) }),
          barWidth >= label.length * 7.4 + 8 ? svg("text", { x: left + 6, y: y + 13, class: "span-text" }, label) : null,
          svg("title", {}, held),
        ),
      );
    }
  });
  return group;
}

function eventItem(event) {
  return h(
    "li",
    { "data-kind": event.kind, "data-label": event.label, "data-version": event.versionId ?? event.previous },
    time(event.at),
    " ",
    describe(event),
    event.cause === undefined ? null : h("span", { class: "muted" }, ` · ${event.cause}`),
  );
}

function version(id) {
  return h("code", {}, id);
}

function describe(event) {
  switch (event.kind) {
    case "created":
      return "Secret created";
    case "version-added":
      return ["Version ", version(event.versionId), " added"];
    case "version-pruned":
      return ["Version ", version(event.versionId), " pruned (an old version without a label)"];
    case "version-removed":
      return ["Version ", version(event.versionId), " removed"];
    case "label":
      if (event.previous === undefined) return [h("strong", {}, event.label), " attached to ", version(event.versionId)];
      if (event.versionId === undefined) return [h("strong", {}, event.label), " removed from ", version(event.previous)];
      return [h("strong", {}, event.label), " moved from ", version(event.previous), " to ", version(event.versionId)];
    case "deleted":
      return ["Scheduled for deletion", event.deletionDate === undefined ? "" : [" on ", time(event.deletionDate)]];
    case "restored":
      return "Restored";
    case "rotation-started":
      return [event.mode === "test" ? "Rotation test started on " : "Rotation started: new version ", version(event.versionId)];
    case "rotation-ended":
      return event.rotated ? "Rotation finished" : "Rotation ended without rotating";
    case "purged":
      return "Purged: the recovery window ended";
    case "removed":
      return "Removed from the state";
    default:
      return event.kind;
  }
}

function spansTable(timeline) {
  return h(
    "details",
    {},
    h("summary", {}, "Label spans as a table"),
    table(
      "spans",
      `Which version held each label of ${timeline.name}, from when to when`,
      ["Label", "Version", "From", "To"],
      timeline.spans.map((span) =>
        h("tr", {}, h("th", { scope: "row" }, span.label), h("td", {}, version(span.versionId)), h("td", {}, time(span.from)), h("td", {}, span.to === undefined ? "now" : time(span.to))),
      ),
    ),
  );
}
