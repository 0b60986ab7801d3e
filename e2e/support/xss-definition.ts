// Run with `node --import tsx`: prints a form definition in which every localised text (title, page title and
// description, every element's label, hint, choices, heading and info text) is an XSS payload. A separate
// process because lib/forms loads JSON modules that Playwright's loader cannot import.
import { createElement, PALETTE_TYPES } from "@/components/form-builder/element-factory";
import { ZFormDefinition, type TElement, type TFormDefinition } from "@/lib/forms/definition";
import { XSS_PAYLOADS } from "@/lib/security/testing/xss-payloads";

let counter = 0;
const payload = () => `${XSS_PAYLOADS[counter++ % XSS_PAYLOADS.length]} #${counter}`;

function poison(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(poison);
  if (value && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.some(([key, text]) => key === "fi" && typeof text === "string")) {
      const text = payload();
      return { fi: text, sv: text, en: text };
    }
    return Object.fromEntries(entries.map(([key, inner]) => [key, poison(inner)]));
  }
  return value;
}

const base = ZFormDefinition.parse({
  schemaVersion: 1,
  languages: ["fi", "sv", "en"],
  title: { fi: "x" },
  description: { fi: "x" },
  pages: [{ id: "sivu1", title: { fi: "x" }, description: { fi: "x" }, elements: [] }],
});
const elements: TElement[] = [];
for (const type of PALETTE_TYPES) {
  const element = createElement(type, base, new Set(elements.map((e) => ("key" in e ? e.key : e.id))));
  elements.push(
    "label" in element ? ({ ...element, hint: { fi: "x" }, required: false } as TElement) : element,
  );
}
const definition = { ...base, pages: [{ ...base.pages[0]!, elements }] } as TFormDefinition;
process.stdout.write(JSON.stringify(ZFormDefinition.parse(poison(definition))));
