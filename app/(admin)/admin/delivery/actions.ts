"use server";
import { auditActor } from "@/lib/auth/require-admin";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { adminAction, type TActionState } from "@/lib/auth/admin-action";
import { ZRequestBackfill } from "@/lib/delivery/backfill-deliveries";
import { startBackfill } from "@/lib/delivery/backfill-jobs";
import {
  addAllowlistEntry,
  createTarget,
  fetchTargetHostKey,
  removeAllowlistEntry,
  rotateTargetSecret,
  sendTestEvent,
  setTargetEnabled,
  setTargetForms,
  ZAllowlistEntry,
  ZAllowlistId,
  ZCreateTarget,
  ZHostKeyRequest,
  ZTargetForms,
  ZTargetId,
} from "@/lib/delivery/manage-targets";

/** Adapter codes ("sftp-error-unreachable") as message keys under "delivery" ("sftpErrorUnreachable"). */
function messageKeyOf(code: string): string {
  return code.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

export const createTargetAction = adminAction(
  "delivery.manage",
  ZCreateTarget,
  async (input, context): Promise<TActionState> => {
    const result = await createTarget(context.organization.id, input, auditActor(context));
    if (!result.ok) {
      return {
        status: "error",
        messageKey: messageKeyOf(result.code),
        fieldErrors: { [result.field]: [messageKeyOf(result.code)] },
        data: { error: result.detail ?? "" },
      };
    }
    revalidatePath("/admin/delivery");
    return {
      status: "ok",
      messageKey: result.secret ? "secretOnce" : "created",
      data: { secret: result.secret },
    };
  },
);

export const fetchHostKeyAction = adminAction(
  "delivery.manage",
  ZHostKeyRequest,
  async (input, context): Promise<TActionState> => {
    const result = await fetchTargetHostKey(context.organization.id, input);
    if (!result.ok)
      return { status: "error", messageKey: "hostKeyFetchFailed", data: { error: result.error } };
    return {
      status: "ok",
      messageKey: "sftpHostKeyFetched",
      data: { host: input.host, port: input.port, algorithm: result.algorithm, sha256: result.sha256 },
    };
  },
);

export const testTargetAction = adminAction("delivery.manage", ZTargetId, async (input, context) => {
  const result = await sendTestEvent(context.organization.id, input.targetId, auditActor(context));
  revalidatePath("/admin/delivery");
  return {
    status: "ok",
    messageKey: result.isSuccess ? (result.status ? "testOk" : "healthOk") : "testFailed",
    data: { status: result.status, error: result.error ?? (result.status ? `HTTP ${result.status}` : null) },
  };
});

export const rotateSecretAction = adminAction("delivery.manage", ZTargetId, async (input, context) => {
  const secret = await rotateTargetSecret(context.organization.id, input.targetId, auditActor(context));
  return { status: "ok", messageKey: "secretOnce", data: { secret } };
});

export const toggleTargetAction = adminAction(
  "delivery.manage",
  ZTargetId.extend({ isEnabled: z.enum(["true", "false"]) }),
  async (input, context) => {
    await setTargetEnabled(
      context.organization.id,
      input.targetId,
      input.isEnabled === "true",
      auditActor(context),
    );
    revalidatePath("/admin/delivery");
    return { status: "ok", messageKey: "saved" };
  },
);

export const setTargetFormsAction = adminAction("delivery.manage", ZTargetForms, async (input, context) => {
  await setTargetForms(context.organization.id, input.targetId, input.formIds, auditActor(context));
  revalidatePath("/admin/delivery");
  return { status: "ok", messageKey: "saved" };
});

export const addAllowlistAction = adminAction("delivery.manage", ZAllowlistEntry, async (input, context) => {
  await addAllowlistEntry(context.organization.id, input, auditActor(context));
  revalidatePath("/admin/delivery");
  return { status: "ok", messageKey: "saved" };
});

export const removeAllowlistAction = adminAction("delivery.manage", ZAllowlistId, async (input, context) => {
  await removeAllowlistEntry(context.organization.id, input.entryId, auditActor(context));
  revalidatePath("/admin/delivery");
  return { status: "ok", messageKey: "saved" };
});

export const requestBackfillAction = adminAction(
  "delivery.manage",
  ZRequestBackfill,
  async (input, context) => {
    const result = await startBackfill(context.organization.id, input, auditActor(context));
    if (!result.ok) return { status: "error", messageKey: `backfill_${result.reason}` };
    revalidatePath("/admin/delivery");
    return { status: "ok", messageKey: "backfillQueued", data: { status: String(result.total) } };
  },
);
