// Every kind of delivery target, exhaustively: adding a kind to the schema fails type checking here.
import type { TTargetAdapter } from "@/lib/delivery/target-adapter";
import { pullTarget } from "@/lib/delivery/targets/pull-target";
import { webhookTarget } from "@/lib/delivery/targets/webhook-target";
import type { DeliveryTargetKind } from "@/lib/generated/prisma/client";

const TARGET_ADAPTERS = {
  webhook: webhookTarget,
  pull: pullTarget,
} as const satisfies Record<DeliveryTargetKind, TTargetAdapter>;

export function getTargetAdapter(kind: DeliveryTargetKind): TTargetAdapter {
  return TARGET_ADAPTERS[kind];
}
