import { NotFoundError } from "@/lib/errors/domain-error";
import "server-only";
import { z } from "zod";
import { recordAuditEvent, type TAuditActor } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { decryptBytes } from "@/lib/crypto/encrypt-value";
import { getPrisma } from "@/lib/db/prisma";
import { buildExportJob } from "@/lib/delivery/export/export-jobs";
import { EXPORT_FORMATS, ZExportFilters } from "@/lib/delivery/export/export-rows";
import { exportFileContext } from "@/lib/delivery/export/run-export";
import { sendJob } from "@/lib/jobs/send-job";

const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);

export const ZExportRequest = z.object({
  format: z.enum(EXPORT_FORMATS),
  language: z.enum(["fi", "sv", "en"]).default("fi"),
  formId: z.preprocess(emptyToUndefined, ZExportFilters.shape.formId),
  version: z.preprocess(emptyToUndefined, ZExportFilters.shape.version),
  from: z.preprocess(emptyToUndefined, ZExportFilters.shape.from),
  to: z.preprocess(emptyToUndefined, ZExportFilters.shape.to),
  status: z.preprocess(emptyToUndefined, ZExportFilters.shape.status),
});

/** Queues an export job (audit-logged); the worker builds it with progress. */
export async function requestExport(
  organizationId: string,
  input: z.infer<typeof ZExportRequest>,
  actor: TAuditActor,
) {
  const { format, language, ...filters } = input;
  if (
    filters.formId &&
    !(await getPrisma().form.findFirst({ where: { id: filters.formId, organizationId } }))
  ) {
    throw new NotFoundError();
  }
  const job = await getPrisma().exportJob.create({
    data: {
      organizationId,
      requestedByUserId: actor.userId ?? null,
      format,
      language,
      filters,
      createdAt: now(),
    },
  });
  await recordAuditEvent({
    organizationId,
    actor,
    action: "delivery.export_requested",
    objectType: "export",
    objectId: job.id,
    details: { format, filters },
  });
  await sendJob(buildExportJob, { exportId: job.id });
  return job;
}

export async function listExports(organizationId: string) {
  return getPrisma().exportJob.findMany({
    where: { organizationId },
    orderBy: { createdAt: "desc" },
    take: 20,
    omit: { fileEncrypted: true },
  });
}

/** The finished file of an organisation's export (audit-logged), or null. */
export async function downloadExport(organizationId: string, exportId: string, actor: TAuditActor) {
  if (!/^[0-9a-f-]{36}$/i.test(exportId)) return null;
  const job = await getPrisma().exportJob.findFirst({
    where: { id: exportId, organizationId, status: "ready" },
  });
  if (!job?.fileEncrypted || (job.expiresAt && job.expiresAt < now())) return null;
  await recordAuditEvent({
    organizationId,
    actor,
    action: "delivery.export_downloaded",
    objectType: "export",
    objectId: job.id,
  });
  return {
    bytes: decryptBytes(job.fileEncrypted, { associatedData: exportFileContext(job.id) }),
    fileName: job.fileName ?? `export.${job.format}`,
  };
}
