import "server-only";
import { getPrisma } from "@/lib/db/prisma";

export async function getDashboard(organizationId: string): Promise<{ memberCount: number; formCount: number }> {
  const memberCount = await getPrisma().membership.count({ where: { organizationId } });
  // Forms arrive with the editor; until then an organisation has none.
  return { memberCount, formCount: 0 };
}
