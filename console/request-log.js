// The request log: the last AWS requests as the emulator's log line shows them (operation, the
// secret as named, result, time taken). It never holds a value.
import { api } from "./api.js";
import { h, table, time } from "./dom.js";

export function requestTable(requests, caption) {
  if (requests.length === 0) return h("p", { class: "muted" }, "No request yet.");
  return table(
    "requests",
    caption,
    ["Time", "Operation", "Secret", "Result", "Account", "Region", "ms"],
    requests.map((request) =>
      h(
        "tr",
        {},
        h("td", {}, time(request.at)),
        h("th", { scope: "row" }, request.operation),
        h("td", { class: "wrap" }, request.secret),
        h("td", { class: request.result === "OK" ? "" : "warning" }, request.result),
        h("td", {}, request.accountId),
        h("td", {}, request.region),
        h("td", { class: "number" }, String(request.milliseconds)),
      ),
    ),
  );
}

/** The whole log (#/requests). */
export async function requestsView() {
  const { requests, limit } = await api.requests();
  return h("div", { class: "view" }, h("h2", {}, "Requests"), h("p", { class: "muted" }, `The latest first; the emulator keeps the last ${limit}.`), requestTable(requests, "AWS requests"));
}
