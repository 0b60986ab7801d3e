// Texts of Suomi.fi Identification on the citizen pages: lib/i18n/messages/citizen/<language>.json, "identification".
import type { TLanguage } from "@/lib/forms/localized-text";
import type { TIdentificationRefusal } from "@/lib/identification/identification-refusal";
import { citizenTexts, type TCitizenMessages } from "@/lib/i18n/citizen-texts";

export type TIdentificationTextKey = keyof TCitizenMessages["identification"];

export function identificationText(
  language: TLanguage,
  key: TIdentificationTextKey,
  values: Record<string, string> = {},
): string {
  return citizenTexts.text(language, `identification.${key}`, values);
}

/** What the person is told for each refusal: never the technical reason. */
export function refusalMessage(
  language: TLanguage,
  reason: TIdentificationRefusal,
): { title: string; paragraph: string } {
  if (reason === "cancelled")
    return {
      title: identificationText(language, "cancelledTitle"),
      paragraph: identificationText(language, "cancelled"),
    };
  if (reason === "unavailable")
    return {
      title: identificationText(language, "refusedTitle"),
      paragraph: identificationText(language, "unavailable"),
    };
  if (reason === "no-henkilotunnus")
    return {
      title: identificationText(language, "refusedTitle"),
      paragraph: identificationText(language, "noHenkilotunnus"),
    };
  return {
    title: identificationText(language, "refusedTitle"),
    paragraph: identificationText(language, "startAgain"),
  };
}
