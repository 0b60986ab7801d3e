import "server-only";
import { getPrisma } from "@/lib/db/prisma";

/**
 * Virus-scanning hook for a stored attachment. Scanning comes with issue 9 (ClamAV); until then every file is
 * marked `unscanned` so nothing pretends it was checked.
 */
export async function scanFile(storedFileId: string): Promise<"unscanned"> {
  await getPrisma().storedFile.update({ where: { id: storedFileId }, data: { scanStatus: "unscanned" } });
  return "unscanned";
}
