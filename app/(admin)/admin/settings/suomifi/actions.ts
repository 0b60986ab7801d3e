"use server";
import { auditActor } from "@/lib/auth/require-admin";
import { revalidatePath } from "next/cache";
import type { TActionState } from "@/lib/auth/action-state";
import { adminAction } from "@/lib/auth/admin-action";
import { savePaperMailSettings, ZSavePaperMailSettings } from "@/lib/outgoing/paper-mail-settings";
import { pollStoredConnectionNow } from "@/lib/retrieval/request-poll-now";
import {
  addService,
  removeService,
  rotateStoredPassword,
  saveConnection,
  testStoredConnection,
  ZAddService,
  ZConnectionRef,
  ZSaveConnection,
  ZServiceRef,
} from "@/lib/suomifi/connections/manage-connection";

const PATH = "/admin/settings/suomifi";

export const saveConnectionAction = adminAction(
  "settings.manage",
  ZSaveConnection,
  async (input, context) => {
    await saveConnection(context.organization.id, input, auditActor(context));
    revalidatePath(PATH);
    return { status: "ok", messageKey: "saved" };
  },
);

export const addServiceAction = adminAction("settings.manage", ZAddService, async (input, context) => {
  await addService(context.organization.id, input, auditActor(context));
  revalidatePath(PATH);
  return { status: "ok", messageKey: "serviceSaved" };
});

export const removeServiceAction = adminAction("settings.manage", ZServiceRef, async (input, context) => {
  await removeService(context.organization.id, input, auditActor(context));
  revalidatePath(PATH);
  return { status: "ok", messageKey: "serviceRemoved" };
});

export const testConnectionAction = adminAction(
  "settings.manage",
  ZConnectionRef,
  async (input, context): Promise<TActionState> => {
    const result = await testStoredConnection(context.organization.id, input, auditActor(context));
    if (result.isOk) {
      return {
        status: "ok",
        messageKey: "testOk",
        data: { seconds: result.tokenExpiresInSeconds, ms: result.durationMs },
      } satisfies TActionState;
    }
    return {
      status: "error",
      messageKey: `test_${result.problem}`,
      data: { status: result.status ?? null, traceId: result.traceId ?? null, step: result.step },
    } satisfies TActionState;
  },
);

export const rotatePasswordAction = adminAction("settings.manage", ZConnectionRef, async (input, context) => {
  const outcome = await rotateStoredPassword(context.organization.id, input, auditActor(context));
  revalidatePath(PATH);
  return { status: "ok", messageKey: outcome === "rotated" ? "rotated" : "promotedPending" };
});

export const pollNowAction = adminAction("settings.manage", ZConnectionRef, async (input, context) => {
  await pollStoredConnectionNow(context.organization.id, input, auditActor(context));
  revalidatePath(PATH);
  return { status: "ok", messageKey: "pollNowQueued" };
});

export const savePaperMailAction = adminAction(
  "settings.manage",
  ZSavePaperMailSettings,
  async (input, context) => {
    await savePaperMailSettings(context.organization.id, input, auditActor(context));
    revalidatePath(PATH);
    return { status: "ok", messageKey: "paperMailSaved" };
  },
);
