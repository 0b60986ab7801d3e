// Backfill: an owner sends submissions that arrived before a target existed (or while it was disabled) to that
// target, chosen by form and retrieval date. A job creates the missing delivery rows in batches; the usual
// dispatcher (or the pull API) then delivers them. Each delivery is idempotent: one row per submission and
// target (the unique key), and a webhook keeps its webhook-id on every attempt, so running a backfill twice,
// or after a crash, sends nothing twice. Built on the delivery rows only, so it fits every kind of target.
import "server-only";
import { z } from "zod";
import { recordAuditEvent, type TAuditActor } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";
import { PURGED } from "@/lib/delivery/purge-expired-submissions";
import { NotFoundError } from "@/lib/errors/domain-error";
import { getTargetAdapter } from "@/lib/delivery/target-registry";
import { helsinkiLocalToUtc } from "@/lib/form-admin/helsinki-time";
import type { Prisma } from "@/lib/generated/prisma/client";
import { applySubmissionMove } from "@/lib/submissions/apply-submission-move";

const BATCH = 200;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function collectFormIds(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const fields = raw as Record<string, unknown>;
  if (Array.isArray(fields.formIds)) return raw;
  const formIds = Object.keys(fields)
    .filter((key) => key.startsWith("form:") && fields[key])
    .map((key) => key.slice("form:".length));
  return { ...fields, formIds };
}

const ZDay = z
  .string()
  .optional()
  .transform((value) => value?.trim() || undefined)
  .pipe(z.string().regex(DAY, { error: "date" }).optional());

/** The admin form: target, forms (checkboxes "form:<id>"; none = every form the target receives), days in Finland. */
export const ZRequestBackfill = z.preprocess(
  collectFormIds,
  z
    .object({
      targetId: z.uuid(),
      formIds: z.array(z.uuid()).max(500).default([]),
      fromDay: ZDay,
      toDay: ZDay,
    })
    .refine((input) => !input.fromDay || !input.toDay || input.fromDay <= input.toDay, {
      path: ["toDay"],
      error: "dateRange",
    }),
);

export type TRequestBackfillResult =
  | { ok: true; backfillId: string; total: number }
  | { ok: false; reason: "targetDisabled" | "formNotTargeted" };

type TScope = {
  organizationId: string;
  formIds: string[];
  retrievedFrom: Date | null;
  retrievedBefore: Date | null;
};

/** Released submissions (matched, or held and released) still holding their contents, in the scope. */
function candidatesWhere(scope: TScope, afterId?: string): Prisma.SubmissionWhereInput {
  return {
    organizationId: scope.organizationId,
    status: { in: ["retrieved", "delivered"] },
    NOT: { answersEncrypted: PURGED },
    retrievedAt: {
      not: null,
      ...(scope.retrievedFrom ? { gte: scope.retrievedFrom } : {}),
      ...(scope.retrievedBefore ? { lt: scope.retrievedBefore } : {}),
    },
    ...(scope.formIds.length > 0 ? { formId: { in: scope.formIds } } : {}),
    ...(afterId ? { id: { gt: afterId } } : {}),
  };
}

export async function requestBackfill(
  organizationId: string,
  input: z.output<typeof ZRequestBackfill>,
  actor: TAuditActor,
): Promise<TRequestBackfillResult> {
  const prisma = getPrisma();
  const target = await prisma.deliveryTarget.findFirst({ where: { id: input.targetId, organizationId } });
  if (!target) throw new NotFoundError();
  if (!target.isEnabled) return { ok: false, reason: "targetDisabled" };
  const chosen = [...new Set(input.formIds)];
  if (chosen.length > 0) {
    const own = await prisma.form.count({ where: { organizationId, id: { in: chosen } } });
    if (own !== chosen.length) throw new NotFoundError();
    if (target.formIds.length > 0 && chosen.some((id) => !target.formIds.includes(id)))
      return { ok: false, reason: "formNotTargeted" };
  }
  const nextDay = (day: string) => {
    const date = new Date(`${day}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + 1);
    return date.toISOString().slice(0, 10);
  };
  const scope: TScope = {
    organizationId,
    formIds: chosen.length > 0 ? chosen : target.formIds,
    retrievedFrom: input.fromDay ? helsinkiLocalToUtc(`${input.fromDay}T00:00`) : null,
    retrievedBefore: input.toDay ? helsinkiLocalToUtc(`${nextDay(input.toDay)}T00:00`) : null,
  };
  const total = await prisma.submission.count({ where: candidatesWhere(scope) });
  const backfill = await prisma.$transaction(async (tx) => {
    const created = await tx.deliveryBackfill.create({
      data: { ...scope, targetId: target.id, total, requestedByUserId: actor.userId ?? null },
    });
    await recordAuditEvent(
      {
        organizationId,
        actor,
        action: "delivery.backfill_requested",
        objectType: "delivery_target",
        objectId: target.id,
        details: {
          backfillId: created.id,
          formCount: scope.formIds.length,
          from: input.fromDay ?? null,
          to: input.toDay ?? null,
          total,
        },
      },
      tx,
    );
    return created;
  });
  return { ok: true, backfillId: backfill.id, total };
}

/** The job: creates the missing delivery rows batch by batch, with progress. Safe to run again. */
export async function runBackfill(
  backfillId: string,
): Promise<{ created: number; processed: number } | null> {
  const prisma = getPrisma();
  const backfill = await prisma.deliveryBackfill.findUnique({ where: { id: backfillId } });
  if (!backfill || backfill.status === "done") return null;
  const target = await prisma.deliveryTarget.findUnique({ where: { id: backfill.targetId } });
  if (!target?.isEnabled) {
    await prisma.deliveryBackfill.update({
      where: { id: backfillId },
      data: { status: "failed", error: "target removed or disabled", completedAt: now() },
    });
    return null;
  }
  // As create-deliveries: the dispatcher pushes a push kind's rows, the target system fetches a pull kind's.
  const initialStatus = getTargetAdapter(target.kind).mode === "push" ? "pending" : "awaiting_ack";
  // A run after a crash starts over: rows created before are skipped by the unique key, not counted twice.
  await prisma.deliveryBackfill.update({
    where: { id: backfillId },
    data: { status: "running", startedAt: now(), processed: 0, created: 0, error: null },
  });
  let afterId: string | undefined;
  let processed = 0;
  let created = 0;
  for (;;) {
    const batch = await prisma.submission.findMany({
      where: candidatesWhere(backfill, afterId),
      orderBy: { id: "asc" },
      select: { id: true },
      take: BATCH,
    });
    if (batch.length === 0) break;
    afterId = batch[batch.length - 1]!.id;
    const ids = batch.map((row) => row.id);
    created += await prisma.$transaction(async (tx) => {
      const at = now();
      const inserted = await tx.$queryRaw<{ submission_id: string }[]>`
        INSERT INTO delivery (id, organization_id, submission_id, target_id, status, next_attempt_at, created_at)
        SELECT gen_random_uuid(), ${backfill.organizationId}::uuid, s, ${target.id}::uuid,
               ${initialStatus}::"DeliveryStatus", ${initialStatus === "pending" ? at : null}::timestamp, ${at}
        FROM unnest(${ids}::uuid[]) AS s
        ON CONFLICT (submission_id, target_id, retrieved_message_id) DO NOTHING
        RETURNING submission_id`;
      const createdIds = inserted.map((row) => row.submission_id);
      if (createdIds.length > 0) {
        // "Delivered" means every target has it: not any more, until the new target has it too (the move
        // takes a delivered submission back to retrieved).
        for (const submissionId of createdIds) {
          await applySubmissionMove(
            tx,
            submissionId,
            {
              type: "delivery_backfilled",
              details: { targetId: target.id, targetName: target.name, backfillId },
            },
            { at },
          );
        }
      }
      processed += ids.length;
      await tx.deliveryBackfill.update({
        where: { id: backfillId },
        data: { processed, created: { increment: createdIds.length } },
      });
      return createdIds.length;
    });
  }
  await prisma.$transaction(async (tx) => {
    await tx.deliveryBackfill.update({
      where: { id: backfillId },
      data: { status: "done", completedAt: now(), total: Math.max(backfill.total, processed) },
    });
    await recordAuditEvent(
      {
        organizationId: backfill.organizationId,
        actor: {},
        action: "delivery.backfill_completed",
        objectType: "delivery_target",
        objectId: target.id,
        details: { backfillId, processed, created, alreadyDelivered: processed - created },
      },
      tx,
    );
  });
  return { created, processed };
}

export async function listBackfills(organizationId: string) {
  return getPrisma().deliveryBackfill.findMany({
    where: { organizationId },
    orderBy: { createdAt: "desc" },
    take: 20,
  });
}
