// The retrieval job for one Suomi.fi connection: read GET /v2/events page by page until caught up (each page
// and its continuation token committed together), then fetch every citizen message to one of our services.
// Workers side by side: a per-connection advisory lock lets one poll at a time; the rest skip.
import "server-only";
import { latestPlausibleDue, now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";
import { faultPoint } from "@/lib/jobs/fault-point";
import { withAdvisoryLock } from "@/lib/jobs/with-advisory-lock";
import { logger } from "@/lib/log/logger";
import { createConnectionRestClient, type TClientOverrides } from "@/lib/retrieval/connection-rest-client";
import { retrieveMessage } from "@/lib/retrieval/retrieve-message";
import { receiptsLockName, sendDueReceipts } from "@/lib/retrieval/send-receipt";
import {
  isCredentialError,
  isPollPaused,
  recordCredentialFailure,
  recordCredentialsWork,
} from "@/lib/retrieval/credential-backoff";
import { recordSentMessageEvent } from "@/lib/retrieval/record-sent-message-event";
import { storeEventsPage } from "@/lib/retrieval/store-events-page";
import { SuomifiError } from "@/lib/suomifi/errors";
import { CITIZEN_MESSAGE_EVENT, isSentMessageEventType, type TEventsPage } from "@/lib/suomifi/rest-schemas";

const MAX_PAGES_PER_RUN = 500;
const MAX_EVENT_FAILURES = 50;
const MAX_EVENT_RETRY_DELAY_MS = 30 * 60_000;
const UNKNOWN_SENT_MESSAGE_RETRIES = 3;
const UNKNOWN_SENT_MESSAGE_WINDOW_MS = 10 * 60_000;

export type TPollOptions = {
  clientOverrides?: TClientOverrides;
  /** Tests: runs between fetching a page and committing it (throw to simulate a killed worker). */
  beforeCommit?: (page: TEventsPage) => Promise<void>;
  /** After each batch of events that released submissions (the job starts their deliveries and receipts). */
  onSubmissionsReleased?: () => Promise<void>;
};

export type TPollResult =
  | { isSkipped: true }
  | { isSkipped: false; pages: number; newEvents: number; fetched: number; failed: number; error?: string };

function describeError(error: unknown): string {
  if (error instanceof SuomifiError)
    return `${error.endpoint} ${error.status ?? "no response"}${error.errorCode ? ` ${error.errorCode}` : ""}`;
  return error instanceof Error ? error.message.slice(0, 300) : "unknown error";
}

export async function pollConnection(connectionId: string, options: TPollOptions = {}): Promise<TPollResult> {
  const outcome = await withAdvisoryLock(`retrieval:${connectionId}`, (signal) =>
    pollLocked(connectionId, options, signal),
  );
  return outcome.isLocked ? outcome.result : { isSkipped: true };
}

async function pollLocked(
  connectionId: string,
  options: TPollOptions,
  signal: AbortSignal,
): Promise<TPollResult> {
  const prisma = getPrisma();
  const connection = await prisma.suomifiConnection.findUnique({
    where: { id: connectionId },
    include: { services: { select: { serviceId: true } } },
  });
  if (!connection || !connection.isActive) return { isSkipped: true };
  if (isPollPaused(await prisma.retrievalCursor.findUnique({ where: { connectionId } })))
    return { isSkipped: true };
  const client = createConnectionRestClient(connection, options.clientOverrides);
  await prisma.retrievalCursor.upsert({
    where: { connectionId },
    create: { connectionId, organizationId: connection.organizationId, lastPollStartedAt: now() },
    update: { lastPollStartedAt: now() },
  });

  let pages = 0;
  let newEvents = 0;
  let pagingError: unknown;
  try {
    for (; pages < MAX_PAGES_PER_RUN;) {
      signal.throwIfAborted(); // the lock went with a lost connection: another worker may be polling now
      const cursor = await prisma.retrievalCursor.findUniqueOrThrow({ where: { connectionId } });
      const page = await client.getEvents(cursor.continuationToken ?? undefined);
      faultPoint("events-page-fetched");
      await options.beforeCommit?.(page);
      newEvents += (await storeEventsPage(connection, page)).inserted;
      pages += 1;
      if (page.events.length === 0) break;
    }
    await prisma.retrievalCursor.update({
      where: { connectionId },
      data: { lastSuccessAt: now(), lastError: null, stallNotifiedAt: null },
    });
    await recordCredentialsWork(connectionId);
  } catch (error) {
    pagingError = error;
    if (isCredentialError(error)) {
      await prisma.retrievalCursor.update({
        where: { connectionId },
        data: { lastErrorAt: now(), lastError: describeError(error) },
      });
      await recordCredentialFailure(connection, error as SuomifiError);
      throw error; // every other call would be refused the same way
    }
    logger.warn({ connectionId, error: describeError(error) }, "retrieval: reading events failed");
    await prisma.retrievalCursor.update({
      where: { connectionId },
      data: { lastErrorAt: now(), lastError: describeError(error) },
    });
  }

  // Also after a paging failure: events stored by earlier runs must not wait.
  const serviceIds = new Set(connection.services.map((service) => service.serviceId));
  signal.throwIfAborted();
  const { fetched, failed } = await processPendingEvents(client, connection, serviceIds, options, signal);
  // Unless the receipts job is sending them right now (it reads to the end; the job handler queues it again).
  await withAdvisoryLock(receiptsLockName(connectionId), () => sendDueReceipts({ connectionId, client }));
  if (pagingError) throw pagingError;
  return { isSkipped: false, pages, newEvents, fetched, failed };
}

async function processPendingEvents(
  client: ReturnType<typeof createConnectionRestClient>,
  connection: { id: string; organizationId: string },
  serviceIds: Set<string>,
  options: TPollOptions,
  signal: AbortSignal,
): Promise<{ fetched: number; failed: number }> {
  const prisma = getPrisma();
  let fetched = 0;
  let failed = 0;
  let afterId = BigInt(0);
  for (;;) {
    const events = await prisma.retrievalEvent.findMany({
      where: {
        connectionId: connection.id,
        processedAt: null,
        id: { gt: afterId },
        OR: [
          { nextTryAt: null },
          { nextTryAt: { lte: now() } },
          { nextTryAt: { gt: latestPlausibleDue(MAX_EVENT_RETRY_DELAY_MS) } },
        ],
      },
      orderBy: { id: "asc" },
      take: 100,
    });
    if (events.length === 0) break;
    let released = 0;
    for (const event of events) {
      signal.throwIfAborted();
      afterId = event.id;
      let outcome: string;
      if (isSentMessageEventType(event.type)) {
        outcome = await recordSentMessageEvent(event);
        // A send commits its sent_message row only after Suomi.fi answered: another worker may read the
        // "created" event first. A recent event of an unknown message is looked at again a few times.
        if (outcome === "not-sent-by-us" && event.failures < UNKNOWN_SENT_MESSAGE_RETRIES) {
          const age = now().getTime() - new Date(event.eventTime).getTime();
          if (age < UNKNOWN_SENT_MESSAGE_WINDOW_MS) {
            await prisma.retrievalEvent.update({
              where: { id: event.id },
              data: { failures: event.failures + 1, nextTryAt: new Date(now().getTime() + 20_000) },
            });
            continue;
          }
        }
      } else if (event.type !== CITIZEN_MESSAGE_EVENT) outcome = "ignored-type";
      else if (!event.serviceId || !serviceIds.has(event.serviceId) || event.messageId === null)
        outcome = "other-service";
      else {
        try {
          outcome = await retrieveMessage(client, connection, {
            messageId: Number(event.messageId),
            serviceId: event.serviceId,
          });
          fetched += 1;
          if (outcome === "matched" || outcome === "held") released += 1;
        } catch (error) {
          failed += 1;
          const isGone = error instanceof SuomifiError && error.status === 404;
          const failures = event.failures + 1;
          const shouldGiveUp = isGone || failures >= MAX_EVENT_FAILURES;
          logger[shouldGiveUp ? "error" : "warn"](
            { connectionId: connection.id, eventId: String(event.id), error: describeError(error), failures },
            shouldGiveUp
              ? "retrieval: giving up on a citizen message"
              : "retrieval: fetching a citizen message failed",
          );
          await prisma.retrievalEvent.update({
            where: { id: event.id },
            data: {
              failures,
              outcome: `error: ${describeError(error)}`,
              processedAt: shouldGiveUp ? now() : null,
              nextTryAt: new Date(
                now().getTime() + Math.min(MAX_EVENT_RETRY_DELAY_MS, 15_000 * 2 ** Math.min(failures, 8)),
              ),
            },
          });
          continue;
        }
      }
      await prisma.retrievalEvent.update({ where: { id: event.id }, data: { processedAt: now(), outcome } });
    }
    // Deliveries and receipts start while the rest of a backlog is still being retrieved (as other jobs).
    if (released > 0) await options.onSubmissionsReleased?.();
  }
  return { fetched, failed };
}
