// "Poll now" from the admin: an owner fixed the password, or does not want to wait for the next scheduled poll.
// Clears every wait of the connection (a credentials backoff, messages waiting to be fetched again) and queues
// a poll; when one is already queued it runs without those waits.
import "server-only";
import type { z } from "zod";
import { recordAuditEvent, type TAuditActor } from "@/lib/audit/record-audit-event";
import { getPrisma } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors/domain-error";
import { sendJob } from "@/lib/jobs/send-job";
import { pollConnectionJob } from "@/lib/retrieval/retrieval-jobs";
import type { ZConnectionRef } from "@/lib/suomifi/connections/manage-connection";

export async function requestPollNow(connectionId: string): Promise<{ isQueued: boolean }> {
  const prisma = getPrisma();
  await prisma.retrievalCursor.updateMany({ where: { connectionId }, data: { pollPausedUntil: null } });
  await prisma.retrievalEvent.updateMany({
    where: { connectionId, processedAt: null, nextTryAt: { not: null } },
    data: { nextTryAt: null },
  });
  const jobId = await sendJob(pollConnectionJob, { connectionId });
  return { isQueued: jobId !== null };
}

/** An owner's "poll now" on the connection's card: scoped to their organisation and audit-logged. */
export async function pollStoredConnectionNow(
  organizationId: string,
  input: z.output<typeof ZConnectionRef>,
  actor: TAuditActor,
): Promise<void> {
  const connection = await getPrisma().suomifiConnection.findFirst({
    where: { id: input.connectionId, organizationId },
  });
  if (!connection) throw new NotFoundError();
  await requestPollNow(connection.id);
  await recordAuditEvent({
    organizationId,
    actor,
    action: "suomifi.poll_requested",
    objectType: "suomifi_connection",
    objectId: connection.id,
  });
}
