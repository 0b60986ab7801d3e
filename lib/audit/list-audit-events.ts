import "server-only";
import { z } from "zod";
import { nameAuditObjects } from "@/lib/audit/name-audit-objects";
import { getPrisma } from "@/lib/db/prisma";

export const AUDIT_PAGE_SIZE = 50;

export const ZAuditFilter = z.object({
  action: z.string().max(100).optional().catch(undefined),
  actor: z.string().max(200).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  before: z.coerce.bigint().optional().catch(undefined),
});

export type TAuditFilter = z.infer<typeof ZAuditFilter>;

/** One page of an organisation's audit log, newest first; `before` is the id cursor for older pages. */
export async function listAuditEvents(organizationId: string, filter: TAuditFilter) {
  const prisma = getPrisma();
  const rows = await prisma.auditEvent.findMany({
    where: {
      organizationId,
      ...(filter.action ? { action: filter.action } : {}),
      ...(filter.actor
        ? {
            OR: [
              { actorEmail: { contains: filter.actor.toLowerCase() } },
              { actorApiKey: { contains: filter.actor, mode: "insensitive" as const } },
            ],
          }
        : {}),
      createdAt: {
        ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00+02:00`) } : {}),
        ...(filter.to
          ? { lt: new Date(new Date(`${filter.to}T00:00:00+02:00`).getTime() + 86_400_000) }
          : {}),
      },
      ...(filter.before ? { id: { lt: filter.before } } : {}),
    },
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
  });
  const actions = await prisma.auditEvent.findMany({
    where: { organizationId },
    distinct: ["action"],
    select: { action: true },
    orderBy: { action: "asc" },
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const names = await nameAuditObjects(organizationId, page);
  return {
    events: page.map((event) => ({
      ...event,
      objectName: names.get(`${event.objectType}:${event.objectId}`) ?? null,
    })),
    nextBefore: rows.length > AUDIT_PAGE_SIZE ? page[page.length - 1]!.id.toString() : null,
    actions: actions.map((row) => row.action),
  };
}
