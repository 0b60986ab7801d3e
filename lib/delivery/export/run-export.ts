// Builds an export file for an ExportJob row, with progress, and stores it encrypted until it expires.
import "server-only";
import { now } from "@/lib/clock";
import { encryptBytes } from "@/lib/crypto/encrypt-value";
import { exportFileContext } from "@/lib/crypto/encryption-contexts";
import { getPrisma } from "@/lib/db/prisma";
import { loadExportRows, ZExportFilters } from "@/lib/delivery/export/export-rows";
import { writeCsv, writeJson, writeXlsx } from "@/lib/delivery/export/write-export";
import { writeZip } from "@/lib/delivery/export/write-zip";

export { exportFileContext };
const EXPORT_LIFETIME_MS = 24 * 3_600_000;

export async function runExport(exportId: string): Promise<void> {
  const prisma = getPrisma();
  const { count } = await prisma.exportJob.updateMany({
    where: { id: exportId, status: "queued" },
    data: { status: "running" },
  });
  if (count === 0) return; // another worker has it, or it is done
  const job = await prisma.exportJob.findUniqueOrThrow({ where: { id: exportId } });
  try {
    const progress = async (done: number, total: number) => {
      await prisma.exportJob.update({ where: { id: exportId }, data: { progress: done, total } });
    };
    const filters = ZExportFilters.parse(job.filters);
    const { columns, rows } = await loadExportRows(
      job.organizationId,
      filters,
      job.language,
      job.format === "zip" ? undefined : progress,
    );
    const file =
      job.format === "csv"
        ? writeCsv(columns, rows, job.language)
        : job.format === "xlsx"
          ? await writeXlsx(columns, rows, job.language)
          : job.format === "json"
            ? writeJson(columns, rows)
            : await writeZip(columns, rows, job.language, progress);
    const stamp = now().toISOString().slice(0, 10);
    await prisma.exportJob.update({
      where: { id: exportId },
      data: {
        status: "ready",
        progress: rows.length,
        total: rows.length,
        fileName: `lomake-export-${stamp}.${job.format}`,
        fileEncrypted: new Uint8Array(encryptBytes(file, { associatedData: exportFileContext(exportId) })),
        completedAt: now(),
        expiresAt: new Date(now().getTime() + EXPORT_LIFETIME_MS),
      },
    });
  } catch (error) {
    await prisma.exportJob.update({
      where: { id: exportId },
      data: { status: "failed", error: error instanceof Error ? error.message.slice(0, 300) : "failed" },
    });
    throw error;
  }
}
