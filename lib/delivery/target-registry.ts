// Every kind of delivery target, exhaustively: adding a kind to the schema fails type checking here, and in
// components/admin/delivery/target-settings-forms.tsx (its settings form) and the kind labels' test.
import "server-only";
import type { TTargetAdapter } from "@/lib/delivery/target-adapter";
import { pullTarget } from "@/lib/delivery/targets/pull-target";
import { sftpTarget } from "@/lib/delivery/targets/sftp-target";
import { webhookTarget } from "@/lib/delivery/targets/webhook-target";
import type { DeliveryTargetKind } from "@/lib/generated/prisma/client";

const TARGET_ADAPTERS = {
  webhook: webhookTarget,
  pull: pullTarget,
  sftp: sftpTarget,
} as const satisfies Record<DeliveryTargetKind, TTargetAdapter>;

export const TARGET_KINDS = Object.keys(TARGET_ADAPTERS) as DeliveryTargetKind[];

export function getTargetAdapter(kind: DeliveryTargetKind): TTargetAdapter {
  return TARGET_ADAPTERS[kind];
}
