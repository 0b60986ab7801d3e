// Names of posted form inputs follow coerceFormInput: `key`, `key.part`, `group[0].key`. Errors are keyed the
// same way, so the page can show each one at its control.

/** The input name an issue path points at: ["address", "street"] → "address.street", ["rows", 0, "x"] → "rows[0].x". */
export function issuePathToName(path: ReadonlyArray<string | number>): string {
  let name = "";
  for (const part of path) {
    if (typeof part === "number") name += `[${part}]`;
    else name += name === "" ? part : `.${part}`;
  }
  return name;
}
