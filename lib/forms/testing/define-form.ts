import { ZFormDefinition, type TFormDefinition, type TFormDefinitionInput } from "../definition";

/** Loose on purpose: fixtures written `as const` are readonly, and zod checks them at run time anyway. */
type TPageInput = Record<string, unknown>;
type TElementInput = Record<string, unknown>;

/** Test helper: a parsed definition from a compact description. */
export function defineForm(
  pages: TPageInput[],
  extra: Partial<Record<keyof TFormDefinitionInput, unknown>> = {},
): TFormDefinition {
  return ZFormDefinition.parse({ schemaVersion: 1, title: { fi: "Testilomake" }, pages, ...extra });
}

/** A one-page form holding the given elements. */
export function defineSinglePageForm(
  elements: TElementInput[],
  extra: Partial<Record<keyof TFormDefinitionInput, unknown>> = {},
): TFormDefinition {
  return defineForm([{ id: "page1", title: { fi: "Sivu 1" }, elements }], extra);
}

export function label(fi: string) {
  return { fi, sv: `${fi} (sv)`, en: `${fi} (en)` };
}
