// The inbox: every retrieved citizen message that is not a form (new messages, mentions, replies in an inbox
// thread, threads Lomake cannot place), newest first, plus the messages that could not be read at all — nothing
// retrieved is invisible. The list masks the henkilötunnus; opening a message (read-inbox-message.ts) shows it.
import "server-only";
import { z } from "zod";
import { getPrisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readMessageContent, readMessageSender } from "@/lib/inbox/inbox-message-content";
import { maskHenkilotunnus } from "@/lib/security/mask-henkilotunnus";
import { CITIZEN_MESSAGE_EVENT } from "@/lib/suomifi/rest-schemas";
import { inboxWhere } from "@/lib/submissions/work-view-messages";

export const INBOX_PAGE_SIZE = 50;

export const ZInboxFilter = z.object({
  state: z.enum(["open", "new", "in_progress", "handled", "all"]).catch("open"),
  before: z.coerce.bigint().optional().catch(undefined),
  /** A Suomi.fi service (suomifi_service.id): only the messages sent to it. */
  service: z.uuid().optional().catch(undefined),
});
export type TInboxFilter = z.infer<typeof ZInboxFilter>;

export async function listInbox(organizationId: string, filter: TInboxFilter) {
  const prisma = getPrisma();
  const stateWhere: Prisma.RetrievedMessageWhereInput =
    filter.state === "all"
      ? {}
      : filter.state === "open"
        ? { inboxState: { in: ["new", "in_progress"] } }
        : { inboxState: filter.state };
  const service = filter.service
    ? await prisma.suomifiService.findFirst({
        where: { id: filter.service, connection: { organizationId } },
        select: { connectionId: true, serviceId: true },
      })
    : null;
  // An unknown service (another organisation's, or removed) shows nothing rather than everything.
  const serviceWhere: Prisma.RetrievedMessageWhereInput = filter.service
    ? service
      ? { connectionId: service.connectionId, serviceId: service.serviceId }
      : { id: { in: [] } }
    : {};
  const rows = await prisma.retrievedMessage.findMany({
    where: {
      AND: [inboxWhere(organizationId), stateWhere, serviceWhere],
      ...(filter.before ? { sequence: { lt: filter.before } } : {}),
    },
    include: { attachments: { select: { id: true } } },
    orderBy: { sequence: "desc" },
    take: INBOX_PAGE_SIZE + 1,
  });
  const page = rows.slice(0, INBOX_PAGE_SIZE);
  const [services, members, unreadable] = await Promise.all([
    prisma.suomifiService.findMany({
      where: { connection: { organizationId } },
      select: { id: true, connectionId: true, serviceId: true, name: true, acceptsNewMessages: true },
    }),
    listMembers(organizationId),
    prisma.retrievalEvent.findMany({
      where: { organizationId, type: CITIZEN_MESSAGE_EVENT, outcome: { startsWith: "error" } },
      orderBy: { id: "desc" },
      take: 100,
      select: {
        id: true,
        serviceId: true,
        messageId: true,
        eventTime: true,
        outcome: true,
        failures: true,
        processedAt: true,
      },
    }),
  ]);
  const serviceName = (connectionId: string, serviceId: string | null) =>
    services.find((s) => s.connectionId === connectionId && s.serviceId === serviceId)?.name ??
    serviceId ??
    "—";
  return {
    items: page.map((row) => {
      const content = readMessageContent(row);
      const sender = readMessageSender(row);
      return {
        id: row.id,
        sequence: row.sequence.toString(),
        senderName: sender?.name ?? null,
        senderIdMasked: sender ? maskHenkilotunnus(sender.id) : null,
        service: serviceName(row.connectionId, row.serviceId),
        subject: content?.title ?? null,
        sentAt: row.sentAt,
        attachments: row.attachments.length,
        state: row.inboxState,
        match: row.match,
        problem: row.problem ?? (row.purgedAt ? "purged" : content === null ? "content-unreadable" : null),
        assignedTo: members.find((m) => m.id === row.assignedToUserId)?.label ?? null,
        mentionedSubmissionId: row.mentionedSubmissionId,
        submissionId: row.submissionId,
      };
    }),
    nextBefore: rows.length > INBOX_PAGE_SIZE ? page[page.length - 1]!.sequence.toString() : null,
    unreadable: unreadable.map((event) => ({
      id: event.id.toString(),
      messageId: event.messageId?.toString() ?? null,
      service: services.find((s) => s.serviceId === event.serviceId)?.name ?? event.serviceId ?? "—",
      eventTime: event.eventTime,
      // Non-personal: the endpoint and the status Suomi.fi answered.
      reason: event.outcome ?? "",
      isGivenUp: event.processedAt !== null,
      failures: event.failures,
    })),
    services,
  };
}

export async function listMembers(organizationId: string) {
  const memberships = await getPrisma().membership.findMany({
    where: { organizationId, role: { in: ["owner", "handler"] } },
    include: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  return memberships.map((m) => ({ id: m.user.id, label: m.user.name ?? m.user.email }));
}

/** What a handler may answer: the inbox's messages and the citizen's messages on a submission's thread. */
export function answerableWhere(organizationId: string): Prisma.RetrievedMessageWhereInput {
  return {
    OR: [
      inboxWhere(organizationId),
      { organizationId, submissionId: { not: null }, match: { in: ["reply", "unmatched"] } },
    ],
  };
}

/**
 * What waits for a handler, per Suomi.fi service, for the dashboard: submissions not yet handled (new: retrieved,
 * held or delivered; in progress: being handled or waiting for the citizen) and open inbox messages.
 */
export async function countWaitingByService(organizationId: string) {
  const prisma = getPrisma();
  const [services, forms, submissions, messages] = await Promise.all([
    prisma.suomifiService.findMany({
      where: { connection: { organizationId } },
      select: { id: true, connectionId: true, serviceId: true, name: true },
      orderBy: { name: "asc" },
    }),
    prisma.form.findMany({ where: { organizationId }, select: { id: true, suomifiServiceId: true } }),
    prisma.submission.groupBy({
      by: ["formId", "status"],
      where: {
        organizationId,
        status: { in: ["retrieved", "held", "delivered", "in_progress", "waiting_for_citizen"] },
      },
      _count: { _all: true },
    }),
    prisma.retrievedMessage.groupBy({
      by: ["connectionId", "serviceId"],
      where: { AND: [inboxWhere(organizationId), { inboxState: { in: ["new", "in_progress"] } }] },
      _count: { _all: true },
    }),
  ]);
  const serviceOfForm = new Map(forms.map((form) => [form.id, form.suomifiServiceId]));
  return services.map((service) => {
    const own = submissions.filter((row) => serviceOfForm.get(row.formId) === service.id);
    const sum = (rows: typeof own) => rows.reduce((total, row) => total + row._count._all, 0);
    return {
      id: service.id,
      name: service.name,
      newSubmissions: sum(own.filter((row) => ["retrieved", "held", "delivered"].includes(row.status))),
      submissionsInProgress: sum(
        own.filter((row) => ["in_progress", "waiting_for_citizen"].includes(row.status)),
      ),
      openMessages: messages
        .filter((row) => row.connectionId === service.connectionId && row.serviceId === service.serviceId)
        .reduce((total, row) => total + row._count._all, 0),
    };
  });
}
