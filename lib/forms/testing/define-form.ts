import { ZFormDefinition, type TFormDefinition, type TFormDefinitionInput } from "../definition";

type TPageInput = TFormDefinitionInput["pages"][number];
type TElementInput = TPageInput["elements"][number];

/** Test helper: a parsed definition from a compact description. */
export function defineForm(pages: TPageInput[], extra: Partial<TFormDefinitionInput> = {}): TFormDefinition {
  return ZFormDefinition.parse({ schemaVersion: 1, title: { fi: "Testilomake" }, pages, ...extra });
}

/** A one-page form holding the given elements. */
export function defineSinglePageForm(
  elements: TElementInput[],
  extra: Partial<TFormDefinitionInput> = {},
): TFormDefinition {
  return defineForm([{ id: "page1", title: { fi: "Sivu 1" }, elements }], extra);
}

export function label(fi: string) {
  return { fi, sv: `${fi} (sv)`, en: `${fi} (en)` };
}
