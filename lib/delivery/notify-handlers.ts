// E-mail to the handlers a form names (or the organisation's owners): never personal data, only a link.
import "server-only";
import { getPrisma } from "@/lib/db/prisma";
import { appBaseUrl } from "@/lib/delivery/attachment-links";
import { logger } from "@/lib/log/logger";
import { LOCALES } from "@/lib/i18n/locales";
import { outgoingTexts, type TOutgoingMessages } from "@/lib/i18n/outgoing-texts";
import { isMailConfigured, sendMail } from "@/lib/mail/send-mail";

export type TNotice =
  | "new-submission"
  | "citizen-reply"
  | "new-message"
  | "delivery-dead"
  | "retrieval-stalled"
  | "retrieval-backlog"
  | "credentials-failing";

const NOTICE_KEYS = {
  "new-submission": "newSubmission",
  "citizen-reply": "citizenReply",
  "new-message": "newMessage",
  "delivery-dead": "deliveryDead",
  "retrieval-stalled": "retrievalStalled",
  "credentials-failing": "credentialsFailing",
  "retrieval-backlog": "retrievalBacklog",
} as const satisfies Record<TNotice, keyof TOutgoingMessages["handlerNotices"]>;

/** In all three languages (the recipients' languages are not known): "Uusi lomake… / Ny blankett… / New…". */
function subjectOf(notice: TNotice): string {
  return LOCALES.map((locale) => outgoingTexts.text(locale, `handlerNotices.${NOTICE_KEYS[notice]}`)).join(
    " / ",
  );
}

async function recipients(organizationId: string, formId: string | null): Promise<string[]> {
  const prisma = getPrisma();
  const form = formId
    ? await prisma.form.findUnique({ where: { id: formId }, select: { notifyUserIds: true } })
    : null;
  const memberships = await prisma.membership.findMany({
    where: {
      organizationId,
      ...(form && form.notifyUserIds.length > 0 ? { userId: { in: form.notifyUserIds } } : { role: "owner" }),
    },
    include: { user: { select: { email: true } } },
  });
  return memberships.map((m) => m.user.email);
}

export async function notifyHandlers(input: {
  notice: TNotice;
  organizationId: string;
  formId?: string | null;
  path: string;
}): Promise<number> {
  if (!isMailConfigured()) {
    // Said in the log so an operator sees what handlers would have been told (no personal data in it).
    logger.info(
      { notice: input.notice, organizationId: input.organizationId, path: input.path },
      "handler notice not e-mailed: SMTP_URL is not set",
    );
    return 0;
  }
  const link = new URL(input.path, appBaseUrl()).toString();
  let sent = 0;
  for (const to of await recipients(input.organizationId, input.formId ?? null)) {
    if (
      await sendMail({
        to,
        subject: `Lomake: ${subjectOf(input.notice)}`,
        text: `${subjectOf(input.notice)}\n\n${link}\n`,
      })
    )
      sent += 1;
  }
  return sent;
}
