"use server";
import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/auth/admin-action";
import { auditActor } from "@/lib/auth/require-admin";
import { replyToInboxMessage, ZReplyToInboxMessage } from "@/lib/inbox/reply-to-inbox-message";
import {
  setServiceAcceptsNewMessages,
  ZServiceAcceptsNewMessages,
} from "@/lib/inbox/set-service-accepts-new-messages";
import {
  addInboxNote,
  assignInboxMessage,
  attachInboxMessage,
  markInboxMessageHandled,
  reopenInboxMessage,
  ZAssignInboxMessage,
  ZAttachInboxMessage,
  ZInboxMessageId,
  ZInboxNote,
} from "@/lib/inbox/update-inbox-message";

const revalidate = (messageId: string) => {
  revalidatePath("/admin/inbox");
  revalidatePath(`/admin/inbox/${messageId}`);
};

export const assignAction = adminAction("submissions.handle", ZAssignInboxMessage, async (input, context) => {
  await assignInboxMessage(context.organization.id, input, auditActor(context));
  revalidate(input.messageId);
  return { status: "ok", messageKey: "saved" };
});

export const markHandledAction = adminAction(
  "submissions.handle",
  ZInboxMessageId,
  async (input, context) => {
    await markInboxMessageHandled(context.organization.id, input, auditActor(context));
    revalidate(input.messageId);
    return { status: "ok", messageKey: "saved" };
  },
);

export const reopenAction = adminAction("submissions.handle", ZInboxMessageId, async (input, context) => {
  await reopenInboxMessage(context.organization.id, input, auditActor(context));
  revalidate(input.messageId);
  return { status: "ok", messageKey: "saved" };
});

export const addNoteAction = adminAction("submissions.handle", ZInboxNote, async (input, context) => {
  await addInboxNote(context.organization.id, input, auditActor(context));
  revalidate(input.messageId);
  return { status: "ok", messageKey: "noteSaved" };
});

export const attachAction = adminAction("submissions.handle", ZAttachInboxMessage, async (input, context) => {
  await attachInboxMessage(context.organization.id, input, auditActor(context));
  revalidate(input.messageId);
  return { status: "ok", messageKey: "attached" };
});

export const replyAction = adminAction("submissions.handle", ZReplyToInboxMessage, async (input, context) => {
  await replyToInboxMessage(context.organization.id, input, auditActor(context));
  revalidate(input.messageId);
  // Answers on a submission's thread are shown on its page too.
  revalidatePath("/admin/submissions/[id]", "page");
  return { status: "ok", messageKey: "replySent" };
});

export const serviceNewMessagesAction = adminAction(
  "settings.manage",
  ZServiceAcceptsNewMessages,
  async (input, context) => {
    await setServiceAcceptsNewMessages(context.organization.id, input, auditActor(context));
    revalidatePath("/admin/inbox");
    return { status: "ok", messageKey: "saved" };
  },
);
