// The console's entry: routes (#/secrets, #/secret/<ARN>, #/requests, #/rotations), draws the
// view of the route, and asks for the control token when the emulator wants one.
import { ApiError } from "./api.js";
import { renderControls } from "./clock-controls.js";
import { announce, h, replace } from "./dom.js";
import { listView } from "./list-view.js";
import { requestsView } from "./request-log.js";
import { rotationsView } from "./rotations-view.js";
import { secretView } from "./secret-view.js";
import { tokenForm } from "./token.js";

const main = document.getElementById("main");
const TITLE = "Secrets Manager emulator console";

function route() {
  const hash = location.hash.replace(/^#/, "");
  if (hash.startsWith("/secret/")) return { view: "secrets", arn: decodeURIComponent(hash.slice("/secret/".length)) };
  if (hash === "/requests") return { view: "requests" };
  if (hash === "/rotations") return { view: "rotations" };
  return { view: "secrets" };
}

let drawing = 0;

async function draw(focus) {
  const id = ++drawing;
  const { view, arn } = route();
  for (const link of document.querySelectorAll("nav a[data-view]")) {
    if (link.dataset.view === view) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  document.title = TITLE;
  try {
    const content =
      arn !== undefined ? await secretView(arn, failed) : view === "requests" ? await requestsView() : view === "rotations" ? await rotationsView() : await listView(failed);
    if (id !== drawing) return;
    replace(main, content);
    if (focus) main.focus();
  } catch (error) {
    if (id === drawing) failed(error);
  }
}

/** An error from the emulator: the token form when it wants the control token, else the message. */
function failed(error) {
  if (error instanceof ApiError && error.status === 401) {
    replace(main, tokenForm(error.message, () => start()));
    return;
  }
  const message = error instanceof ApiError ? `${error.code}: ${error.message}` : `The console failed: ${error.message}`;
  announce(message, "error");
  if (main.childElementCount === 0) replace(main, h("div", { class: "panel error-panel" }, h("h2", {}, "The emulator did not answer"), h("p", {}, message)));
}

async function start() {
  try {
    await renderControls(document.getElementById("clock-controls"), document.getElementById("state-controls"), failed);
    await draw(false);
  } catch (error) {
    failed(error);
  }
}

window.addEventListener("hashchange", () => draw(true));
window.addEventListener("emulator-changed", () => draw(false));

// The skip link and the "On this page" links move the focus without touching the route (the hash).
document.addEventListener("click", (event) => {
  const link = event.target instanceof Element ? event.target.closest("a.skip-link, a[data-target]") : null;
  if (link === null) return;
  event.preventDefault();
  const target = link.classList.contains("skip-link") ? main : document.getElementById(link.dataset.target);
  if (target === null) return;
  if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.focus();
  target.scrollIntoView({ block: "start" });
});

start();
