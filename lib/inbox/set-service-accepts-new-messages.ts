// Whether citizens may start new messages to a Suomi.fi service: DVV sets it per service at deployment, an
// owner records the same here so handlers know what to expect in the inbox.
import "server-only";
import { z } from "zod";
import { recordAuditEvent, type TAuditActor } from "@/lib/audit/record-audit-event";
import { getPrisma } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors/domain-error";

export const ZServiceAcceptsNewMessages = z.object({
  serviceRowId: z.uuid(),
  acceptsNewMessages: z
    .union([z.literal("on"), z.literal("")])
    .optional()
    .transform((value) => value === "on"),
});

export async function setServiceAcceptsNewMessages(
  organizationId: string,
  input: z.infer<typeof ZServiceAcceptsNewMessages>,
  actor: TAuditActor,
) {
  await getPrisma().$transaction(async (tx) => {
    const { count } = await tx.suomifiService.updateMany({
      where: { id: input.serviceRowId, connection: { organizationId } },
      data: { acceptsNewMessages: input.acceptsNewMessages },
    });
    if (count === 0) throw new NotFoundError();
    await recordAuditEvent(
      {
        organizationId,
        actor,
        action: "inbox.service_new_messages_set",
        objectType: "suomifi_service",
        objectId: input.serviceRowId,
        details: { acceptsNewMessages: input.acceptsNewMessages },
      },
      tx,
    );
  });
}
