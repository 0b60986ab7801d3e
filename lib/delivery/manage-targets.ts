// Admin operations on delivery targets, the address allowlist and test events; each is audit-logged.
import { NotFoundError } from "@/lib/errors/domain-error";
import "server-only";
import { z } from "zod";
import { recordAuditEvent, type TAuditActor } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";
import { OutboundAddressError } from "@/lib/http/outbound-address-error";
import { isValidCidr } from "@/lib/http/address-policy";
import { checkTenantNetwork, webhookInternalNetworks } from "@/lib/http/outbound-policy";
import { describeTarget, loadTargetContext } from "@/lib/delivery/target-context";
import { getTargetAdapter, TARGET_KINDS } from "@/lib/delivery/target-registry";
import {
  encryptTargetSecrets,
  readTargetSecrets,
  readWebhookSecrets,
  rotateSecrets,
} from "@/lib/delivery/target-secrets";
import { describeSftpError, fetchSftpHostKey } from "@/lib/delivery/targets/sftp-connection";
import { ZSftpOptions } from "@/lib/delivery/targets/sftp-target";
import type { DeliveryTargetKind, Prisma } from "@/lib/generated/prisma/client";

/** A form posts one checkbox per form, named "form:<id>"; none checked means every form of the organisation. */
const FORM_FIELD = "form:";
function collectFormIds(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const fields = raw as Record<string, unknown>;
  if (Array.isArray(fields.formIds)) return raw;
  const formIds = Object.keys(fields)
    .filter((key) => key.startsWith(FORM_FIELD) && fields[key] !== undefined && fields[key] !== "")
    .map((key) => key.slice(FORM_FIELD.length));
  return { ...fields, formIds };
}
const ZFormIds = z.array(z.uuid()).max(500).default([]);

const ZTargetKind = z.enum(TARGET_KINDS as [DeliveryTargetKind, ...DeliveryTargetKind[]]);

/** The fields every kind shares, then the kind's own settings form, parsed by its adapter's schema. */
export const ZCreateTarget = z
  .preprocess(
    collectFormIds,
    z.object({ kind: ZTargetKind, name: z.string().trim().min(1).max(100), formIds: ZFormIds }).loose(),
  )
  .transform((input, context) => {
    const parsed = getTargetAdapter(input.kind).formSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        context.addIssue({ code: "custom", path: issue.path, message: issue.message });
      return z.NEVER;
    }
    return { kind: input.kind, name: input.name, formIds: input.formIds, form: parsed.data as unknown };
  });
export const ZHostKeyRequest = z.object({
  host: ZSftpOptions.shape.host,
  port: ZSftpOptions.shape.port,
});
export const ZTargetId = z.object({ targetId: z.uuid() });
export const ZTargetForms = z.preprocess(collectFormIds, z.object({ targetId: z.uuid(), formIds: ZFormIds }));

/** Every form id must be one of the organisation's forms; another organisation's form is "not found". */
async function assertOwnForms(organizationId: string, formIds: readonly string[]): Promise<string[]> {
  const unique = [...new Set(formIds)];
  if (unique.length === 0) return [];
  const count = await getPrisma().form.count({ where: { organizationId, id: { in: unique } } });
  if (count !== unique.length) throw new NotFoundError();
  return unique;
}
export const ZAllowlistEntry = z.object({
  cidr: z.string().trim().refine(isValidCidr, { error: "cidr" }),
  note: z.string().trim().max(200).optional(),
});
export const ZAllowlistId = z.object({ entryId: z.uuid() });

export type TCreateTargetResult =
  | { ok: true; id: string; secret: string | null }
  | { ok: false; field: string; code: string; detail?: string };

/** Validates with the kind's adapter (an SFTP target is connected to), then stores options and secrets. */
export async function createTarget(
  organizationId: string,
  input: z.infer<typeof ZCreateTarget>,
  actor: TAuditActor,
): Promise<TCreateTargetResult> {
  const id = crypto.randomUUID();
  const formIds = await assertOwnForms(organizationId, input.formIds);
  const prepared = await getTargetAdapter(input.kind).prepareSave({
    organizationId,
    targetId: id,
    form: input.form,
    previous: null,
  });
  if (!prepared.ok) return prepared;
  await getPrisma().$transaction(async (tx) => {
    await tx.deliveryTarget.create({
      data: {
        id,
        organizationId,
        kind: input.kind,
        name: input.name,
        options: prepared.options as Prisma.InputJsonObject,
        secretsEncrypted: encryptTargetSecrets(id, prepared.secrets),
        formIds,
      },
    });
    await recordAuditEvent(
      {
        organizationId,
        actor,
        action: "delivery.target_created",
        objectType: "delivery_target",
        objectId: id,
        details: { kind: input.kind, formCount: formIds.length },
      },
      tx,
    );
  });
  return { ok: true, id, secret: prepared.revealOnce ?? null };
}

/** The SFTP server's host key, for the owner to compare with what the server's administrator gave. */
export async function fetchTargetHostKey(organizationId: string, input: z.infer<typeof ZHostKeyRequest>) {
  try {
    return { ok: true as const, ...(await fetchSftpHostKey({ organizationId, ...input })) };
  } catch (error) {
    return { ok: false as const, error: describeSftpError(error) };
  }
}

async function findTarget(organizationId: string, targetId: string) {
  const target = await getPrisma().deliveryTarget.findFirst({ where: { id: targetId, organizationId } });
  if (!target) throw new NotFoundError();
  return target;
}

/** A new secret; the previous one stays valid (two signatures) until the next rotation. */
export async function rotateTargetSecret(organizationId: string, targetId: string, actor: TAuditActor) {
  const target = await findTarget(organizationId, targetId);
  if (target.kind !== "webhook") throw new NotFoundError();
  const { secrets, newSecret } = rotateSecrets(readWebhookSecrets(readTargetSecrets(target)));
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

/** Which forms' submissions go to the target; an empty list means every form (also forms created later). */
export async function setTargetForms(
  organizationId: string,
  targetId: string,
  formIds: readonly string[],
  actor: TAuditActor,
) {
  const target = await findTarget(organizationId, targetId);
  const own = await assertOwnForms(organizationId, formIds);
  await getPrisma().deliveryTarget.update({ where: { id: target.id }, data: { formIds: own } });
  await recordAuditEvent({
    organizationId,
    actor,
    action: "delivery.target_forms_changed",
    objectType: "delivery_target",
    objectId: target.id,
    details: { formCount: own.length },
  });
}

/** Runs the kind's health check now (a webhook gets a signed "test" event) and records it as a test attempt. */
export async function sendTestEvent(organizationId: string, targetId: string, actor: TAuditActor) {
  const target = await findTarget(organizationId, targetId);
  const { adapter, context } = loadTargetContext(target);
  if (adapter.mode !== "push") throw new NotFoundError();
  const startedAt = now();
  const result = await adapter.checkHealth(context);
  await getPrisma().deliveryAttempt.create({
    data: {
      targetId: target.id,
      attempt: 1,
      requestId: `test_${crypto.randomUUID()}`,
      startedAt,
      durationMs: result.durationMs,
      status: result.httpStatus ?? null,
      outcome: result.isHealthy ? "success" : "retryable-error",
      responseExcerpt: result.detail.slice(0, 500),
      error: result.isHealthy ? null : result.detail,
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
    isSuccess: result.isHealthy,
    status: result.httpStatus ?? null,
    error: result.isHealthy ? null : result.detail,
  };
}

export async function addAllowlistEntry(
  organizationId: string,
  input: z.infer<typeof ZAllowlistEntry>,
  actor: TAuditActor,
) {
  // Tenants choose among the operator's internal networks; anything wider (0.0.0.0/0, loopback, metadata) is
  // refused here and would count for nothing at send time either.
  if (!checkTenantNetwork(input.cidr).isAllowed) throw new OutboundAddressError("NETWORK_NOT_OFFERED");
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
  if (count === 0) throw new NotFoundError();
  await recordAuditEvent({ organizationId, actor, action: "delivery.allowlist_removed", objectId: entryId });
}

function formTitle(definition: unknown, language: string): string | null {
  const title = (definition as { title?: Record<string, string> } | null)?.title;
  return title?.[language] || title?.fi || null;
}

export async function listDeliverySettings(organizationId: string, language = "fi") {
  const prisma = getPrisma();
  const [targets, allowlist, forms] = await Promise.all([
    prisma.deliveryTarget.findMany({
      where: { organizationId },
      orderBy: { createdAt: "asc" },
      omit: { secretsEncrypted: true },
    }),
    prisma.deliveryAllowlistEntry.findMany({ where: { organizationId }, orderBy: { createdAt: "asc" } }),
    prisma.form.findMany({
      where: { organizationId },
      select: {
        id: true,
        slug: true,
        draftDefinition: true,
        liveVersion: { select: { definition: true } },
      },
      orderBy: { slug: "asc" },
    }),
  ]);
  const described = targets.map((target) => ({
    ...target,
    address: describeTarget(target),
    canTest: getTargetAdapter(target.kind).mode === "push",
  }));
  const lastTests = await prisma.deliveryAttempt.findMany({
    where: { targetId: { in: targets.map((t) => t.id) }, isTest: true },
    orderBy: { startedAt: "desc" },
    take: 20,
  });
  return {
    targets: described,
    allowlist,
    offeredNetworks: webhookInternalNetworks(),
    lastTests,
    forms: forms.map((form) => ({
      id: form.id,
      slug: form.slug,
      title:
        formTitle(form.liveVersion?.definition, language) ??
        formTitle(form.draftDefinition, language) ??
        form.slug,
    })),
  };
}
