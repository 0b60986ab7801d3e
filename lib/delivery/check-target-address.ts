// Save-time check of a webhook address: refused when it is not a public https address or inside a network the
// organisation allows (the send-time guard still checks every connection, since DNS answers change).
import "server-only";
import { OutboundAddressError } from "@/lib/http/outbound-address-error";
import { getPrisma } from "@/lib/db/prisma";
import { resolveAllowedAddress, type TGuardedFetchOptions } from "@/lib/http/guarded-fetch";
import { webhookOutboundAllowlist } from "@/lib/http/outbound-policy";

export async function loadWebhookAllowlist(organizationId: string) {
  const rows = await getPrisma().deliveryAllowlistEntry.findMany({
    where: { organizationId },
    select: { cidr: true },
  });
  return webhookOutboundAllowlist(rows.map((row) => row.cidr));
}

/** Throws ADDRESS_NOT_ALLOWED; the message never says what the name resolved to. */
export async function checkTargetAddress(
  organizationId: string,
  url: string,
  resolve?: TGuardedFetchOptions["resolve"],
): Promise<void> {
  try {
    await resolveAllowedAddress(new URL(url), {
      allowlist: await loadWebhookAllowlist(organizationId),
      resolve,
    });
  } catch {
    throw new OutboundAddressError("ADDRESS_NOT_ALLOWED");
  }
}
