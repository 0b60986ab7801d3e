// Pull target: the target system fetches through /api/v1/submissions and acknowledges with POST …/ack.
import "server-only";
import type { TTargetAdapterOf } from "@/lib/delivery/target-adapter";
import { ZPayloadOptions, type TPayloadOptions } from "@/lib/delivery/targets/payload-options";

export const pullTarget: TTargetAdapterOf<TPayloadOptions, TPayloadOptions> = {
  mode: "pull",
  optionsSchema: ZPayloadOptions,
  formSchema: ZPayloadOptions,
  prepareSave: async ({ form }) => ({ ok: true, options: form, secrets: null }),
  // Never dispatched: its deliveries wait for the target system's acknowledgement.
  deliver: async () => ({ kind: "permanent", durationMs: 0, reason: "pull targets are fetched, not pushed" }),
  checkHealth: async () => ({ isHealthy: true, durationMs: 0, detail: "/api/v1/submissions" }),
  describe: () => "/api/v1/submissions",
  ledger: { requestId: (deliveryId) => deliveryId, requestIdLabel: null, canReplay: false },
};
