// Pure: what a posted "file for whom" choice comes to, given what Suomi.fi Valtuudet answered. The post only
// names a principal; the role, the name and the right to act come from Valtuudet's list and its mandate check.
import type { TFilingRole } from "@/lib/forms/filing-role";
import type { TMandateCheck, TPrincipal } from "@/lib/suomifi/valtuudet-client";

export type TFilingSettings = {
  mayFileForPerson: boolean;
  mayFileForCompany: boolean;
  /** The Valtuudet issue code the form's matter needs; none: any mandate for the principal. */
  mandateIssueCode: string | null;
};

export type TFilingChoice = { kind: "self" } | { kind: "person" | "company"; id: string };

export type TFilingRefusal = "invalidChoice" | "kindNotAllowed" | "noMandate" | "issueNotCovered";

export type TFilingDecision =
  | { kind: "self" }
  | { kind: "principal"; role: Exclude<TFilingRole, "self">; principal: TPrincipal }
  | { kind: "refused"; reason: TFilingRefusal };

export function isOnBehalfForm(settings: TFilingSettings): boolean {
  return settings.mayFileForPerson || settings.mayFileForCompany;
}

/** "self", "person:150315A9985" or "company:1912105-6"; anything else is no choice. */
export function parseFilingChoice(posted: unknown): TFilingChoice | undefined {
  if (posted === "self") return { kind: "self" };
  const match = typeof posted === "string" ? /^(person|company):([0-9A-Za-z+\-]{6,20})$/.exec(posted) : null;
  return match ? { kind: match[1] as "person" | "company", id: match[2]!.toUpperCase() } : undefined;
}

export function choiceValue(principal: Pick<TPrincipal, "kind" | "id">): string {
  return `${principal.kind}:${principal.id}`;
}

/** The principals the form lets this person choose from: only the kinds it allows. */
export function offeredPrincipals(settings: TFilingSettings, listed: TPrincipal[]): TPrincipal[] {
  return listed.filter((principal) =>
    principal.kind === "company" ? settings.mayFileForCompany : settings.mayFileForPerson,
  );
}

function coversIssue(principal: TPrincipal, issue: string | null): boolean {
  return !issue || principal.issues === "all" || principal.issues.includes(issue);
}

/**
 * The decision: refused unless Valtuudet listed the principal for this person AND its check of the one
 * mandate allowed it (for the form's issue). Either answer alone is not enough.
 */
export function decideFiling(
  settings: TFilingSettings,
  choice: TFilingChoice | undefined,
  listed: TPrincipal[],
  check: TMandateCheck | undefined,
): TFilingDecision {
  if (!choice) return { kind: "refused", reason: "invalidChoice" };
  if (choice.kind === "self") return { kind: "self" };
  if (choice.kind === "company" ? !settings.mayFileForCompany : !settings.mayFileForPerson)
    return { kind: "refused", reason: "kindNotAllowed" };
  const principal = listed.find((candidate) => candidate.kind === choice.kind && candidate.id === choice.id);
  if (!principal || !check) return { kind: "refused", reason: "noMandate" };
  if (!coversIssue(principal, settings.mandateIssueCode) || check.reasons.includes("ISSUE_NOT_COVERED"))
    return { kind: "refused", reason: "issueNotCovered" };
  if (!check.isAllowed) return { kind: "refused", reason: "noMandate" };
  const role = principal.kind === "company" ? "company" : principal.role;
  return { kind: "principal", role, principal };
}
