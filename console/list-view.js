// The secrets of one account and region, as ListSecrets answers them with the user's filters,
// sort and page size; and the secrets gone lately (purged or removed), from the history.
import { api } from "./api.js";
import { h, replace, table, time } from "./dom.js";

const FILTER_KEYS = ["name", "description", "tag-key", "tag-value", "primary-region", "owning-service", "all"];
const SORT_KEYS = [
  ["created-date", "Created"],
  ["last-changed-date", "Last changed"],
  ["last-accessed-date", "Last accessed"],
  ["name", "Name"],
];
const PAGE_SIZES = [10, 25, 50, 100];

// Kept while the page is open, so that coming back from a secret shows the same list.
const query = { accountId: undefined, region: undefined, filters: [], sortBy: "created-date", sortOrder: "asc", includePlannedDeletion: true, pageSize: 25 };
let pages = [undefined];

export function secretLink(arn, name) {
  return h("a", { href: `#/secret/${encodeURIComponent(arn)}` }, name);
}

/** The ListSecrets request the form describes: one filter per key, its values ORed (AWS doc: Filter). */
function listRequest(nextToken) {
  const byKey = new Map();
  for (const { key, value } of query.filters) if (value.trim() !== "") byKey.set(key, [...(byKey.get(key) ?? []), value.trim()]);
  return {
    ...(byKey.size === 0 ? {} : { Filters: [...byKey].map(([Key, Values]) => ({ Key, Values })) }),
    SortBy: query.sortBy,
    SortOrder: query.sortOrder,
    IncludePlannedDeletion: query.includePlannedDeletion,
    MaxResults: query.pageSize,
    ...(nextToken === undefined ? {} : { NextToken: nextToken }),
  };
}

export async function listView(onError) {
  const overview = await api.overview();
  query.accountId ??= overview.defaultAccountId;
  query.region ??= overview.defaultRegion;
  const results = h("div", { id: "secret-results" });
  const load = async (page) => {
    try {
      const listed = await api.listSecrets(query.accountId, query.region, listRequest(pages[page]));
      pages = [...pages.slice(0, page + 1), listed.NextToken];
      replace(results, resultsTable(listed.SecretList, page, load));
    } catch (error) {
      onError(error);
    }
  };
  const form = filterForm(overview, () => {
    pages = [undefined];
    load(0);
  });
  pages = [undefined];
  await load(0);
  return h(
    "div",
    { class: "view" },
    h("h2", {}, "Secrets"),
    form,
    results,
    goneTable(overview.gone),
    h("p", { class: "muted" }, `The history keeps ${overview.history.kept.toLocaleString("en")} of at most ${overview.history.limit.toLocaleString("en")} events (--history-limit).`),
  );
}

function filterForm(overview, submit) {
  const known = h("datalist", { id: "known-regions" });
  const knownRegions = () => {
    const regions = overview.accounts.find(({ accountId }) => accountId === query.accountId)?.regions ?? [];
    replace(known, regions.map(({ region: name, secrets }) => h("option", { value: name }, `${name} (${secrets} secrets)`)));
  };
  knownRegions();
  const account = h(
    "select",
    {
      id: "list-account",
      onchange: () => {
        query.accountId = account.value;
        knownRegions();
      },
    },
    overview.accounts.map(({ accountId }) => h("option", { value: accountId, selected: accountId === query.accountId }, accountId)),
  );
  const region = h("input", { id: "list-region", list: "known-regions", value: query.region, required: true, autocomplete: "off", onchange: () => (query.region = region.value.trim()) });
  const rows = h("div", { class: "filter-rows" });
  const drawRows = () =>
    replace(
      rows,
      query.filters.map((filter, i) => filterRow(filter, i, () => {
        query.filters.splice(i, 1);
        drawRows();
      })),
    );
  drawRows();
  const select = (id, options, value, set) =>
    h("select", { id, onchange: (event) => set(event.target.value) }, options.map(([v, text]) => h("option", { value: v, selected: v === value }, text)));
  const planned = h("input", { id: "list-planned", type: "checkbox", checked: query.includePlannedDeletion, onchange: () => (query.includePlannedDeletion = planned.checked) });
  return h(
    "form",
    {
      class: "panel filters",
      "aria-labelledby": "filters-title",
      onsubmit: (event) => {
        event.preventDefault();
        query.region = region.value.trim();
        submit();
      },
    },
    h("h3", { id: "filters-title" }, "ListSecrets request"),
    h(
      "div",
      { class: "field-row" },
      h("div", { class: "field" }, h("label", { for: "list-account" }, "Account"), account),
      h("div", { class: "field" }, h("label", { for: "list-region" }, "Region"), region, known),
      h("div", { class: "field" }, h("label", { for: "list-sort" }, "Sort by"), select("list-sort", SORT_KEYS, query.sortBy, (v) => (query.sortBy = v))),
      h("div", { class: "field" }, h("label", { for: "list-order" }, "Order"), select("list-order", [["asc", "Ascending"], ["desc", "Descending"]], query.sortOrder, (v) => (query.sortOrder = v))),
      h(
        "div",
        { class: "field" },
        h("label", { for: "list-size" }, "Page size"),
        select("list-size", PAGE_SIZES.map((n) => [String(n), String(n)]), String(query.pageSize), (v) => (query.pageSize = Number(v))),
      ),
      h("div", { class: "field checkbox" }, planned, h("label", { for: "list-planned" }, "Include secrets scheduled for deletion")),
    ),
    h(
      "fieldset",
      { "aria-describedby": "filter-help" },
      h("legend", {}, "Filters"),
      h("p", { id: "filter-help", class: "muted" }, "Values of one key match any of them; different keys must all match. A value starting with ! excludes."),
      rows,
      h("button", {
        type: "button",
        onclick: () => {
          query.filters.push({ key: "name", value: "" });
          drawRows();
          rows.querySelector(`#filter-value-${query.filters.length - 1}`)?.focus();
        },
      }, "Add filter"),
    ),
    h("button", { type: "submit", class: "primary" }, "List secrets"),
  );
}

function filterRow(filter, i, remove) {
  const key = h(
    "select",
    { id: `filter-key-${i}`, onchange: () => (filter.key = key.value) },
    FILTER_KEYS.map((name) => h("option", { value: name, selected: name === filter.key }, name)),
  );
  const value = h("input", { id: `filter-value-${i}`, value: filter.value, oninput: () => (filter.value = value.value) });
  return h(
    "div",
    { class: "filter-row" },
    h("label", { for: `filter-key-${i}` }, `Filter ${i + 1} key`),
    key,
    h("label", { for: `filter-value-${i}` }, "value"),
    value,
    h("button", { type: "button", onclick: remove, "aria-label": `Remove filter ${i + 1}` }, "Remove"),
  );
}

function resultsTable(secrets, page, load) {
  const caption = `${secrets.length} secret${secrets.length === 1 ? "" : "s"} in account ${query.accountId}, ${query.region}, page ${page + 1}`;
  const pager = h(
    "div",
    { class: "pager" },
    page > 0 ? h("button", { type: "button", onclick: () => load(page - 1) }, "Previous page") : null,
    pages[page + 1] !== undefined ? h("button", { type: "button", onclick: () => load(page + 1) }, "Next page") : null,
  );
  if (secrets.length === 0) return [h("p", { class: "panel", id: "no-secrets" }, `No secret matches (${caption}).`), pager];
  return [
    table("secrets", caption, ["Name", "Description", "Created", "Last changed", "Last accessed", "Rotation", "Labelled versions", "Status"], secrets.map(secretRow)),
    pager,
  ];
}

function secretRow(secret) {
  const versions = Object.entries(secret.SecretVersionsToStages ?? {});
  const labels = versions.map(([, stages]) => stages.join(", ")).join("; ");
  const rotation = secret.RotationEnabled ? ["on", secret.NextRotationDate === undefined ? null : [", next ", time(secret.NextRotationDate)]] : "off";
  const status = secret.DeletedDate === undefined ? "Active" : ["Scheduled for deletion (deleted ", time(secret.DeletedDate), ")"];
  return h(
    "tr",
    { "data-arn": secret.ARN },
    h("th", { scope: "row" }, secretLink(secret.ARN, secret.Name)),
    h("td", {}, secret.Description ?? ""),
    h("td", {}, time(secret.CreatedDate)),
    h("td", {}, time(secret.LastChangedDate)),
    h("td", {}, time(secret.LastAccessedDate)),
    h("td", {}, rotation),
    h("td", {}, `${versions.length}${labels === "" ? "" : ` (${labels})`}`),
    h("td", { class: secret.DeletedDate === undefined ? "" : "warning" }, status),
  );
}

function goneTable(gone) {
  if (gone.length === 0) return null;
  return table(
    "gone",
    "Secrets gone lately (their history stays readable)",
    ["Name", "Account", "Region", "What", "When"],
    gone.map((secret) =>
      h(
        "tr",
        { "data-arn": secret.arn },
        h("th", { scope: "row" }, secretLink(secret.arn, secret.name)),
        h("td", {}, secret.accountId),
        h("td", {}, secret.region),
        h("td", {}, secret.kind === "purged" ? "Purged: the recovery window ended" : "Removed"),
        h("td", {}, time(secret.at)),
      ),
    ),
  );
}
