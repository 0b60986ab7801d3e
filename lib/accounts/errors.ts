import { DomainError } from "@/lib/errors/domain-error";

export type TAccountsErrorCode =
  "LAST_OWNER" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "RESET_INVALID" | "EMAIL_TAKEN";

/** What members, invitations and password resets refuse; "not found" is NotFoundError, as everywhere. */
export class AccountsError extends DomainError<TAccountsErrorCode> {}
