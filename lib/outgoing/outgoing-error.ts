// Why a message could not go out by any channel: the code names what an owner or a handler must change.
import { DomainError } from "@/lib/errors/domain-error";

export type TOutgoingProblem =
  /** No active Suomi.fi mailbox and the organisation has not turned paper mail on. */
  | "NO_MAILBOX_PAPER_DISABLED"
  /** The form must never go electronically, but paper mail is off. */
  | "PAPER_ONLY_PAPER_DISABLED"
  /** Paper mail was needed and Lomake knows no postal address for the recipient. */
  | "NO_POSTAL_ADDRESS"
  /** Paper mail is on but the organisation's return address is missing. */
  | "NO_SENDER_ADDRESS"
  /** Paper mail was needed for a message with files: the letter cannot include them yet. */
  | "ATTACHMENTS_NOT_PRINTABLE";

export class OutgoingChannelError extends DomainError<TOutgoingProblem> {}
