// Browser-safe: the definition a new, empty form starts from.
import type { TFormDefinition } from "@/lib/forms/definition";

export function blankDefinition(title: string): TFormDefinition {
  return {
    schemaVersion: 1,
    languages: ["fi"],
    title: { fi: title },
    pages: [{ id: "sivu-1", title: { fi: "Sivu 1" }, elements: [] }],
  };
}
