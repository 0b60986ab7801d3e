// Browser-safe: the form settings the editor's settings page edits (react-hook-form + zod on the client,
// the same schema on the server).
import * as z from "zod";
import { helsinkiLocalToUtc } from "./helsinki-time";
import { ZFormSlug } from "./form-slug";
import {
  CASE_MESSAGE_TEMPLATE_KINDS,
  type TCaseMessageTemplateKind,
} from "@/lib/forms/case-message-templates";

const ZOptionalText = z.string().max(4000);

function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  return ["http:", "https:"].includes(new URL(value).protocol);
}
export const ZSettingsLocalizedText = z.object({ fi: ZOptionalText, sv: ZOptionalText, en: ZOptionalText });
const ZTemplateSettings = z.object({ title: ZSettingsLocalizedText, body: ZSettingsLocalizedText });
/** Every template kind, each as the page edits it (the built-in texts until an administrator changes them). */
export const ZCaseMessageTemplateSettings = z.object(
  Object.fromEntries(CASE_MESSAGE_TEMPLATE_KINDS.map((kind) => [kind, ZTemplateSettings])) as Record<
    TCaseMessageTemplateKind,
    typeof ZTemplateSettings
  >,
);
const ZLocalDateTime = z
  .string()
  .refine((value) => value === "" || helsinkiLocalToUtc(value) !== null, { error: "invalidDateTime" });

type TText = { fi: string; sv: string; en: string };

/** Suomi.fi takes a customised notification only in all three languages: all six texts, or none. */
export function isCaseNotificationWhole(title: TText, content: TText): boolean {
  const texts = [title, content].flatMap((text) =>
    (["fi", "sv", "en"] as const).map((language) => text[language].trim()),
  );
  return texts.every(Boolean) || !texts.some(Boolean);
}

export const ZFormSettings = z
  .object({
    slug: ZFormSlug,
    openMode: z.enum(["now", "from"]),
    /** Wall-clock time in Finland, "YYYY-MM-DDTHH:mm"; stored as UTC. */
    opensAt: ZLocalDateTime,
    closesAt: ZLocalDateTime,
    maxSubmissions: z.number().int().min(1).max(1_000_000).nullable(),
    closedMessage: ZSettingsLocalizedText,
    isPaused: z.boolean(),
    pauseMessage: ZSettingsLocalizedText,
    suomifiServiceId: z.string(),
    receiptTitle: ZSettingsLocalizedText,
    receiptBody: ZSettingsLocalizedText,
    privacyNotice: ZSettingsLocalizedText,
    caseMessages: ZCaseMessageTemplateSettings,
    /** Suomi.fi's new-message notification for case messages; all six empty = Suomi.fi's own text. */
    caseNotificationTitle: ZSettingsLocalizedText,
    caseNotificationContent: ZSettingsLocalizedText,
    /** Days before a supplement request's deadline on which the citizen is reminded once. */
    supplementReminderDays: z.number().int().min(1).max(60),
    notifyUserIds: z.array(z.uuid()),
    /** Never electronically: receipts go as paper mail even to a person with a Suomi.fi mailbox. */
    isPaperOnly: z.boolean(),
    /** Suomi.fi Identification before filling: none, required to start, or optional. */
    identification: z.enum(["none", "required", "optional"]),
    /** Who may file besides oneself (needs identification required): another person, a company. */
    mayFileForPerson: z.boolean(),
    mayFileForCompany: z.boolean(),
    /** The Suomi.fi Valtuudet issue code a mandate must cover; empty: any mandate for the principal. */
    mandateIssueCode: z
      .string()
      .trim()
      .max(200)
      .refine((value) => value === "" || /^[\w.:/#-]+$/.test(value), { error: "invalidIssueCode" }),
    draftLifetimeDays: z.number().int().min(1).max(365),
    retentionDays: z.number().int().min(1).max(3650),
    /** The form's own accessibility statement; empty → the organisation's default statement page. */
    accessibilityStatementUrl: z
      .string()
      .trim()
      .max(500)
      .refine((value) => value === "" || isHttpUrl(value), { error: "invalidUrl" }),
  })
  .superRefine((settings, context) => {
    if (!isCaseNotificationWhole(settings.caseNotificationTitle, settings.caseNotificationContent))
      context.addIssue({
        code: "custom",
        path: ["caseNotificationTitle"],
        message: "caseNotificationIncomplete",
      });
    if ((settings.mayFileForPerson || settings.mayFileForCompany) && settings.identification !== "required")
      context.addIssue({
        code: "custom",
        path: ["mayFileForPerson"],
        message: "onBehalfNeedsIdentification",
      });
    if (settings.openMode === "from" && settings.opensAt === "")
      context.addIssue({ code: "custom", path: ["opensAt"], message: "opensAtRequired" });
    const opens = settings.openMode === "from" ? helsinkiLocalToUtc(settings.opensAt) : null;
    const closes = settings.closesAt ? helsinkiLocalToUtc(settings.closesAt) : null;
    if (opens && closes && closes.getTime() <= opens.getTime())
      context.addIssue({ code: "custom", path: ["closesAt"], message: "closesBeforeOpens" });
  });
export type TFormSettings = z.infer<typeof ZFormSettings>;
