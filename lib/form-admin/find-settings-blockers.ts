import "server-only";
import { createDiagnostic, type TDiagnostic } from "@/lib/forms/diagnostic";
import type { TLanguage } from "@/lib/forms/localized-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LANGUAGE_ENDONYMS } from "@/lib/i18n/locales";
import { listSettingsTexts, type TSettingsTextColumns, type TSettingsTextName } from "./list-settings-texts";

/** The settings texts a citizen sees, with the name the settings page gives them. */
const SETTINGS_TEXTS: Record<TSettingsTextName, string> = {
  closedMessage: "Viesti, kun lomake on suljettu",
  pauseMessage: "Viesti tauon aikana",
  privacyNotice: "Tietosuojaseloste",
  receiptTitle: "Kuittauksen otsikko",
  receiptBody: "Kuittauksen teksti",
};

type TClient = Pick<Prisma.TransactionClient, "suomifiService">;

interface TFormSettingsRow extends TSettingsTextColumns {
  suomifiServiceId: string | null;
}

const hasText = (text: Record<string, unknown>, language: TLanguage) =>
  typeof text[language] === "string" && (text[language] as string).trim() !== "";

/**
 * What the form's settings (not its definition) must hold before it can be published: a Suomi.fi service of
 * the organisation's active connection (without one the citizen would learn at the very end that the form
 * "cannot be sent"), and every settings text a citizen sees in every language of the form.
 */
export async function findSettingsBlockers(
  client: TClient,
  organizationId: string,
  form: TFormSettingsRow,
  languages: readonly TLanguage[],
): Promise<TDiagnostic[]> {
  const blockers: TDiagnostic[] = [];
  if (!form.suomifiServiceId)
    blockers.push(createDiagnostic("noSuomifiService", "settings/suomifi", undefined));
  else {
    const service = await client.suomifiService.findFirst({
      where: { id: form.suomifiServiceId, connection: { organizationId, isActive: true } },
      select: { id: true },
    });
    if (!service)
      blockers.push(createDiagnostic("suomifiConnectionNotWorking", "settings/suomifi", undefined));
  }
  for (const entry of listSettingsTexts(form)) {
    const name = entry.key.slice("settings.".length) as TSettingsTextName;
    for (const language of languages.filter(
      (candidate) => candidate !== "fi" && !hasText(entry.text, candidate),
    )) {
      blockers.push(
        createDiagnostic("settingsTextMissingTranslation", entry.path, undefined, {
          setting: SETTINGS_TEXTS[name],
          language: LANGUAGE_ENDONYMS[language],
        }),
      );
    }
  }
  return blockers;
}
