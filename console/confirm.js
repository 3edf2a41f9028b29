// Asking before a change that cannot be undone (reset, import): a modal dialog whose default
// button is Cancel; Escape cancels too.

/** Resolves true when the user confirms. */
export function confirmAction(title, text, action) {
  const dialog = document.getElementById("confirm");
  const cancel = document.getElementById("confirm-cancel");
  const confirm = document.getElementById("confirm-action");
  document.getElementById("confirm-title").textContent = title;
  document.getElementById("confirm-text").textContent = text;
  confirm.textContent = action;
  return new Promise((resolve) => {
    const finish = (confirmed) => {
      cancel.removeEventListener("click", onCancel);
      confirm.removeEventListener("click", onConfirm);
      dialog.removeEventListener("cancel", onCancel);
      if (dialog.open) dialog.close();
      resolve(confirmed);
    };
    const onCancel = (event) => {
      event.preventDefault();
      finish(false);
    };
    const onConfirm = () => finish(true);
    cancel.addEventListener("click", onCancel);
    confirm.addEventListener("click", onConfirm);
    dialog.addEventListener("cancel", onCancel);
    dialog.showModal();
    cancel.focus();
  });
}
