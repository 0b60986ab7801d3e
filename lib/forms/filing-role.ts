// Whom a person files a form for, as conditions see it: for themself, as a minor's guardian, as a person's
// mandate holder, or for a company. Chosen at the form's start and checked in Suomi.fi Valtuudet
// (lib/citizen/choose-filing.ts); conditions read it under a key no field can have.
export const FILING_ROLES = ["self", "guardian", "mandateHolder", "company"] as const;
export type TFilingRole = (typeof FILING_ROLES)[number];

/** Where the role sits among the answers conditions read: never a valid field key (those start with a letter). */
export const FILING_ROLE_KEY = "$filingRole";

export function isFilingRole(value: unknown): value is TFilingRole {
  return typeof value === "string" && (FILING_ROLES as readonly string[]).includes(value);
}
