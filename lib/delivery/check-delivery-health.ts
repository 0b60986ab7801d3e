// The scheduled health check: logs at error level and tells the handlers when retrieval stalls or deliveries die.
import "server-only";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";
import { logger } from "@/lib/log/logger";
import { getOrganizationHealth } from "@/lib/delivery/get-organization-health";
import { notifyHandlers } from "@/lib/delivery/notify-handlers";

/** The two stall warnings, each told once per stall (its column on the cursor) and cleared when it ends. */
const STALLS = [
  { warning: "poll-stalled", column: "stallNotifiedAt", notice: "retrieval-stalled" },
  { warning: "retrieval-stalled", column: "waitingNotifiedAt", notice: "retrieval-backlog" },
] as const;

export async function checkDeliveryHealth(): Promise<void> {
  const prisma = getPrisma();
  const organizations = await prisma.organization.findMany({ select: { id: true, slug: true } });
  for (const organization of organizations) {
    const health = await getOrganizationHealth(organization.id);
    const figures = {
      organization: organization.slug,
      warnings: health.warnings,
      lagMs: health.lagMs,
      waitingEvents: health.waitingEvents,
      lastRetrievedAt: health.lastRetrievedAt,
      stallMinutes: health.stallMinutes,
    };
    if (health.warnings.includes("undelivered-too-long")) logger.error(figures, "delivery health warning");
    if (health.warnings.includes("poll-stalled")) {
      // A connection that never polled has no cursor yet; the notice is remembered on it all the same.
      const connections = await prisma.suomifiConnection.findMany({
        where: { organizationId: organization.id, isActive: true },
        select: { id: true },
      });
      for (const connection of connections)
        await prisma.retrievalCursor.upsert({
          where: { connectionId: connection.id },
          create: { connectionId: connection.id, organizationId: organization.id },
          update: {},
        });
    }
    for (const stall of STALLS) {
      if (health.warnings.includes(stall.warning)) {
        const { count } = await prisma.retrievalCursor.updateMany({
          where: { organizationId: organization.id, [stall.column]: null },
          data: { [stall.column]: now() },
        });
        if (count > 0) {
          logger.error(
            figures,
            stall.warning === "poll-stalled"
              ? "retrieval stalled: no poll succeeded"
              : "retrieval stalled: events wait and nothing is retrieved",
          );
          await notifyHandlers({
            notice: stall.notice,
            organizationId: organization.id,
            path: "/admin/delivery",
          });
        }
      } else {
        const { count } = await prisma.retrievalCursor.updateMany({
          where: { organizationId: organization.id, [stall.column]: { not: null } },
          data: { [stall.column]: null },
        });
        if (count > 0) logger.info(figures, `retrieval recovered from ${stall.warning}`);
      }
    }
  }
  const dead = await prisma.delivery.findMany({ where: { status: "dead", deadNotifiedAt: null }, take: 200 });
  for (const delivery of dead) {
    await prisma.delivery.update({ where: { id: delivery.id }, data: { deadNotifiedAt: now() } });
    const submission = delivery.submissionId
      ? await prisma.submission.findUnique({ where: { id: delivery.submissionId }, select: { formId: true } })
      : null;
    await notifyHandlers({
      notice: "delivery-dead",
      organizationId: delivery.organizationId,
      formId: submission?.formId,
      // A new message that belongs to no submission is looked at where it is read.
      path: delivery.submissionId
        ? `/admin/submissions/${delivery.submissionId}`
        : `/admin/inbox/${delivery.retrievedMessageId}`,
    });
  }
}
