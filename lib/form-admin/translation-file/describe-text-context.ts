import type { TTextContext } from "@/lib/forms/translations";
import type { TLocale } from "@/lib/i18n/locales";
import { translationFileTexts } from "@/lib/i18n/translation-file-texts";

const PARTS = new Set(Object.keys(translationFileTexts.messages("fi").part));

function shorten(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

/**
 * Where a text appears, for a translator and the translations table: "Kenttä ”Sukunimi” / ohjeteksti",
 * "Vastausvaihtoehto ”Kyllä” (kenttä ”Onko lapsia”) / otsikko". A choice option is named by its own text.
 */
export function describeTextContext(context: TTextContext, locale: TLocale): string {
  const texts = translationFileTexts;
  const owner = texts.text(locale, `owner.${context.owner}`, {
    text: shorten(context.ownerText),
    field: shorten(context.fieldText ?? ""),
  });
  const part = context.part.startsWith("errorMessages.")
    ? texts.text(locale, "part.errorMessage", { name: context.part.slice("errorMessages.".length) })
    : PARTS.has(context.part)
      ? texts.text(locale, `part.${context.part}` as "part.label")
      : context.part;
  return `${owner} / ${part}`;
}
