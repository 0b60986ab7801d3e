import type { TLanguage } from "@/lib/forms/localized-text";
import type { TTextKey } from "@/lib/i18n/create-texts";
import { citizenTexts, type TCitizenMessages } from "@/lib/i18n/citizen-texts";

const text = (language: TLanguage, key: TTextKey<TCitizenMessages["accessibility"]>) =>
  citizenTexts.text(language, `accessibility.${key}`);

export function AccessibilityStatement({ language }: { language: TLanguage }) {
  const paragraphs = Object.keys(citizenTexts.messages(language).accessibility.paragraphs) as Array<
    keyof TCitizenMessages["accessibility"]["paragraphs"]
  >;
  return (
    <>
      <h1>{text(language, "title")}</h1>
      {paragraphs.map((key) => (
        <p key={key}>{text(language, `paragraphs.${key}`)}</p>
      ))}
    </>
  );
}

export function accessibilityTitle(language: TLanguage): string {
  return text(language, "title");
}
