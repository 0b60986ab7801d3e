// Browser-safe: the definition a new, empty form starts from.
import type { TFormDefinition } from "@/lib/forms/definition";
import { defaultsTexts } from "@/lib/i18n/defaults-texts";

export function blankDefinition(title: string): TFormDefinition {
  return {
    schemaVersion: 1,
    languages: ["fi"],
    title: { fi: title },
    pages: [{ id: "sivu-1", title: { fi: defaultsTexts.text("fi", "page", { number: 1 }) }, elements: [] }],
  };
}
