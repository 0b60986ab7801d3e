import "server-only";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";

export type TAuditActor = {
  userId?: string | null;
  email?: string | null;
  ip?: string | null;
  /** An API key that acted (a case system), as "name (prefix…)". */
  apiKey?: string | null;
};

export type TAuditEvent = {
  organizationId?: string | null;
  actor: TAuditActor;
  /** Dotted verb, e.g. "auth.sign_in", "member.role_changed", "form.published". */
  action: string;
  objectType?: string;
  objectId?: string;
  /** Non-personal details only: never answers, passwords or identity codes. */
  details?: Prisma.InputJsonValue;
};

type TAuditClient = Pick<Prisma.TransactionClient, "auditEvent">;

/** The one way to write the audit log. Pass a transaction client to log together with the change itself. */
export async function recordAuditEvent(
  event: TAuditEvent,
  client: TAuditClient = getPrisma(),
): Promise<void> {
  await client.auditEvent.create({
    data: {
      organizationId: event.organizationId ?? null,
      actorUserId: event.actor.userId ?? null,
      actorEmail: event.actor.email ?? null,
      ip: event.actor.ip ?? null,
      actorApiKey: event.actor.apiKey ?? null,
      action: event.action,
      objectType: event.objectType ?? null,
      objectId: event.objectId ?? null,
      details: event.details,
      createdAt: now(),
    },
  });
}
