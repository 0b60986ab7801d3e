// The per-submission ledger for handlers: timeline, deliveries with attempts, and the actions on them.
import { NotFoundError } from "@/lib/errors/domain-error";
import "server-only";
import { z } from "zod";
import { recordAuditEvent, type TAuditActor } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { retrievedContentContext, submissionMessageTextContext } from "@/lib/crypto/encryption-contexts";
import { decryptString } from "@/lib/crypto/encrypt-value";
import { getPrisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SENT_MESSAGE_EVENTS } from "@/lib/outgoing/sent-message-events-query";
import { applySubmissionMove } from "@/lib/submissions/apply-submission-move";
import { createDeliveries } from "@/lib/delivery/create-deliveries";
import { describeTarget } from "@/lib/delivery/target-context";
import { getTargetAdapter } from "@/lib/delivery/target-registry";
import { loadSubmissionContents } from "@/lib/delivery/load-submission-contents";
import type { TLanguage } from "@/lib/forms/localized-text";
import { readAnswersForPeople } from "@/lib/delivery/export/export-rows";
import { PURGED } from "@/lib/delivery/purge-expired-submissions";
import { normaliseReference } from "@/lib/submissions/work-view-filters";
import { isOnBehalf } from "@/lib/citizen/filing";

export const ZDeliveryAction = z.object({ deliveryId: z.uuid() });
export const ZSubmissionAction = z.object({ submissionId: z.uuid() });

type TDeliveryRow = Prisma.DeliveryGetPayload<{
  include: {
    target: { select: { name: true; kind: true; options: true } };
    attempts: true;
  };
}>;

const LEDGER_INCLUDE = {
  target: { select: { name: true, kind: true, options: true } },
  attempts: { orderBy: { startedAt: "asc" } },
} as const;

/** What each kind shows of itself: its address, the id receivers see, whether it can be replayed. */
function describeLedgerDelivery({ target: { options, ...target }, ...delivery }: TDeliveryRow) {
  const { ledger } = getTargetAdapter(target.kind);
  return {
    ...delivery,
    target: { ...target, address: describeTarget({ kind: target.kind, options }) },
    requestIdLabel: ledger.requestIdLabel,
    requestId: ledger.requestId(delivery.id),
    canReplay: ledger.canReplay,
  };
}

export type TLedgerDelivery = ReturnType<typeof describeLedgerDelivery>;

/** The deliveries of a citizen's message that belongs to no submission (message.received), for its page. */
export async function getMessageDeliveries(
  organizationId: string,
  retrievedMessageId: string,
): Promise<TLedgerDelivery[]> {
  const rows = await getPrisma().delivery.findMany({
    where: { organizationId, retrievedMessageId },
    include: LEDGER_INCLUDE,
    orderBy: { createdAt: "asc" },
  });
  return rows.map(describeLedgerDelivery);
}

export async function getSubmissionLedger(organizationId: string, submissionId: string) {
  const prisma = getPrisma();
  if (!/^[0-9a-f-]{36}$/i.test(submissionId)) return null;
  const submission = await prisma.submission.findFirst({
    where: { id: submissionId, organizationId },
    select: {
      id: true,
      reference: true,
      status: true,
      language: true,
      createdAt: true,
      firstHandedOffAt: true,
      returnedAt: true,
      retrievedAt: true,
      deliveredAt: true,
      handoffCount: true,
      answersEncrypted: true,
      form: { select: { id: true, slug: true } },
      formVersion: { select: { version: true, definition: true } },
    },
  });
  if (!submission) return null;
  const [events, deliveries, messages, sentMessages] = await Promise.all([
    prisma.submissionEvent.findMany({ where: { submissionId }, orderBy: { createdAt: "asc" } }),
    prisma.delivery.findMany({
      where: { submissionId, organizationId },
      include: LEDGER_INCLUDE,
      orderBy: { createdAt: "asc" },
    }),
    prisma.retrievedMessage.findMany({
      // The form's own messages; replies and attached messages are the thread (lib/inbox/read-submission-thread.ts).
      where: { submissionId, match: { in: ["matched", "held", "duplicate"] } },
      select: {
        id: true,
        match: true,
        integrityStatus: true,
        integrityFindings: true,
        retrievedAt: true,
        sentAt: true,
        receiptStatus: true,
        receiptSentAt: true,
        receiptError: true,
        reviewDecision: true,
        purgedAt: true,
      },
      orderBy: { sequence: "asc" },
    }),
    // What Lomake sent about it (the receipt, answers, case messages): which way each went and what Suomi.fi
    // told of it since.
    prisma.sentMessage.findMany({
      where: { submissionId, organizationId },
      select: {
        id: true,
        kind: true,
        channel: true,
        status: true,
        error: true,
        createdAt: true,
        sentAt: true,
        events: SENT_MESSAGE_EVENTS,
      },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const { answersEncrypted, ...rest } = submission;
  return {
    submission: { ...rest, isPurged: answersEncrypted === PURGED },
    events,
    deliveries: deliveries.map(describeLedgerDelivery),
    messages,
    sentMessages,
  };
}

/**
 * Customer service's view of one submission, found by its reference: state, timeline and deliveries, none of its
 * contents (answers, sender, messages). Every lookup is audit-logged, found or not.
 */
export async function lookUpSubmissionByReference(
  organizationId: string,
  reference: string,
  actor: TAuditActor,
) {
  const normalised = normaliseReference(reference);
  const found = await getPrisma().submission.findFirst({
    where: { organizationId, reference: normalised },
    select: { id: true },
  });
  await recordAuditEvent({
    organizationId,
    actor,
    action: "submission.looked_up",
    ...(found ? { objectType: "submission", objectId: found.id } : {}),
    details: { isFound: Boolean(found) },
  });
  if (!found) return { reference: normalised, ledger: null };
  const ledger = await getSubmissionLedger(organizationId, found.id);
  if (!ledger) return { reference: normalised, ledger: null };
  // Only the ledger's non-personal parts: what a receiver answered may echo what it was sent.
  return {
    reference: normalised,
    ledger: {
      submission: ledger.submission,
      events: ledger.events,
      deliveries: ledger.deliveries.map((delivery) => ({
        ...delivery,
        attempts: delivery.attempts.map((attempt) => ({ ...attempt, responseExcerpt: null })),
      })),
    },
  };
}

/** Answers with labels, and for a held message both texts so the handler sees the differences. Audit-logged. */
export async function readSubmissionContents(
  organizationId: string,
  submissionId: string,
  actor: TAuditActor,
  /** The admin's language: the answers are read in it, whatever the citizen's was. */
  language: TLanguage = "fi",
) {
  const ledger = await getSubmissionLedger(organizationId, submissionId);
  if (!ledger || ledger.submission.isPurged) return null;
  const contents = await loadSubmissionContents(submissionId);
  const held = ledger.messages.find((m) => m.match === "held");
  let comparison: { snapshot: string; retrieved: string } | null = null;
  if (held) {
    const row = await getPrisma().retrievedMessage.findUniqueOrThrow({ where: { id: held.id } });
    const retrieved = row.contentEncrypted
      ? (
          JSON.parse(
            decryptString(row.contentEncrypted, { associatedData: retrievedContentContext(row.id) }),
          ) as { body: string }
        ).body
      : "";
    let snapshot = "";
    try {
      snapshot = decryptString(contents.submission.messageTextEncrypted, {
        associatedData: submissionMessageTextContext(submissionId),
      });
    } catch {
      snapshot = "";
    }
    comparison = { snapshot, retrieved };
  }
  await recordAuditEvent({
    organizationId,
    actor,
    action: "submission.viewed",
    objectType: "submission",
    objectId: submissionId,
  });
  return {
    answers: readAnswersForPeople(contents.definition, contents.answers.answers, language),
    sender: contents.sender ? { name: contents.sender.name } : null,
    filing: isOnBehalf(contents.filing)
      ? {
          role: contents.filing.role,
          principalName: contents.filing.principal.name,
          filerName: contents.filing.filerName,
        }
      : null,
    attachments: contents.attachments,
    comparison,
  };
}

async function findDelivery(organizationId: string, deliveryId: string) {
  const delivery = await getPrisma().delivery.findFirst({
    where: { id: deliveryId, organizationId },
    include: { target: true },
  });
  if (!delivery) throw new NotFoundError();
  return delivery;
}

/** "Retry now": a failing or dead-lettered delivery is due at once (its 72-hour window starts again). */
export async function retryDeliveryNow(organizationId: string, deliveryId: string, actor: TAuditActor) {
  const delivery = await findDelivery(organizationId, deliveryId);
  if (!["pending", "dead"].includes(delivery.status)) return false;
  await getPrisma().delivery.update({
    where: { id: delivery.id },
    data: {
      status: "pending",
      nextAttemptAt: now(),
      deadAt: null,
      deadNotifiedAt: null,
      ...(delivery.status === "dead" ? { firstAttemptAt: null } : {}),
    },
  });
  await recordAuditEvent({
    organizationId,
    actor,
    action: "delivery.retried",
    objectType: "delivery",
    objectId: delivery.id,
  });
  return true;
}

/** "Replay": sends a delivered submission again, with the same webhook-id so the receiver can recognise it. */
export async function replayDelivery(organizationId: string, deliveryId: string, actor: TAuditActor) {
  const delivery = await findDelivery(organizationId, deliveryId);
  if (!getTargetAdapter(delivery.target.kind).ledger.canReplay || delivery.status !== "succeeded")
    return false;
  await getPrisma().$transaction(async (tx) => {
    await tx.delivery.update({
      where: { id: delivery.id },
      data: { status: "pending", nextAttemptAt: now(), firstAttemptAt: null, succeededAt: null },
    });
    if (delivery.submissionId && delivery.event === "submission_received")
      await applySubmissionMove(tx, delivery.submissionId, {
        type: "replay_requested",
        details: { targetId: delivery.targetId },
      });
  });
  await recordAuditEvent({
    organizationId,
    actor,
    action: "delivery.replayed",
    objectType: "delivery",
    objectId: delivery.id,
  });
  return true;
}

/** A handler releases a held submission after reviewing the differences: it is delivered, marked as released. */
export async function releaseHeldSubmission(
  organizationId: string,
  submissionId: string,
  actor: TAuditActor,
) {
  const prisma = getPrisma();
  await prisma.$transaction(async (tx) => {
    const submission = await tx.submission.findFirst({
      where: { id: submissionId, organizationId, status: "held" },
    });
    if (!submission) throw new NotFoundError();
    await tx.retrievedMessage.updateMany({
      where: { submissionId, match: "held", reviewDecision: null },
      data: { reviewDecision: "released", reviewedAt: now(), reviewedByUserId: actor.userId ?? null },
    });
    await applySubmissionMove(tx, submissionId, {
      type: "released_by_handler",
      details: { userId: actor.userId ?? null },
    });
    await createDeliveries(tx, submission);
    await recordAuditEvent(
      {
        organizationId,
        actor,
        action: "submission.released",
        objectType: "submission",
        objectId: submissionId,
      },
      tx,
    );
  });
}
