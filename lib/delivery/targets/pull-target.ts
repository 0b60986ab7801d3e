// Pull target: the target system fetches through /api/v1/submissions and acknowledges with POST …/ack.
import type { TTargetAdapter } from "@/lib/delivery/target-adapter";

export const pullTarget: TTargetAdapter = { initialStatus: "awaiting_ack" };
