import { DomainError } from "@/lib/errors/domain-error";

/** A webhook or Suomi.fi address (or a network to allow) refused by the outbound policy; names no address. */
export class OutboundAddressError extends DomainError<"ADDRESS_NOT_ALLOWED" | "NETWORK_NOT_OFFERED"> {}
