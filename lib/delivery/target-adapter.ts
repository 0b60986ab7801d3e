import type { TWebhookResponse } from "@/lib/delivery/post-webhook";
import type { Delivery, DeliveryTarget } from "@/lib/generated/prisma/client";

export type TDeliverInput = { delivery: Delivery; target: DeliveryTarget };

export type TTargetAdapter = {
  /** "pending": the dispatcher pushes it; "awaiting_ack": the target system fetches and acknowledges. */
  initialStatus: "pending" | "awaiting_ack";
  deliver?: (input: TDeliverInput) => Promise<TWebhookResponse>;
};
