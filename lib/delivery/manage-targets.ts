// Admin operations on delivery targets, the address allowlist and test events; each is audit-logged.
import "server-only";
import { z } from "zod";
import { recordAuditEvent, type TAuditActor } from "@/lib/audit/record-audit-event";
import { AccountsError } from "@/lib/accounts/errors";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";
import { isValidCidr } from "@/lib/delivery/ssrf-guard";
import { encryptTargetSecrets, readTargetSecrets, rotateSecrets } from "@/lib/delivery/target-secrets";
import { sendSignedWebhook } from "@/lib/delivery/targets/webhook-target";

function isWebhookUrl(url: string | undefined): boolean {
  try {
    const parsed = new URL(url ?? "");
    return (
      (parsed.protocol === "https:" || parsed.protocol === "http:") && !parsed.username && !parsed.password
    );
  } catch {
    return false;
  }
}

export const ZCreateTarget = z
  .object({
    kind: z.enum(["webhook", "pull"]),
    name: z.string().trim().min(1).max(100),
    url: z.string().trim().max(2000).optional(),
    senderDetail: z.enum(["none", "name", "name-and-id"]).default("name"),
    attachmentMode: z.enum(["links", "inline"]).default("links"),
  })
  .refine((input) => input.kind !== "webhook" || isWebhookUrl(input.url), { path: ["url"], error: "url" });
export const ZTargetId = z.object({ targetId: z.uuid() });
export const ZAllowlistEntry = z.object({
  cidr: z.string().trim().refine(isValidCidr, { error: "cidr" }),
  note: z.string().trim().max(200).optional(),
});
export const ZAllowlistId = z.object({ entryId: z.uuid() });

export async function createTarget(
  organizationId: string,
  input: z.infer<typeof ZCreateTarget>,
  actor: TAuditActor,
) {
  const id = crypto.randomUUID();
  const { secrets, newSecret } = rotateSecrets([]);
  const url = input.kind === "webhook" ? new URL(input.url ?? "").toString() : null;
  await getPrisma().$transaction(async (tx) => {
    await tx.deliveryTarget.create({
      data: {
        id,
        organizationId,
        kind: input.kind,
        name: input.name,
        url,
        secretsEncrypted: input.kind === "webhook" ? encryptTargetSecrets(id, secrets) : null,
        senderDetail: input.senderDetail,
        attachmentMode: input.attachmentMode,
      },
    });
    await recordAuditEvent(
      {
        organizationId,
        actor,
        action: "delivery.target_created",
        objectType: "delivery_target",
        objectId: id,
        details: { kind: input.kind },
      },
      tx,
    );
  });
  return { id, secret: input.kind === "webhook" ? newSecret : null };
}

async function findTarget(organizationId: string, targetId: string) {
  const target = await getPrisma().deliveryTarget.findFirst({ where: { id: targetId, organizationId } });
  if (!target) throw new AccountsError("NOT_FOUND");
  return target;
}

/** A new secret; the previous one stays valid (two signatures) until the next rotation. */
export async function rotateTargetSecret(organizationId: string, targetId: string, actor: TAuditActor) {
  const target = await findTarget(organizationId, targetId);
  const { secrets, newSecret } = rotateSecrets(readTargetSecrets(target));
  await getPrisma().deliveryTarget.update({
    where: { id: target.id },
    data: { secretsEncrypted: encryptTargetSecrets(target.id, secrets) },
  });
  await recordAuditEvent({
    organizationId,
    actor,
    action: "delivery.secret_rotated",
    objectType: "delivery_target",
    objectId: target.id,
  });
  return newSecret;
}

export async function setTargetEnabled(
  organizationId: string,
  targetId: string,
  isEnabled: boolean,
  actor: TAuditActor,
) {
  const target = await findTarget(organizationId, targetId);
  await getPrisma().deliveryTarget.update({ where: { id: target.id }, data: { isEnabled } });
  await recordAuditEvent({
    organizationId,
    actor,
    action: isEnabled ? "delivery.target_enabled" : "delivery.target_disabled",
    objectType: "delivery_target",
    objectId: target.id,
  });
}

/** Sends a signed "test" event now and records it as a test attempt. */
export async function sendTestEvent(organizationId: string, targetId: string, actor: TAuditActor) {
  const target = await findTarget(organizationId, targetId);
  if (target.kind !== "webhook") throw new AccountsError("NOT_FOUND");
  const messageId = `msg_test_${crypto.randomUUID()}`;
  const startedAt = now();
  const result = await sendSignedWebhook({
    target,
    messageId,
    payload: {
      type: "test",
      payloadVersion: 1,
      deliveryId: messageId,
      organization: { id: organizationId },
      sentAt: startedAt.toISOString(),
    },
  });
  const isSuccess = result.kind === "response" && result.status >= 200 && result.status < 300;
  await getPrisma().deliveryAttempt.create({
    data: {
      targetId: target.id,
      attempt: 1,
      requestId: messageId,
      startedAt,
      durationMs: result.durationMs,
      status: result.kind === "response" ? result.status : null,
      outcome: isSuccess ? "success" : result.kind === "blocked" ? "blocked" : "retryable-error",
      responseExcerpt: result.kind === "response" ? result.excerpt : null,
      error:
        result.kind === "response"
          ? isSuccess
            ? null
            : `HTTP ${result.status}`
          : `${result.kind}: ${result.error}`,
      isTest: true,
    },
  });
  await recordAuditEvent({
    organizationId,
    actor,
    action: "delivery.test_sent",
    objectType: "delivery_target",
    objectId: target.id,
  });
  return {
    isSuccess,
    status: result.kind === "response" ? result.status : null,
    error: result.kind === "response" ? null : result.error,
  };
}

export async function addAllowlistEntry(
  organizationId: string,
  input: z.infer<typeof ZAllowlistEntry>,
  actor: TAuditActor,
) {
  await getPrisma().deliveryAllowlistEntry.upsert({
    where: { organizationId_cidr: { organizationId, cidr: input.cidr } },
    create: { organizationId, cidr: input.cidr, note: input.note ?? null },
    update: { note: input.note ?? null },
  });
  await recordAuditEvent({
    organizationId,
    actor,
    action: "delivery.allowlist_added",
    details: { cidr: input.cidr },
  });
}

export async function removeAllowlistEntry(organizationId: string, entryId: string, actor: TAuditActor) {
  const { count } = await getPrisma().deliveryAllowlistEntry.deleteMany({
    where: { id: entryId, organizationId },
  });
  if (count === 0) throw new AccountsError("NOT_FOUND");
  await recordAuditEvent({ organizationId, actor, action: "delivery.allowlist_removed", objectId: entryId });
}

export async function listDeliverySettings(organizationId: string) {
  const prisma = getPrisma();
  const [targets, allowlist] = await Promise.all([
    prisma.deliveryTarget.findMany({
      where: { organizationId },
      orderBy: { createdAt: "asc" },
      omit: { secretsEncrypted: true },
    }),
    prisma.deliveryAllowlistEntry.findMany({ where: { organizationId }, orderBy: { createdAt: "asc" } }),
  ]);
  const lastTests = await prisma.deliveryAttempt.findMany({
    where: { targetId: { in: targets.map((t) => t.id) }, isTest: true },
    orderBy: { startedAt: "desc" },
    take: 20,
  });
  return { targets, allowlist, lastTests };
}
