/** A domain error whose `code` the UI translates; `NOT_FOUND` is shown as a 404 so other tenants learn nothing. */
export class AccountsError extends Error {
  constructor(
    readonly code:
      | "NOT_FOUND"
      | "FORBIDDEN"
      | "LAST_OWNER"
      | "ALREADY_MEMBER"
      | "INVITATION_INVALID"
      | "RESET_INVALID"
      | "EMAIL_TAKEN"
      | "ADDRESS_NOT_ALLOWED"
      | "NETWORK_NOT_OFFERED",
  ) {
    super(code);
    this.name = "AccountsError";
  }
}
