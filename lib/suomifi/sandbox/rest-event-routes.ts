// GET /v2/events: the system's events in order, paged with opaque continuation tokens.
import { authenticate } from "./rest-auth-routes";
import { getSettings, RETENTION_MS, sandboxNow, type TSandboxContext } from "./sandbox-context";
import { sendApiError, sendJson, type TSandboxRequest } from "./sandbox-http";

export function encodeContinuationToken(lastEventId: number): string {
  return Buffer.from(JSON.stringify({ v: 1, after: lastEventId })).toString("base64url");
}

export function decodeContinuationToken(token: string): number | undefined {
  try {
    const value = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as {
      v?: unknown;
      after?: unknown;
    };
    return value.v === 1 && typeof value.after === "number" && Number.isSafeInteger(value.after)
      ? value.after
      : undefined;
  } catch {
    return undefined;
  }
}

export async function handleEvents(context: TSandboxContext, request: TSandboxRequest): Promise<void> {
  const username = await authenticate(context, request);
  if (!username) return;
  const token = request.url.searchParams.get("continuationToken");
  const after = token ? decodeContinuationToken(token) : 0;
  if (after === undefined)
    return sendApiError(request.res, 400, "Invalid continuationToken", "INVALID_CONTINUATION_TOKEN");
  const settings = await getSettings(context);
  const now = await sandboxNow(context);
  const { rows } = await context.pool.query<{
    id: string;
    type: string;
    event_time: Date;
    message_id: string | null;
    service_id: string;
    external_id: string | null;
  }>(
    `SELECT e.id, e.type, e.event_time, e.message_id, e.service_id, e.external_id
     FROM suomifi_sandbox.events e JOIN suomifi_sandbox.services s ON s.service_id = e.service_id AND s.username = $1
     WHERE e.id > $2 AND e.event_time > $3 ORDER BY e.id LIMIT $4`,
    [username, after, new Date(now.getTime() - RETENTION_MS), settings.pageSize],
  );
  const lastId = rows.length > 0 ? Number(rows[rows.length - 1]!.id) : after;
  sendJson(request.res, 200, {
    continuationToken: encodeContinuationToken(lastId),
    events: rows.map((row) => ({
      type: row.type,
      eventTime: row.event_time.toISOString(),
      metadata: {
        messageId: row.message_id === null ? undefined : Number(row.message_id),
        serviceId: row.service_id,
        ...(row.external_id === null ? {} : { externalId: row.external_id }),
      },
    })),
  });
}
