// The control token, asked for when the emulator refuses the console without it (it is needed
// once the emulator listens beyond loopback, or checks signatures). Kept for this tab only.
import { setControlToken } from "./api.js";
import { h } from "./dom.js";

/** A form that asks for the token; `done` runs once it is kept. */
export function tokenForm(message, done) {
  const input = h("input", { id: "control-token", type: "password", autocomplete: "off", spellcheck: "false", required: true });
  const form = h(
    "form",
    {
      class: "panel token",
      "aria-labelledby": "token-title",
      onsubmit: (event) => {
        event.preventDefault();
        setControlToken(input.value.trim());
        input.value = "";
        done();
      },
    },
    h("h2", { id: "token-title" }, "Control token needed"),
    h("p", {}, message),
    h(
      "p",
      {},
      "Paste the token the emulator was started with. It is kept in this tab's session storage only and sent as an Authorization header, never in a URL.",
    ),
    h("label", { for: "control-token" }, "Control token"),
    input,
    h("button", { type: "submit" }, "Use this token"),
  );
  queueMicrotask(() => input.focus());
  return form;
}
