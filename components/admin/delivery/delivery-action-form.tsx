"use client";
import { ActionForm, type TActionFormProps } from "@/components/admin/action-form";

/** A server-action form of the delivery pages (outcomes in the `delivery` messages; a secret shown once). */
export function DeliveryActionForm(props: TActionFormProps) {
  return <ActionForm namespace="delivery" {...props} />;
}
