import type { TLanguage } from "@/lib/forms/localized-text";
import { citizenTexts, type TCitizenMessages } from "@/lib/i18n/citizen-texts";

/** The few words the field renderers add around the form's own texts (citizen messages, "renderer"). */
export type TRendererMessageKey = keyof TCitizenMessages["renderer"];

export function rendererText(
  language: TLanguage,
  key: TRendererMessageKey,
  params: Record<string, string | number> = {},
): string {
  return citizenTexts.text(language, `renderer.${key}`, params);
}
