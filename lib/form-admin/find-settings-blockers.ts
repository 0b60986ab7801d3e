import "server-only";
import { createDiagnostic, type TDiagnostic } from "@/lib/forms/diagnostic";
import {
  checkCaseMessageTemplates,
  readCaseMessageTemplates,
  type TCaseMessageTemplateKind,
} from "@/lib/forms/case-message-templates";
import type { TLanguage } from "@/lib/forms/localized-text";
import type { TFormDefinition } from "@/lib/forms/definition";
import type { TFilingRole } from "@/lib/forms/filing-role";
import { definitionFilingRoles } from "@/lib/forms/walk-definition";
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

/** The templates by the name the settings page gives them (as SETTINGS_TEXTS). */
const CASE_MESSAGE_TEMPLATE_NAMES = {
  casePending: "Vireilletuloilmoitus",
  processing: "Käsittely alkanut",
  supplementRequest: "Täydennyspyyntö",
  decision: "Päätösilmoitus",
} as const satisfies Record<TCaseMessageTemplateKind, string>;
const PART_NAMES = { title: "otsikko", body: "teksti" } as const;
/** Roles by the words the condition editor uses (as SETTINGS_TEXTS, in Finnish). */
const ROLE_NAMES = {
  self: "omissa nimissä",
  guardian: "huoltajana",
  mandateHolder: "toisen henkilön valtuuttamana",
  company: "yrityksen puolesta",
} as const satisfies Record<TFilingRole, string>;

type TClient = Pick<Prisma.TransactionClient, "suomifiService">;

interface TFormSettingsRow extends TSettingsTextColumns {
  suomifiServiceId: string | null;
  identification: "none" | "required" | "optional";
  mayFileForPerson: boolean;
  mayFileForCompany: boolean;
  caseMessageTemplates: unknown;
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
  definition?: TFormDefinition,
): Promise<TDiagnostic[]> {
  const blockers: TDiagnostic[] = [];
  // A condition on a role the settings never let anyone file in would silently never hold.
  for (const role of definition ? definitionFilingRoles(definition) : []) {
    const isPossible =
      role === "self" ||
      (form.identification === "required" &&
        (role === "company" ? form.mayFileForCompany : form.mayFileForPerson));
    if (!isPossible)
      blockers.push(
        createDiagnostic("roleConditionNeverHolds", "settings/identification", undefined, {
          role: ROLE_NAMES[role],
        }),
      );
  }
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
  // Case messages go out in the submission's language: each enabled language needs every template, and a
  // placeholder the sender cannot fill would reach the citizen as "{…}".
  for (const problem of checkCaseMessageTemplates(
    readCaseMessageTemplates(form.caseMessageTemplates),
    languages,
  )) {
    const path = `settings/caseMessages/${problem.kind}`;
    const language = LANGUAGE_ENDONYMS[problem.language];
    blockers.push(
      problem.problem === "missing"
        ? createDiagnostic("caseMessageTemplateMissing", path, undefined, {
            template: CASE_MESSAGE_TEMPLATE_NAMES[problem.kind],
            part: PART_NAMES[problem.part],
            language,
          })
        : createDiagnostic("caseMessageTemplateUnknownPlaceholder", path, undefined, {
            template: CASE_MESSAGE_TEMPLATE_NAMES[problem.kind],
            language,
            placeholder: `{${problem.placeholder}}`,
          }),
    );
  }
  return blockers;
}
