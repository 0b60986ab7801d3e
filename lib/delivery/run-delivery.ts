// One attempt of one claimed delivery: the target's adapter delivers and says what came of it (success,
// retryable or permanent); this records the attempt, then succeeds, schedules a retry or dead-letters.
import "server-only";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";
import { applySubmissionMove, applySubmissionMoveIfAllowed } from "@/lib/submissions/apply-submission-move";
import { getEnv } from "@/lib/env";
import type { TSubmissionEvent } from "@/lib/submissions/submission-events";
import { logger } from "@/lib/log/logger";
import { ATTEMPT_STARTED } from "@/lib/delivery/attempt-outcome";
import { retryDelayMs } from "@/lib/delivery/backoff";
import { completeSubmissionIfDelivered } from "@/lib/delivery/complete-submission";
import type { TDeliveryOutcome } from "@/lib/delivery/target-adapter";
import { loadTargetContext } from "@/lib/delivery/target-context";
import { getTargetAdapter } from "@/lib/delivery/target-registry";

export type TAttemptOutcome = "succeeded" | "retrying" | "dead" | "cancelled" | "skipped";

const ATTEMPT_OUTCOME = {
  success: "success",
  retryable: "retryable-error",
  permanent: "permanent-error",
} as const;

export async function runDelivery(deliveryId: string): Promise<TAttemptOutcome> {
  const prisma = getPrisma();
  const delivery = await prisma.delivery.findUnique({ where: { id: deliveryId }, include: { target: true } });
  if (!delivery || delivery.status !== "in_progress") return "skipped";
  const { target } = delivery;
  if (!target.isEnabled || getTargetAdapter(target.kind).mode !== "push") {
    await prisma.delivery.update({
      where: { id: deliveryId },
      data: { status: "cancelled", lockedUntil: null },
    });
    return "cancelled";
  }
  const startedAt = now();
  const attempt = delivery.attemptCount + 1;
  const firstAttemptAt = delivery.firstAttemptAt ?? startedAt;
  let adapter = getTargetAdapter(target.kind);
  // Recorded before the attempt goes out: if the worker dies before the outcome is written, the ledger shows
  // "sent, outcome unknown" and the next attempt (same id for the receiver) is explained, not a mystery duplicate.
  const [startedAttempt] = await prisma.$transaction([
    prisma.deliveryAttempt.create({
      data: {
        deliveryId,
        targetId: target.id,
        attempt,
        requestId: adapter.ledger.requestId(delivery.id),
        startedAt,
        durationMs: 0,
        outcome: ATTEMPT_STARTED,
      },
    }),
    prisma.delivery.update({ where: { id: deliveryId }, data: { attemptCount: attempt, firstAttemptAt } }),
  ]);
  let result: TDeliveryOutcome;
  try {
    const loaded = loadTargetContext(target);
    adapter = loaded.adapter;
    result = await adapter.deliver({ ...loaded.context, delivery });
  } catch (error) {
    // An adapter that throws has not judged the attempt: treat it as a passing fault and retry.
    result = {
      kind: "retryable",
      reason: `error: ${error instanceof Error ? error.message.slice(0, 300) : "unknown"}`,
      durationMs: 0,
    };
  }
  const isSuccess = result.kind === "success";
  const error = result.kind === "success" ? null : result.reason;
  const finishedAt = now();
  const isOutOfTime =
    finishedAt.getTime() - firstAttemptAt.getTime() >= getEnv().DELIVERY_RETRY_HOURS * 3_600_000;
  const outcome: TAttemptOutcome = isSuccess
    ? "succeeded"
    : result.kind === "permanent" || isOutOfTime
      ? "dead"
      : "retrying";

  await prisma.$transaction(async (tx) => {
    await tx.deliveryAttempt.update({
      where: { id: startedAttempt.id },
      data: {
        requestId: result.requestId ?? adapter.ledger.requestId(delivery.id),
        durationMs: result.durationMs,
        status: result.httpStatus ?? null,
        outcome: result.kind === "success" ? "success" : (result.code ?? ATTEMPT_OUTCOME[result.kind]),
        responseExcerpt: result.detail?.slice(0, 500) ?? null,
        error,
      },
    });
    await tx.delivery.update({
      where: { id: deliveryId },
      data: {
        attemptCount: attempt,
        firstAttemptAt,
        lockedUntil: null,
        lastError: error,
        status: outcome === "succeeded" ? "succeeded" : outcome === "dead" ? "dead" : "pending",
        succeededAt: isSuccess ? finishedAt : null,
        deadAt: outcome === "dead" ? finishedAt : null,
        nextAttemptAt: outcome === "retrying" ? new Date(finishedAt.getTime() + retryDelayMs(attempt)) : null,
      },
    });
    if (outcome !== "retrying" && delivery.submissionId) {
      const details = {
        targetId: target.id,
        targetName: target.name,
        attempts: attempt,
        ...(delivery.event === "submission_reply" ? { event: "submission.reply" as const } : {}),
        ...(error ? { error } : {}),
      };
      const move: TSubmissionEvent =
        outcome === "succeeded"
          ? { type: "delivered_to_target", details }
          : { type: "delivery_dead", details };
      if (delivery.event === "submission_received") {
        await applySubmissionMove(tx, delivery.submissionId, move, { at: finishedAt });
        if (outcome === "succeeded") await completeSubmissionIfDelivered(tx, delivery.submissionId);
      } else {
        // A reply is on the submission's timeline too, but never decides the submission's own state.
        await applySubmissionMoveIfAllowed(tx, delivery.submissionId, move, { at: finishedAt });
      }
    }
  });
  if (outcome === "dead") {
    logger.error(
      { deliveryId, targetId: target.id, attempts: attempt, isPermanent: result.kind === "permanent" },
      "delivery dead-lettered",
    );
  }
  return outcome;
}
