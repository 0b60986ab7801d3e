// A tiny tagged template that escapes every interpolated value unless it is already safe HTML.
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

type THtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly THtmlValue[];

function render(value: THtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: THtmlValue[]): SafeHtml {
  let result = strings[0] ?? "";
  values.forEach((value, index) => {
    result += render(value) + (strings[index + 1] ?? "");
  });
  return new SafeHtml(result);
}
