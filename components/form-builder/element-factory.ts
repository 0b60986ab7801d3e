// Pure: new elements and pages with unique keys and sensible defaults.
import {
  FIELD_TYPES,
  ZElement,
  ZPage,
  type TElement,
  type TFieldType,
  type TFormDefinition,
  type TPage,
} from "@/lib/forms/definition";
import { elementName, listElementNodes } from "@/lib/forms/walk-definition";
import type finnishMessages from "@/lib/i18n/messages/fi.json";

export type TPaletteType = TFieldType | "heading" | "info";
export const PALETTE_TYPES: TPaletteType[] = [...FIELD_TYPES, "heading", "info"];

/** Every key and id in use (fields, headings, info texts and pages). */
export function usedNames(definition: TFormDefinition): Set<string> {
  const names = new Set(listElementNodes(definition).map((node) => elementName(node.element)));
  for (const page of definition.pages) names.add(page.id);
  return names;
}

export function uniqueName(base: string, taken: Set<string>): string {
  for (let index = 1; ; index += 1) {
    const candidate = `${base}${index}`;
    if (!taken.has(candidate)) return candidate;
  }
}

const DEFAULT_LABELS: Record<TPaletteType, string> = {
  shortText: "Lyhyt teksti",
  longText: "Pitkä teksti",
  number: "Numero",
  email: "Sähköposti",
  phone: "Puhelinnumero",
  date: "Päivämäärä",
  time: "Kellonaika",
  singleChoice: "Valitse yksi",
  multipleChoice: "Valitse yksi tai useampi",
  yesNo: "Kyllä vai ei?",
  consent: "Hyväksyn ehdot",
  personalIdentityCode: "Henkilötunnus",
  businessId: "Y-tunnus",
  vehicleRegistrationNumber: "Rekisteritunnus",
  iban: "Tilinumero (IBAN)",
  postalCode: "Postinumero",
  address: "Osoite",
  municipality: "Kotikunta",
  country: "Maa",
  file: "Liite",
  repeatingGroup: "Toistuva ryhmä",
  heading: "Väliotsikko",
  info: "Ohjeteksti",
};

export function defaultLabel(type: TPaletteType): string {
  return DEFAULT_LABELS[type];
}

/** A new element of the type, valid against the schema, with a key not used elsewhere in the definition. */
export function createElement(
  type: TPaletteType,
  definition: TFormDefinition,
  extraTaken: Set<string> = new Set(),
): TElement {
  const taken = new Set([...usedNames(definition), ...extraTaken]);
  const name = uniqueName(type, taken);
  if (type === "heading") return ZElement.parse({ type, id: name, text: { fi: DEFAULT_LABELS.heading } });
  if (type === "info") return ZElement.parse({ type, id: name, markdown: { fi: DEFAULT_LABELS.info } });
  const settings =
    type === "singleChoice" || type === "multipleChoice"
      ? {
          choices: [
            { value: "vaihtoehto1", label: { fi: "Vaihtoehto 1" } },
            { value: "vaihtoehto2", label: { fi: "Vaihtoehto 2" } },
          ],
        }
      : {};
  return ZElement.parse({
    type,
    key: name,
    label: { fi: DEFAULT_LABELS[type] },
    settings,
    ...(type === "repeatingGroup" ? { fields: [] } : {}),
  });
}

export function createPage(definition: TFormDefinition): TPage {
  const id = uniqueName("sivu-", usedNames(definition));
  return ZPage.parse({ id, title: { fi: `Sivu ${definition.pages.length + 1}` }, elements: [] });
}

/**
 * Exhaustive over the palette: `tsc` fails when a field type has no name or description in the builder's
 * message file (the palette, element cards and properties panel read `builder.types.<type>`); the message
 * file test then requires the same keys in Swedish and English.
 */
type TTypeTexts = (typeof finnishMessages)["builder"]["types"];
type TRequireEvery<TMissing extends never> = TMissing;
export type _EveryTypeHasAName = TRequireEvery<Exclude<TPaletteType, keyof TTypeTexts>>;
export type _EveryTypeHasADescription = TRequireEvery<
  Exclude<TPaletteType, keyof TTypeTexts["descriptions"]>
>;
