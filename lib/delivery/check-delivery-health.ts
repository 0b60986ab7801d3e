// The scheduled health check: logs at error level and tells the handlers when retrieval stalls or deliveries die.
import "server-only";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";
import { logger } from "@/lib/log/logger";
import { getOrganizationHealth } from "@/lib/delivery/get-organization-health";
import { notifyHandlers } from "@/lib/delivery/notify-handlers";

export async function checkDeliveryHealth(): Promise<void> {
  const prisma = getPrisma();
  const organizations = await prisma.organization.findMany({ select: { id: true, slug: true } });
  for (const organization of organizations) {
    const health = await getOrganizationHealth(organization.id);
    if (health.warnings.includes("poll-stalled") || health.warnings.includes("undelivered-too-long")) {
      logger.error(
        { organization: organization.slug, warnings: health.warnings, lagMs: health.lagMs },
        "delivery health warning",
      );
    }
    if (health.warnings.includes("poll-stalled")) {
      const { count } = await prisma.retrievalCursor.updateMany({
        where: { organizationId: organization.id, stallNotifiedAt: null },
        data: { stallNotifiedAt: now() },
      });
      if (count > 0)
        await notifyHandlers({
          notice: "retrieval-stalled",
          organizationId: organization.id,
          path: "/admin/delivery",
        });
    }
  }
  const dead = await prisma.delivery.findMany({ where: { status: "dead", deadNotifiedAt: null }, take: 200 });
  for (const delivery of dead) {
    await prisma.delivery.update({ where: { id: delivery.id }, data: { deadNotifiedAt: now() } });
    const submission = await prisma.submission.findUnique({
      where: { id: delivery.submissionId },
      select: { formId: true },
    });
    await notifyHandlers({
      notice: "delivery-dead",
      organizationId: delivery.organizationId,
      formId: submission?.formId,
      path: `/admin/submissions/${delivery.submissionId}`,
    });
  }
}
