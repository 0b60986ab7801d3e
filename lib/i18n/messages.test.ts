import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import fi from "@/lib/i18n/messages/fi.json";
import sv from "@/lib/i18n/messages/sv.json";

function leaves(value: unknown, prefix = ""): Map<string, string> {
  const result = new Map<string, string>();
  if (typeof value === "string") result.set(prefix, value);
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, text] of leaves(child, prefix ? `${prefix}.${key}` : key)) result.set(path, text);
    }
  }
  return result;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((match) => match[1]).sort();

describe("admin message files", () => {
  const finnish = leaves(fi);
  it.each([
    ["sv", sv],
    ["en", en],
  ])("%s has every Finnish text, translated, with the same placeholders", (_language, messages) => {
    const translated = leaves(messages);
    expect([...translated.keys()].sort()).toEqual([...finnish.keys()].sort());
    let identical = 0;
    for (const [key, text] of finnish) {
      expect(placeholders(translated.get(key)!), key).toEqual(placeholders(text));
      if (translated.get(key) === text) identical += 1;
    }
    expect(identical).toBeLessThan(finnish.size * 0.05); // copies of the Finnish text are not translations
  });
});
