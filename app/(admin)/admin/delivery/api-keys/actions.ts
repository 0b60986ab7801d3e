"use server";
import { auditActor } from "@/lib/auth/require-admin";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { NotFoundError } from "@/lib/errors/domain-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { adminAction } from "@/lib/auth/admin-action";
import { createApiKey, revokeApiKey, ZCreateApiKey } from "@/lib/delivery/pull/api-keys";

export const createKeyAction = adminAction("delivery.manage", ZCreateApiKey, async (input, context) => {
  const { token, key } = await createApiKey({
    organizationId: context.organization.id,
    name: input.name,
    scopes: input.scopes,
    createdByUserId: context.user.id,
  });
  await recordAuditEvent({
    organizationId: context.organization.id,
    actor: auditActor(context),
    action: "delivery.api_key_created",
    objectType: "api_key",
    objectId: key.id,
    details: { name: key.name, prefix: key.prefix, scopes: key.scopes },
  });
  revalidatePath("/admin/delivery/api-keys");
  return { status: "ok", messageKey: "keyOnce", data: { secret: token } };
});

export const revokeKeyAction = adminAction(
  "delivery.manage",
  z.object({ keyId: z.uuid() }),
  async (input, context) => {
    if (!(await revokeApiKey(context.organization.id, input.keyId))) throw new NotFoundError();
    await recordAuditEvent({
      organizationId: context.organization.id,
      actor: auditActor(context),
      action: "delivery.api_key_revoked",
      objectType: "api_key",
      objectId: input.keyId,
    });
    revalidatePath("/admin/delivery/api-keys");
    return { status: "ok", messageKey: "revoked" };
  },
);
