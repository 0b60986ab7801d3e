// The one family of expected failures across lib/: a code the UI translates (namespace "errors", or the
// screen's own), never a stack trace. Browser-safe.

/** An expected failure the person can act on; `code` is a message key. Each domain narrows its codes. */
export class DomainError<TCode extends string = string> extends Error {
  constructor(
    readonly code: TCode,
    readonly details?: unknown,
  ) {
    super(code);
    this.name = new.target.name;
  }
}

/** Missing, or another organisation's: every surface answers 404, so other tenants learn nothing. */
export class NotFoundError extends DomainError<"NOT_FOUND"> {
  constructor() {
    super("NOT_FOUND");
  }
}

/** Allowed to see it, not to do this to it (e.g. removing a service that forms still use). */
export class ForbiddenError extends DomainError<"FORBIDDEN"> {
  constructor() {
    super("FORBIDDEN");
  }
}
