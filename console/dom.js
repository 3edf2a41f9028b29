// Building the page: elements made with text nodes only (names, tags and descriptions are the
// user's data, never markup), times shown in UTC, and one live region for status messages.

/** An element: attributes (on* keys take listeners), then children (text, nodes, arrays; null skipped). */
export function h(tag, attributes = {}, ...children) {
  return fill(document.createElement(tag), attributes, children);
}

/** An SVG element, the same way. */
export function svg(tag, attributes = {}, ...children) {
  return fill(document.createElementNS("http://www.w3.org/2000/svg", tag), attributes, children);
}

function fill(element, attributes, children) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** A table with a caption and column headings over `rows` (<tr> elements, each led by a <th scope="row">). */
export function table(className, caption, columns, rows) {
  return h(
    "table",
    { class: className },
    h("caption", {}, caption),
    h("thead", {}, h("tr", {}, columns.map((title) => h("th", { scope: "col" }, title)))),
    h("tbody", {}, rows),
  );
}

/** Replaces what a node holds. */
export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** "2026-01-01 00:00:00 UTC", or "-" when there is no time. */
export function formatTime(ms) {
  if (typeof ms !== "number" || !Number.isFinite(ms)) return "-";
  return `${new Date(ms).toISOString().replace("T", " ").replace(/\.\d{3}Z$/, "")} UTC`;
}

/** A <time> element for an epoch-ms time. */
export function time(ms) {
  if (typeof ms !== "number" || !Number.isFinite(ms)) return "-";
  return h("time", { datetime: new Date(ms).toISOString() }, formatTime(ms));
}

/** Says something to the user (and to screen readers, through the polite live region). */
export function announce(message, kind = "info") {
  const status = document.getElementById("status");
  if (status === null) return;
  status.dataset.kind = kind;
  status.textContent = message;
}

/** A section with a heading; `id` names the heading for aria-labelledby and for in-page links. */
export function section(id, title, ...children) {
  return h("section", { "aria-labelledby": id, class: "panel" }, h("h3", { id }, title), ...children);
}
