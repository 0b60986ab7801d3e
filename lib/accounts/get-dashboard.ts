import "server-only";
import { getPrisma } from "@/lib/db/prisma";

export async function getDashboard(
  organizationId: string,
): Promise<{ memberCount: number; formCount: number }> {
  const prisma = getPrisma();
  const [memberCount, formCount] = await Promise.all([
    prisma.membership.count({ where: { organizationId } }),
    prisma.form.count({ where: { organizationId, status: { not: "archived" } } }),
  ]);
  return { memberCount, formCount };
}
