// Finds what a citizen's reply answers from Suomi.fi's thread data alone (electronic.thread), never from a
// reference in the text: the message it replies to or the thread's root, against the ids of the messages Lomake
// sent (receipts, handlers' answers) and of the citizen messages Lomake retrieved, then the thread's externalId.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PURGED } from "@/lib/delivery/purge-expired-submissions";
import { RECEIPT_EXTERNAL_ID_PREFIX } from "@/lib/retrieval/sent-message-ids";

export type TThread = {
  rootMessageId: number;
  threadExternalId?: string | null;
  inReplyToMessageId?: number | null;
};

export type TThreadMatch =
  | { kind: "submission"; submissionId: string }
  | { kind: "message"; retrievedMessageId: string }
  /** A thread Lomake cannot place (started elsewhere, or its submission was purged): kept with the reason. */
  | { kind: "none"; problem: "thread-not-found" | "thread-submission-purged" };
type TFound = Exclude<TThreadMatch, { kind: "none" }>;

type TRetrievedRef = { id: string; submissionId: string | null; inReplyToRetrievedId: string | null };

export async function matchThread(
  tx: Prisma.TransactionClient,
  connection: { id: string; organizationId: string },
  thread: TThread,
): Promise<TThreadMatch> {
  const connectionId = connection.id;
  // The nearest message first: a reply to an answer in a long thread belongs where that answer does.
  const ids = [thread.inReplyToMessageId, thread.rootMessageId]
    .filter((id): id is number => typeof id === "number")
    .map((id) => BigInt(id));
  const found = await findByIds(tx, connectionId, ids);
  const byExternalId = found ?? (await findByExternalId(tx, connectionId, thread.threadExternalId ?? null));
  if (!byExternalId) return { kind: "none", problem: "thread-not-found" };
  if (byExternalId.kind === "message") return byExternalId;
  const submission = await tx.submission.findUnique({
    where: { id: byExternalId.submissionId },
    select: { answersEncrypted: true, organizationId: true },
  });
  if (!submission || submission.organizationId !== connection.organizationId)
    return { kind: "none", problem: "thread-not-found" };
  if (submission.answersEncrypted === PURGED) return { kind: "none", problem: "thread-submission-purged" };
  return byExternalId;
}

function fromRetrieved(row: TRetrievedRef): TFound {
  if (row.submissionId) return { kind: "submission", submissionId: row.submissionId };
  // Replies stay on the thread of the inbox message that started it.
  return { kind: "message", retrievedMessageId: row.inReplyToRetrievedId ?? row.id };
}

const RETRIEVED_REF = { id: true, submissionId: true, inReplyToRetrievedId: true } as const;

async function findByIds(
  tx: Prisma.TransactionClient,
  connectionId: string,
  ids: bigint[],
): Promise<TFound | null> {
  for (const suomifiMessageId of ids) {
    const sent = await tx.sentMessage.findFirst({
      where: { connectionId, suomifiMessageId },
      select: { submissionId: true, retrievedMessageId: true },
    });
    if (sent?.submissionId) return { kind: "submission", submissionId: sent.submissionId };
    if (sent?.retrievedMessageId) {
      const answered = await tx.retrievedMessage.findUnique({
        where: { id: sent.retrievedMessageId },
        select: RETRIEVED_REF,
      });
      if (answered) return fromRetrieved(answered);
    }
    // Receipts sent before Lomake kept its sent messages: their id is on the message they acknowledge.
    const receipted = await tx.retrievedMessage.findFirst({
      where: { connectionId, receiptMessageId: suomifiMessageId },
      select: RETRIEVED_REF,
    });
    if (receipted) return fromRetrieved(receipted);
    // The root of a receipt's thread is the citizen's own form message (the receipt answered it).
    const retrieved = await tx.retrievedMessage.findUnique({
      where: { connectionId_suomifiMessageId: { connectionId, suomifiMessageId } },
      select: RETRIEVED_REF,
    });
    if (retrieved) return fromRetrieved(retrieved);
  }
  return null;
}

async function findByExternalId(
  tx: Prisma.TransactionClient,
  connectionId: string,
  externalId: string | null,
): Promise<TFound | null> {
  if (!externalId) return null;
  const sent = await tx.sentMessage.findUnique({
    where: { connectionId_externalId: { connectionId, externalId } },
    select: { submissionId: true, retrievedMessageId: true },
  });
  if (sent?.submissionId) return { kind: "submission", submissionId: sent.submissionId };
  if (sent?.retrievedMessageId) return { kind: "message", retrievedMessageId: sent.retrievedMessageId };
  if (externalId.startsWith(RECEIPT_EXTERNAL_ID_PREFIX)) {
    const submissionId = externalId.slice(RECEIPT_EXTERNAL_ID_PREFIX.length);
    if (/^[0-9a-f-]{36}$/i.test(submissionId)) {
      const row = await tx.submission.findUnique({ where: { id: submissionId }, select: { id: true } });
      if (row) return { kind: "submission", submissionId };
    }
  }
  return null;
}
