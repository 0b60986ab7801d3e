// Handlers' e-mails about what retrieval stored: a new submission, a citizen's reply or new message. Sent after the
// commit, once per message (a replayed message is "already-retrieved"); a failing e-mail never fails the poll.
import "server-only";
import { getPrisma } from "@/lib/db/prisma";
import { notifyHandlers } from "@/lib/delivery/notify-handlers";
import { logger } from "@/lib/log/logger";

/**
 * A reply on a submission goes to that form's handlers; a message for the inbox to the owners, when the service
 * is recorded as accepting new messages (otherwise it is listed, but nobody expects it).
 */
export async function notifyCitizenMessage(
  connection: { id: string; organizationId: string },
  message: { id: string; serviceId: string },
) {
  try {
    const prisma = getPrisma();
    const row = await prisma.retrievedMessage.findUnique({
      where: { id: message.id },
      select: { submissionId: true, match: true },
    });
    if (row?.match === "reply" && row.submissionId) {
      const owner = await prisma.submission.findUnique({
        where: { id: row.submissionId },
        select: { formId: true },
      });
      await notifyHandlers({
        notice: "citizen-reply",
        organizationId: connection.organizationId,
        formId: owner?.formId ?? null,
        path: `/admin/submissions/${row.submissionId}`,
      });
      return;
    }
    const service = await prisma.suomifiService.findUnique({
      where: { connectionId_serviceId: { connectionId: connection.id, serviceId: message.serviceId } },
      select: { acceptsNewMessages: true },
    });
    if (!service?.acceptsNewMessages) return;
    await notifyHandlers({
      notice: "new-message",
      organizationId: connection.organizationId,
      path: `/admin/inbox/${message.id}`,
    });
  } catch (error) {
    logger.warn({ err: error, retrievedMessageId: message.id }, "citizen-message e-mail failed");
  }
}

/** Only after the commit, once per submission (a replayed message is "already-retrieved"); never fails the poll. */
export async function notifyNewSubmission(submission: {
  id: string;
  organizationId: string;
  formId: string;
}) {
  try {
    await notifyHandlers({
      notice: "new-submission",
      organizationId: submission.organizationId,
      formId: submission.formId,
      path: `/admin/submissions/${submission.id}`,
    });
  } catch (error) {
    logger.warn({ err: error, submissionId: submission.id }, "new-submission e-mail failed");
  }
}
