// "Poll now" from the admin: an owner fixed the password, or does not want to wait for the next scheduled poll.
// Clears every wait of the connection (a credentials backoff, messages waiting to be fetched again) and queues
// a poll; when one is already queued it runs without those waits.
import "server-only";
import { getPrisma } from "@/lib/db/prisma";
import { sendJob } from "@/lib/jobs/send-job";
import { pollConnectionJob } from "@/lib/retrieval/retrieval-jobs";

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
