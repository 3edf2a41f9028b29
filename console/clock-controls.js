// The clock (advance, set) and the whole state (export, import, reset) in the page header. Each
// change is followed by an "emulator-changed" event, on which the current view is drawn again.
import { api } from "./api.js";
import { confirmAction } from "./confirm.js";
import { announce, formatTime, h, replace } from "./dom.js";

const UNITS = ["minutes", "hours", "days"];

let offset = 0;
let ticking = false;
const shown = h("time", { id: "clock-now" }, "-");

export function changed() {
  window.dispatchEvent(new CustomEvent("emulator-changed"));
}

/** Reads the emulator's clock again; the header then counts on from it. */
export async function refreshClock() {
  const { now } = await api.clock();
  offset = now - Date.now();
  showClock();
}

function showClock() {
  const now = Date.now() + offset;
  shown.textContent = formatTime(now);
  shown.setAttribute("datetime", new Date(now).toISOString());
}

/** Runs a change, says how it went, and tells the views. */
async function change(work, done, onError) {
  try {
    await work();
    await refreshClock();
    announce(done);
    changed();
  } catch (error) {
    onError(error);
  }
}

export function renderControls(clockContainer, stateContainer, onError) {
  const amount = h("input", { id: "advance-amount", type: "number", min: "1", step: "1", value: "1", required: true, inputmode: "numeric" });
  const unit = h("select", { id: "advance-unit" }, UNITS.map((name) => h("option", { value: name, selected: name === "days" }, name)));
  const advance = h(
    "form",
    {
      class: "control-group",
      "aria-label": "Advance the clock",
      onsubmit: (event) => {
        event.preventDefault();
        const count = Number(amount.value);
        change(() => api.advance({ [unit.value]: count }), `The clock moved ${count} ${unit.value} ahead.`, onError);
      },
    },
    h("label", { for: "advance-amount" }, "Advance by"),
    amount,
    h("label", { for: "advance-unit", class: "visually-hidden" }, "Unit"),
    unit,
    h("button", { type: "submit" }, "Advance"),
  );
  const at = h("input", { id: "set-time", type: "datetime-local", step: "1", required: true });
  const set = h(
    "form",
    {
      class: "control-group",
      "aria-label": "Set the clock",
      onsubmit: (event) => {
        event.preventDefault();
        const now = Date.parse(`${at.value}Z`);
        if (!Number.isFinite(now)) return announce("Give a date and time to set the clock to.", "error");
        change(() => api.setClock(now), `The clock is set to ${formatTime(now)}.`, onError);
      },
    },
    h("label", { for: "set-time" }, "Set to (UTC)"),
    at,
    h("button", { type: "submit" }, "Set"),
  );
  const file = h("input", { id: "import-file", type: "file", accept: ".json,application/json", hidden: true, "aria-label": "State file to import" });
  file.addEventListener("change", () => importFile(file, onError));
  replace(
    stateContainer,
    h("button", { type: "button", onclick: () => exportState(onError) }, "Export state"),
    h("button", { type: "button", onclick: () => file.click() }, "Import state…"),
    file,
    h("button", { type: "button", class: "danger", onclick: () => reset(onError) }, "Reset…"),
  );
  replace(clockContainer, h("p", { class: "clock" }, h("span", { class: "muted" }, "Emulator time "), shown), advance, set);
  if (!ticking) setInterval(showClock, 1000);
  ticking = true;
  return refreshClock();
}

async function exportState(onError) {
  try {
    const snapshot = await api.exportState();
    const url = URL.createObjectURL(new Blob([JSON.stringify(snapshot, null, 2)], { type: "application/json" }));
    const link = h("a", { href: url, download: `emulator-state-${new Date(Date.now() + offset).toISOString().replace(/[:.]/g, "-")}.json` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    announce("The state was exported: every secret, values included. Keep the file safe.");
  } catch (error) {
    onError(error);
  }
}

async function importFile(input, onError) {
  const [chosen] = input.files;
  input.value = "";
  if (chosen === undefined) return;
  let snapshot;
  try {
    snapshot = JSON.parse(await chosen.text());
  } catch {
    return announce(`${chosen.name} is not a JSON file.`, "error");
  }
  const confirmed = await confirmAction("Import this state?", `Every account and secret will be replaced by those of ${chosen.name}.`, "Replace the state");
  if (confirmed) change(() => api.importState(snapshot), `The state of ${chosen.name} was imported.`, onError);
}

async function reset(onError) {
  const confirmed = await confirmAction("Reset the emulator?", "Every secret of every account and region is removed, and the clock goes back to the real time.", "Reset everything");
  if (confirmed) change(() => api.reset(), "The emulator was reset.", onError);
}
