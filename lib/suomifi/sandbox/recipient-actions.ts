// What a recipient does with a message an organisation sent: opens it (the first time: "Electronic message
// read") and confirms receipt of a verifiable one ("Receipt confirmed", which also opens it). Used by the mailbox
// view and the control API, through the same store and events feed the REST API serves.
import type { PoolClient } from "pg";
import { sandboxNow, type TSandboxContext } from "./sandbox-context";
import { inTransaction, insertEvent } from "./sandbox-message-store";

export type TRecipientAction = "read" | "confirm";

type TSentRow = {
  service_id: string;
  external_id: string | null;
  is_verifiable: boolean;
  read_at: Date | null;
  receipt_confirmed_at: Date | null;
};

async function lockSentMessage(client: PoolClient, messageId: number, personId?: string) {
  const { rows } = await client.query<TSentRow>(
    `SELECT service_id, external_id, read_at, receipt_confirmed_at,
       coalesce(request #>> '{electronic,messageServiceType}', '') = 'Verifiable' AS is_verifiable
     FROM suomifi_sandbox.messages
     WHERE id = $1 AND direction = 'to_citizen' AND channel = 'electronic' AND ($2::text IS NULL OR person_id = $2)
     FOR UPDATE`,
    [messageId, personId ?? null],
  );
  return rows[0];
}

/**
 * Applies the action once; "not-found" when it is not the person's electronic message, "must-confirm" when a
 * verifiable message is opened before its receipt is confirmed (Suomi.fi shows only its title until then).
 */
export async function actOnSentMessage(
  context: TSandboxContext,
  input: { messageId: number; personId?: string; action: TRecipientAction },
): Promise<"done" | "not-found" | "must-confirm"> {
  return inTransaction(context.pool, async (client) => {
    const row = await lockSentMessage(client, input.messageId, input.personId);
    if (!row) return "not-found";
    if (input.action === "read" && row.is_verifiable && !row.receipt_confirmed_at) return "must-confirm";
    const now = await sandboxNow(context, client);
    const event = (type: string) =>
      insertEvent(client, {
        serviceId: row.service_id,
        type,
        time: now,
        messageId: input.messageId,
        externalId: row.external_id ?? undefined,
      });
    if (input.action === "confirm" && !row.receipt_confirmed_at) {
      await client.query("UPDATE suomifi_sandbox.messages SET receipt_confirmed_at = $2 WHERE id = $1", [
        input.messageId,
        now,
      ]);
      await event("Receipt confirmed");
    }
    // Confirming opens the message, as in Suomi.fi.
    if (!row.read_at) {
      await client.query("UPDATE suomifi_sandbox.messages SET read_at = $2 WHERE id = $1", [
        input.messageId,
        now,
      ]);
      await event("Electronic message read");
    }
    return "done";
  });
}
