// A stored target as its adapter sees it: options checked by the kind's schema, secrets decrypted.
import "server-only";
import type { DeliveryTarget } from "@/lib/generated/prisma/client";
import type { TAdapterContext, TTargetAdapter } from "@/lib/delivery/target-adapter";
import { getTargetAdapter } from "@/lib/delivery/target-registry";
import { readTargetSecrets } from "@/lib/delivery/target-secrets";

export function loadTargetContext(target: DeliveryTarget): {
  adapter: TTargetAdapter;
  context: TAdapterContext<unknown>;
} {
  const adapter = getTargetAdapter(target.kind);
  return {
    adapter,
    context: {
      target,
      options: adapter.optionsSchema.parse(target.options),
      secrets: readTargetSecrets(target),
    },
  };
}

/** What a list or the ledger shows of a target (its URL, sftp://…), or its kind when the options are unreadable. */
export function describeTarget(target: Pick<DeliveryTarget, "kind" | "options">): string {
  const adapter = getTargetAdapter(target.kind);
  const parsed = adapter.optionsSchema.safeParse(target.options);
  return parsed.success ? adapter.describe(parsed.data) : target.kind;
}
