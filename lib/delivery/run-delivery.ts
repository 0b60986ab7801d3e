// One attempt of one claimed delivery: send, record the attempt, then succeed, schedule a retry or dead-letter.
import "server-only";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";
import { applySubmissionMove } from "@/lib/submissions/apply-submission-move";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { retryDelayMs } from "@/lib/delivery/backoff";
import { completeSubmissionIfDelivered } from "@/lib/delivery/complete-submission";
import { getTargetAdapter } from "@/lib/delivery/target-registry";
import { webhookMessageId } from "@/lib/delivery/webhook-signing";

export type TAttemptOutcome = "succeeded" | "retrying" | "dead" | "cancelled" | "skipped";

export async function runDelivery(deliveryId: string): Promise<TAttemptOutcome> {
  const prisma = getPrisma();
  const delivery = await prisma.delivery.findUnique({ where: { id: deliveryId }, include: { target: true } });
  if (!delivery || delivery.status !== "in_progress") return "skipped";
  const { target } = delivery;
  const adapter = getTargetAdapter(target.kind);
  if (!target.isEnabled || !adapter.deliver) {
    await prisma.delivery.update({
      where: { id: deliveryId },
      data: { status: "cancelled", lockedUntil: null },
    });
    return "cancelled";
  }
  const startedAt = now();
  const attempt = delivery.attemptCount + 1;
  let result;
  try {
    result = await adapter.deliver({ delivery, target });
  } catch (error) {
    result = {
      kind: "network" as const,
      error: error instanceof Error ? error.message.slice(0, 300) : "error",
      durationMs: 0,
    };
  }
  const isSuccess = result.kind === "response" && result.status >= 200 && result.status < 300;
  const error = isSuccess
    ? null
    : result.kind === "response"
      ? `HTTP ${result.status}`
      : `${result.kind}: ${result.error}`;
  const firstAttemptAt = delivery.firstAttemptAt ?? startedAt;
  const finishedAt = now();
  const isOutOfTime =
    finishedAt.getTime() - firstAttemptAt.getTime() >= getEnv().DELIVERY_RETRY_HOURS * 3_600_000;
  const outcome: TAttemptOutcome = isSuccess ? "succeeded" : isOutOfTime ? "dead" : "retrying";

  await prisma.$transaction(async (tx) => {
    await tx.deliveryAttempt.create({
      data: {
        deliveryId,
        targetId: target.id,
        attempt,
        requestId: webhookMessageId(delivery.id),
        startedAt,
        durationMs: result.durationMs,
        status: result.kind === "response" ? result.status : null,
        outcome: isSuccess ? "success" : result.kind === "blocked" ? "blocked" : "retryable-error",
        responseExcerpt: result.kind === "response" ? result.excerpt : null,
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
    if (outcome !== "retrying") {
      await applySubmissionMove(
        tx,
        delivery.submissionId,
        {
          type: outcome === "succeeded" ? "delivered_to_target" : "delivery_dead",
          details: {
            targetId: target.id,
            targetName: target.name,
            attempts: attempt,
            ...(error ? { error } : {}),
          },
        },
        { at: finishedAt },
      );
    }
    if (outcome === "succeeded") await completeSubmissionIfDelivered(tx, delivery.submissionId);
  });
  if (outcome === "dead") {
    logger.error(
      { deliveryId, targetId: target.id, attempts: attempt },
      "delivery dead-lettered after retries ran out",
    );
  }
  return outcome;
}
