import { NotFoundError } from "@/lib/errors/domain-error";
import "server-only";
import { recordAuditEvent, type TAuditActor } from "@/lib/audit/record-audit-event";
import { getPrisma } from "@/lib/db/prisma";
import type { TFormDefinition } from "@/lib/forms/definition";
import type { TLanguage } from "@/lib/forms/localized-text";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertFormId, FormAdminError } from "./form-admin-error";
import {
  CASE_MESSAGE_TEMPLATE_KINDS,
  defaultCaseMessageTemplate,
  effectiveCaseMessageTemplate,
  readCaseMessageTemplates,
  type TCaseMessageTemplates,
} from "@/lib/forms/case-message-templates";
import { ZFormSettings, type TFormSettings } from "./form-settings-schema";
import { helsinkiLocalToUtc, utcToHelsinkiLocal } from "./helsinki-time";
import { findFormOrThrow } from "./manage-forms";

type TText = { fi: string; sv: string; en: string };
const EMPTY_TEXT: TText = { fi: "", sv: "", en: "" };

function toText(value: unknown): TText {
  const text = (value ?? {}) as Partial<TText>;
  return { fi: text.fi ?? "", sv: text.sv ?? "", en: text.en ?? "" };
}

/** Blank translations are left out; an all-blank text is no text. */
function fromText(text: TText): Prisma.InputJsonValue | typeof Prisma.DbNull {
  const entries = Object.entries(text).filter(([, value]) => value.trim() !== "");
  return entries.length === 0 ? Prisma.DbNull : Object.fromEntries(entries);
}

/** The templates as the settings page edits them: the form's own, else the built-in texts. */
function caseMessagesView(stored: unknown): TFormSettings["caseMessages"] {
  const templates = readCaseMessageTemplates(stored);
  return Object.fromEntries(
    CASE_MESSAGE_TEMPLATE_KINDS.map((kind) => {
      const template = effectiveCaseMessageTemplate(templates, kind);
      return [kind, { title: toText(template.title), body: toText(template.body) }];
    }),
  ) as TFormSettings["caseMessages"];
}

/** Only what differs from the built-in texts is stored, so a language added later gets its defaults. */
function caseMessagesToStore(
  settings: TFormSettings["caseMessages"],
): Prisma.InputJsonValue | typeof Prisma.DbNull {
  const stored: TCaseMessageTemplates = {};
  for (const kind of CASE_MESSAGE_TEMPLATE_KINDS) {
    const template = settings[kind];
    const defaults = defaultCaseMessageTemplate(kind);
    const isDefault = (["title", "body"] as const).every((part) =>
      (["fi", "sv", "en"] as const).every(
        (language) => template[part][language] === defaults[part][language],
      ),
    );
    if (isDefault) continue;
    const clean = (text: TText) =>
      Object.fromEntries(Object.entries(text).filter(([, value]) => value.trim() !== ""));
    stored[kind] = { title: clean(template.title), body: clean(template.body) };
  }
  return Object.keys(stored).length === 0 ? Prisma.DbNull : (stored as Prisma.InputJsonValue);
}

export interface TFormSettingsView {
  formId: string;
  title: string;
  organizationSlug: string;
  languages: TLanguage[];
  settings: TFormSettings;
  services: Array<{ id: string; name: string; serviceId: string }>;
  handlers: Array<{ userId: string; label: string; role: string }>;
}

export async function getFormSettings(organizationId: string, formId: string): Promise<TFormSettingsView> {
  assertFormId(formId);
  const prisma = getPrisma();
  const form = await prisma.form.findFirst({
    where: { id: formId, organizationId },
    include: { organization: true, liveVersion: true },
  });
  if (!form) throw new NotFoundError();
  const [connection, members] = await Promise.all([
    prisma.suomifiConnection.findFirst({
      where: { organizationId, isActive: true },
      include: { services: { orderBy: { name: "asc" } } },
    }),
    prisma.membership.findMany({
      where: { organizationId, role: { in: ["owner", "handler"] } },
      include: { user: { select: { id: true, name: true, email: true } } },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const definition = (form.draftDefinition ?? form.liveVersion?.definition) as TFormDefinition;
  const receipt = (form.receiptTemplate ?? {}) as { title?: unknown; body?: unknown };
  return {
    formId: form.id,
    title: definition.title.fi,
    organizationSlug: form.organization.slug,
    languages: definition.languages,
    services: (connection?.services ?? []).map((service) => ({
      id: service.id,
      name: service.name,
      serviceId: service.serviceId,
    })),
    handlers: members.map((member) => ({
      userId: member.user.id,
      label: member.user.name ? `${member.user.name} (${member.user.email})` : member.user.email,
      role: member.role,
    })),
    settings: {
      slug: form.slug,
      openMode: form.opensAt ? "from" : "now",
      opensAt: form.opensAt ? utcToHelsinkiLocal(form.opensAt) : "",
      closesAt: form.closesAt ? utcToHelsinkiLocal(form.closesAt) : "",
      maxSubmissions: form.maxSubmissions,
      closedMessage: toText(form.closedMessage),
      isPaused: form.isPaused,
      pauseMessage: toText(form.pauseMessage),
      suomifiServiceId: form.suomifiServiceId ?? "",
      receiptTitle: receipt.title ? toText(receipt.title) : { ...EMPTY_TEXT },
      receiptBody: receipt.body ? toText(receipt.body) : { ...EMPTY_TEXT },
      privacyNotice: toText(form.privacyNotice),
      caseMessages: caseMessagesView(form.caseMessageTemplates),
      caseNotificationTitle: toText((form.caseNotification as { title?: unknown } | null)?.title ?? null),
      caseNotificationContent: toText(
        (form.caseNotification as { content?: unknown } | null)?.content ?? null,
      ),
      supplementReminderDays: form.supplementReminderDays,
      notifyUserIds: form.notifyUserIds,
      identification: form.identification,
      mayFileForPerson: form.mayFileForPerson,
      mayFileForCompany: form.mayFileForCompany,
      mandateIssueCode: form.mandateIssueCode ?? "",
      isPaperOnly: form.isPaperOnly,
      draftLifetimeDays: form.draftLifetimeDays,
      retentionDays: form.retentionDays,
      accessibilityStatementUrl: form.accessibilityStatementUrl ?? "",
    },
  };
}

/** Saves the settings after checking the service and handlers belong to the organisation; audit-logged. */
export async function updateFormSettings(
  organizationId: string,
  formId: string,
  input: TFormSettings,
  actor: TAuditActor,
): Promise<void> {
  const parsed = ZFormSettings.safeParse(input);
  if (!parsed.success) throw new FormAdminError("INVALID_SETTINGS", parsed.error.issues);
  const settings = parsed.data;
  const prisma = getPrisma();
  await prisma.$transaction(async (tx) => {
    const form = await findFormOrThrow(tx, organizationId, formId);
    if (settings.slug !== form.slug) {
      const taken = await tx.form.findUnique({
        where: { organizationId_slug: { organizationId, slug: settings.slug } },
      });
      if (taken) throw new FormAdminError("SLUG_TAKEN");
    }
    if (settings.suomifiServiceId) {
      const service = await tx.suomifiService.findFirst({
        where: { id: settings.suomifiServiceId, connection: { organizationId, isActive: true } },
      });
      if (!service) throw new FormAdminError("INVALID_SETTINGS", [{ path: ["suomifiServiceId"] }]);
    }
    const handlers = await tx.membership.count({
      where: { organizationId, userId: { in: settings.notifyUserIds }, role: { in: ["owner", "handler"] } },
    });
    if (handlers !== new Set(settings.notifyUserIds).size)
      throw new FormAdminError("INVALID_SETTINGS", [{ path: ["notifyUserIds"] }]);
    const receiptTitle = fromText(settings.receiptTitle);
    const receiptBody = fromText(settings.receiptBody);
    await tx.form.update({
      where: { id: form.id },
      data: {
        slug: settings.slug,
        opensAt: settings.openMode === "from" ? helsinkiLocalToUtc(settings.opensAt) : null,
        closesAt: settings.closesAt ? helsinkiLocalToUtc(settings.closesAt) : null,
        maxSubmissions: settings.maxSubmissions,
        closedMessage: fromText(settings.closedMessage),
        isPaused: settings.isPaused,
        pauseMessage: fromText(settings.pauseMessage),
        suomifiServiceId: settings.suomifiServiceId || null,
        receiptTemplate:
          receiptTitle === Prisma.DbNull && receiptBody === Prisma.DbNull
            ? Prisma.DbNull
            : ({
                title: receiptTitle === Prisma.DbNull ? {} : receiptTitle,
                body: receiptBody === Prisma.DbNull ? {} : receiptBody,
              } as Prisma.InputJsonValue),
        privacyNotice: fromText(settings.privacyNotice),
        caseMessageTemplates: caseMessagesToStore(settings.caseMessages),
        caseNotification: settings.caseNotificationTitle.fi.trim()
          ? ({
              title: trimmedText(settings.caseNotificationTitle),
              content: trimmedText(settings.caseNotificationContent),
            } as Prisma.InputJsonValue)
          : Prisma.DbNull,
        supplementReminderDays: settings.supplementReminderDays,
        notifyUserIds: [...new Set(settings.notifyUserIds)],
        identification: settings.identification,
        mayFileForPerson: settings.mayFileForPerson,
        mayFileForCompany: settings.mayFileForCompany,
        mandateIssueCode: settings.mandateIssueCode || null,
        isPaperOnly: settings.isPaperOnly,
        draftLifetimeDays: settings.draftLifetimeDays,
        retentionDays: settings.retentionDays,
        accessibilityStatementUrl: settings.accessibilityStatementUrl || null,
      },
    });
    const changed = Object.entries({
      slug: [form.slug, settings.slug],
      isPaused: [form.isPaused, settings.isPaused],
      isPaperOnly: [form.isPaperOnly, settings.isPaperOnly],
      maxSubmissions: [form.maxSubmissions, settings.maxSubmissions],
    })
      .filter(([, [before, after]]) => before !== after)
      .map(([name]) => name);
    await recordAuditEvent(
      {
        organizationId,
        actor,
        action: "form.settings_changed",
        objectType: "form",
        objectId: form.id,
        details: { slug: settings.slug, isPaused: settings.isPaused, changed },
      },
      tx,
    );
  });
}

function trimmedText(text: { fi: string; sv: string; en: string }) {
  return { fi: text.fi.trim(), sv: text.sv.trim(), en: text.en.trim() };
}
