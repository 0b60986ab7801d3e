// Shows and clears a field's error message in the page the way the server renders it (components/form-renderer
// field-frame): the message after the hint, "Virhe:" for screen readers, aria-invalid and aria-describedby.

export function controlId(name: string): string {
  return name.replace(/\[(\d+)\]/g, "-$1").replace(/[^a-zA-Z0-9_-]/g, "-");
}

/** The message now shown at the field, or undefined. */
export function shownError(name: string): string | undefined {
  const error = document.getElementById(`${controlId(name)}-error`);
  return error ? (error.lastChild?.textContent ?? "") : undefined;
}

export function setFieldError(name: string, message: string | undefined, prefix: string): void {
  const control = document.getElementById(controlId(name));
  if (!control) return;
  const frame = control.closest(".field");
  if (!frame) return;
  const errorId = `${control.id}-error`;
  let error = document.getElementById(errorId);
  if (message) {
    if (!error) {
      error = document.createElement("span");
      error.className = "field-error";
      error.id = errorId;
      const hint = document.getElementById(`${control.id}-hint`);
      const label = frame.querySelector(".label");
      (hint ?? label)?.insertAdjacentElement("afterend", error);
    }
    error.textContent = "";
    const hidden = document.createElement("span");
    hidden.className = "visually-hidden";
    hidden.textContent = `${prefix.trim()} `;
    error.append(hidden, message);
    frame.classList.add("field--error");
    if (control.tagName !== "FIELDSET") control.setAttribute("aria-invalid", "true");
  } else {
    error?.remove();
    frame.classList.remove("field--error");
    control.removeAttribute("aria-invalid");
  }
  const describedBy = (control.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .filter((id) => id && id !== errorId);
  if (message) describedBy.push(errorId);
  if (describedBy.length > 0) control.setAttribute("aria-describedby", describedBy.join(" "));
  else control.removeAttribute("aria-describedby");
}
