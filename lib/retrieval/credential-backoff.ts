// Refused credentials are not a passing fault: until someone changes the password, every poll would log in and
// fail again. After the token endpoint refuses the username or password, scheduled polls of the connection wait
// (1 min, 2, 4, … up to 30 min), the connection is marked failing and the owners are told once; the first poll
// that logs in again clears it all. "Poll now" (an owner, after fixing the password) does not wait.
import "server-only";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";
import { notifyHandlers } from "@/lib/delivery/notify-handlers";
import { logger } from "@/lib/log/logger";
import { SuomifiError } from "@/lib/suomifi/errors";

export const MAX_CREDENTIAL_BACKOFF_MS = 30 * 60_000;
const FIRST_BACKOFF_MS = 60_000;

export function credentialBackoffMs(failures: number): number {
  return Math.min(MAX_CREDENTIAL_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.max(0, failures - 1));
}

/** The token endpoint answered that the login itself is wrong (not that Suomi.fi is down). */
export function isCredentialError(error: unknown): boolean {
  return (
    error instanceof SuomifiError &&
    !error.isRetryable &&
    error.endpoint === "/v1/token" &&
    (error.status === 400 || error.status === 401 || error.status === 403)
  );
}

/**
 * Whether a scheduled poll must wait. A pause further ahead than the longest backoff can only come from a clock
 * that has since stepped back (an NTP correction, a restored snapshot): it is ignored rather than waited for.
 */
export function isPollPaused(cursor: { pollPausedUntil: Date | null } | null, at: Date = now()): boolean {
  const until = cursor?.pollPausedUntil?.getTime();
  if (until === undefined || until <= at.getTime()) return false;
  return until - at.getTime() <= MAX_CREDENTIAL_BACKOFF_MS;
}

export async function recordCredentialFailure(
  connection: { id: string; organizationId: string },
  error: SuomifiError,
): Promise<void> {
  const prisma = getPrisma();
  const at = now();
  const cursor = await prisma.retrievalCursor.findUniqueOrThrow({ where: { connectionId: connection.id } });
  const failures = cursor.credentialFailures + 1;
  const pausedUntil = new Date(at.getTime() + credentialBackoffMs(failures));
  await prisma.retrievalCursor.update({
    where: { connectionId: connection.id },
    data: {
      credentialFailures: failures,
      credentialsFailingSince: cursor.credentialsFailingSince ?? at,
      pollPausedUntil: pausedUntil,
    },
  });
  logger.error(
    {
      connectionId: connection.id,
      failures,
      errorCode: error.errorCode,
      nextPollAt: pausedUntil.toISOString(),
    },
    "Suomi.fi refused the connection's credentials; polls back off until they work again",
  );
  if (failures === 1) {
    await notifyHandlers({
      notice: "credentials-failing",
      organizationId: connection.organizationId,
      path: "/admin/settings/suomifi",
    }).catch((mailError: unknown) =>
      logger.warn({ err: mailError, connectionId: connection.id }, "credentials-failing e-mail failed"),
    );
  }
}

/** A login worked: the connection is no longer failing. */
export async function recordCredentialsWork(connectionId: string): Promise<void> {
  const { count } = await getPrisma().retrievalCursor.updateMany({
    where: { connectionId, credentialFailures: { gt: 0 } },
    data: { credentialFailures: 0, credentialsFailingSince: null, pollPausedUntil: null },
  });
  if (count > 0) logger.info({ connectionId }, "Suomi.fi accepts the connection's credentials again");
}
