// A secret's page: its metadata, its versions (each value hidden until the user reveals it),
// the timeline of its staging labels, its rotation runs, its tags, policy and replication, and
// the requests about it.
import { api } from "./api.js";
import { h, replace, section, table, time } from "./dom.js";
import { requestTable } from "./request-log.js";
import { runsView } from "./rotations-view.js";
import { timelineView } from "./timeline.js";

export async function secretView(arn, onError) {
  const page = await api.secret(arn);
  let runs;
  try {
    runs = runsView(await api.rotations(), arn);
  } catch (error) {
    runs = h("p", { class: "muted" }, `GET /_emulator/rotations did not answer: ${error.message}`);
  }
  const described = page.describe;
  const name = described?.Name ?? page.timeline?.name ?? arn;
  document.title = `${name} · Secrets Manager emulator console`;
  const sections = [
    ["details", "Details"],
    ["timeline", "Timeline of staging labels"],
    ["versions", "Versions"],
    ["rotation", "Rotation runs"],
    ["tags", "Tags"],
    ["policy", "Resource policy"],
    ["replication", "Replication"],
    ["requests", "Requests"],
  ];
  return h(
    "div",
    { class: "view" },
    h("p", { class: "breadcrumb" }, h("a", { href: "#/secrets" }, "Secrets"), " / ", name),
    h("h2", {}, name, " ", statusBadge(page)),
    h("nav", { "aria-label": "On this page", class: "local" }, h("ul", {}, sections.map(([id, title]) => h("li", {}, h("a", { href: `#/secret/${encodeURIComponent(arn)}`, "data-target": `${id}-title` }, title))))),
    section("details-title", "Details", details(page)),
    section("timeline-title", "Timeline of staging labels", page.timeline === undefined ? h("p", { class: "muted" }, "No history recorded for this secret.") : timelineView(page.timeline, page.historyLimit)),
    section("versions-title", "Versions", versions(page, onError)),
    section("rotation-title", "Rotation runs", runs),
    section("tags-title", "Tags", tags(described)),
    section("policy-title", "Resource policy", policy(page)),
    section("replication-title", "Replication", replication(described)),
    section("requests-title", "Requests", requestTable(page.requests, `The latest requests about ${name}, the latest first`)),
  );
}

function statusBadge(page) {
  if (page.describe === undefined) {
    const gone = page.timeline?.gone;
    return h("span", { class: "badge gone" }, gone === "purged" ? "Purged" : gone === "removed" ? "Removed" : "Not found");
  }
  if (page.describe.DeletedDate !== undefined) return h("span", { class: "badge warning" }, "Scheduled for deletion");
  return null;
}

function details(page) {
  const d = page.describe;
  if (d === undefined) {
    return h("p", {}, `DescribeSecret answers ${page.describeError?.code ?? "an error"}: ${page.describeError?.message ?? ""}`);
  }
  const rules = d.RotationRules === undefined ? undefined : Object.entries(d.RotationRules).map(([key, value]) => `${key}: ${value}`).join(", ");
  const rows = [
    ["ARN", h("code", {}, d.ARN)],
    ["Description", d.Description],
    ["KMS key", d.KmsKeyId ?? "aws/secretsmanager (default)"],
    ["Created", time(d.CreatedDate)],
    ["Last changed", time(d.LastChangedDate)],
    ["Last accessed", d.LastAccessedDate === undefined ? "never" : time(d.LastAccessedDate)],
    ["Deleted", d.DeletedDate === undefined ? undefined : [time(d.DeletedDate), page.timeline?.deletionDate === undefined ? "" : [" (deleted for good on ", time(page.timeline.deletionDate), ")"]]],
    ["Rotation", d.RotationEnabled ? "enabled" : "off"],
    ["Rotation function", d.RotationLambdaARN === undefined ? undefined : h("code", {}, d.RotationLambdaARN)],
    ["Rotation rules", rules],
    ["Last rotated", d.LastRotatedDate === undefined ? undefined : time(d.LastRotatedDate)],
    ["Next rotation", d.NextRotationDate === undefined ? undefined : time(d.NextRotationDate)],
    ["Owning service", d.OwningService],
    ["Primary region", d.PrimaryRegion],
    ["Account and region", `${page.accountId}, ${page.region}`],
  ];
  return h("dl", { class: "details" }, rows.filter(([, value]) => value !== undefined).flatMap(([term, value]) => [h("dt", {}, term), h("dd", {}, value)]));
}

function versions(page, onError) {
  if (page.versions === undefined || page.versions.length === 0) return h("p", { class: "muted" }, "No version to list.");
  return table(
    "versions",
    "ListSecretVersionIds with IncludeDeprecated; values stay hidden until revealed, one at a time",
    ["Version", "Labels", "Created", "Last accessed", "Value"],
    page.versions.map((version) => versionRow(page.arn, version, onError)),
  );
}

function versionRow(arn, version, onError) {
  const id = version.VersionId;
  return h(
    "tr",
    { "data-version": id },
    h("th", { scope: "row" }, h("code", {}, id)),
    h("td", {}, (version.VersionStages ?? []).join(", ") || "none (deprecated)"),
    h("td", {}, time(version.CreatedDate)),
    h("td", {}, version.LastAccessedDate === undefined ? "never" : time(version.LastAccessedDate)),
    valueCell(arn, id, onError),
  );
}

/** A version's value: a button that asks the emulator for it (one request, never cached), and hides it again. */
function valueCell(arn, id, onError) {
  const cell = h("td", { class: "value-cell", id: `value-${id}` });
  const hidden = () => {
    const reveal = async () => {
      try {
        const revealed = await api.reveal(arn, id);
        const binary = revealed.SecretString === undefined;
        const label = binary ? `Binary value of version ${id}, base64` : `Value of version ${id}`;
        const hide = h("button", { type: "button", "aria-expanded": "true", "aria-controls": `value-${id}`, onclick: () => hidden().focus() }, "Hide value");
        replace(cell, h("pre", { class: "value", tabindex: "0", "aria-label": label }, binary ? (revealed.SecretBinary ?? "") : revealed.SecretString), hide);
        hide.focus();
      } catch (error) {
        if (error.status === 401) return onError(error);
        replace(cell, h("p", { class: "error-text" }, `${error.code}: ${error.message}`), h("button", { type: "button", onclick: () => hidden().focus() }, "Back"));
      }
    };
    const button = h(
      "button",
      { type: "button", "aria-expanded": "false", "aria-controls": `value-${id}`, "aria-label": `Reveal value of version ${id}`, onclick: reveal },
      "Reveal value",
    );
    replace(cell, button);
    return button;
  };
  hidden();
  return cell;
}

function tags(described) {
  const list = described?.Tags ?? [];
  if (list.length === 0) return h("p", { class: "muted" }, "No tags.");
  return table("tags", "Tags", ["Key", "Value"], list.map((tag) => h("tr", {}, h("th", { scope: "row" }, tag.Key), h("td", {}, tag.Value))));
}

function policy(page) {
  if (page.policy === undefined || page.policy === null) return h("p", { class: "muted" }, "No resource policy.");
  let text = page.policy;
  try {
    text = JSON.stringify(JSON.parse(page.policy), null, 2);
  } catch {
    // Shown as stored.
  }
  return h("pre", { class: "policy", tabindex: "0", "aria-label": "Resource policy document" }, text);
}

function replication(described) {
  const replicas = described?.ReplicationStatus ?? [];
  if (replicas.length === 0) return h("p", { class: "muted" }, described?.PrimaryRegion === undefined ? "Not replicated." : `A replica of the secret in ${described.PrimaryRegion}.`);
  return table(
    "replication",
    "Replica regions",
    ["Region", "Status", "Message", "KMS key", "Last accessed"],
    replicas.map((replica) =>
      h(
        "tr",
        {},
        h("th", { scope: "row" }, replica.Region),
        h("td", {}, replica.Status),
        h("td", {}, replica.StatusMessage ?? ""),
        h("td", {}, replica.KmsKeyId ?? "default"),
        h("td", {}, replica.LastAccessedDate === undefined ? "never" : time(replica.LastAccessedDate)),
      ),
    ),
  );
}
