"use server";
import { auditActor } from "@/lib/auth/require-admin";
import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/auth/admin-action";
import { sendJob } from "@/lib/jobs/send-job";
import { dispatchDeliveriesJob } from "@/lib/delivery/delivery-jobs";
import {
  releaseHeldSubmission,
  replayDelivery,
  retryDeliveryNow,
  ZDeliveryAction,
  ZSubmissionAction,
} from "@/lib/delivery/submission-ledger";
import { sendCaseMessage, ZSendCaseMessage } from "@/lib/case-messages/send-case-message";
import {
  addSubmissionNote,
  assignSubmission,
  setHandlerState,
  ZAssignInput,
  ZHandlerMoveInput,
  ZNoteInput,
} from "@/lib/submissions/handle-submission";

async function dispatchSoon() {
  // The worker also dispatches every minute; this only makes it sooner.
  await sendJob(dispatchDeliveriesJob, {}).catch(() => null);
}

export const retryDeliveryAction = adminAction(
  "submissions.handle",
  ZDeliveryAction,
  async (input, context) => {
    await retryDeliveryNow(context.organization.id, input.deliveryId, auditActor(context));
    await dispatchSoon();
    revalidatePath("/admin/submissions");
    revalidatePath("/admin/inbox");
    return { status: "ok", messageKey: "retried" };
  },
);

export const replayDeliveryAction = adminAction(
  "submissions.handle",
  ZDeliveryAction,
  async (input, context) => {
    await replayDelivery(context.organization.id, input.deliveryId, auditActor(context));
    await dispatchSoon();
    revalidatePath("/admin/submissions");
    revalidatePath("/admin/inbox");
    return { status: "ok", messageKey: "retried" };
  },
);

export const releaseHeldAction = adminAction(
  "submissions.handle",
  ZSubmissionAction,
  async (input, context) => {
    await releaseHeldSubmission(context.organization.id, input.submissionId, auditActor(context));
    await dispatchSoon();
    revalidatePath(`/admin/submissions/${input.submissionId}`);
    return { status: "ok", messageKey: "saved" };
  },
);

export const setHandlerStateAction = adminAction(
  "submissions.handle",
  ZHandlerMoveInput,
  async (input, context) => {
    await setHandlerState(context.organization.id, input, auditActor(context));
    revalidatePath(`/admin/submissions/${input.submissionId}`);
    return { status: "ok", messageKey: "stateSaved" };
  },
);

export const assignSubmissionAction = adminAction(
  "submissions.handle",
  ZAssignInput,
  async (input, context) => {
    await assignSubmission(context.organization.id, input, auditActor(context));
    revalidatePath(`/admin/submissions/${input.submissionId}`);
    return { status: "ok", messageKey: "assignedSaved" };
  },
);

export const addNoteAction = adminAction("submissions.handle", ZNoteInput, async (input, context) => {
  await addSubmissionNote(context.organization.id, input, auditActor(context));
  revalidatePath(`/admin/submissions/${input.submissionId}`);
  return { status: "ok", messageKey: "noteSaved" };
});

export const sendCaseMessageAction = adminAction(
  "submissions.handle",
  ZSendCaseMessage,
  async (input, context, formData) => {
    const files = await Promise.all(
      formData
        .getAll("attachments")
        .filter((value): value is File => value instanceof File && value.size > 0)
        .map(async (file) => ({
          filename: file.name,
          mediaType: file.type,
          content: new Uint8Array(await file.arrayBuffer()),
        })),
    );
    await sendCaseMessage(context.organization.id, input, files, auditActor(context));
    revalidatePath(`/admin/submissions/${input.submissionId}`);
    return { status: "ok", messageKey: "caseMessageSent" };
  },
);
