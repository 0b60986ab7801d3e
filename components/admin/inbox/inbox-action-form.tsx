"use client";
import { ActionForm, type TActionFormProps } from "@/components/admin/action-form";

/** A server-action form of the inbox (outcomes in the `inbox` messages). */
export function InboxActionForm(props: TActionFormProps) {
  return <ActionForm namespace="inbox" {...props} />;
}
