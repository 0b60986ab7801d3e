// Names and ids of rendered form controls. Input names follow lib/forms coerceFormInput:
// `key`, `key.part`, `group[0].key`; error keys use the same shape (see lib/forms/input-names.ts).

/** A valid, stable element id for an input name. */
export function controlId(idPrefix: string, name: string): string {
  return `${idPrefix}${name.replace(/\[(\d+)\]/g, "-$1").replace(/[^a-zA-Z0-9_-]/g, "-")}`;
}

/** Where an error's link should go: an issue on one file of a list ("files[1]") targets the list's input. */
export function errorTargetName(name: string): string {
  return name.replace(/\[\d+\]$/, "");
}

export function errorId(id: string): string {
  return `${id}-error`;
}

export function hintId(id: string): string {
  return `${id}-hint`;
}
