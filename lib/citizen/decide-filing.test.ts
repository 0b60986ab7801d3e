import { describe, expect, it } from "vitest";
import type { TPrincipal } from "@/lib/suomifi/valtuudet-client";
import { decideFiling, offeredPrincipals, parseFilingChoice, type TFilingSettings } from "./decide-filing";

const CHILD: TPrincipal = {
  kind: "person",
  id: "150315A9985",
  name: "Tuuli",
  role: "guardian",
  issues: "all",
};
const COMPANY: TPrincipal = {
  kind: "company",
  id: "1912105-6",
  name: "Testiyritys Oy",
  roles: ["NIMKO"],
  issues: "all",
};
const NARROW: TPrincipal = {
  kind: "person",
  id: "010469-999W",
  name: "Joni",
  role: "mandateHolder",
  issues: ["kirjasto"],
};
const both: TFilingSettings = {
  mayFileForPerson: true,
  mayFileForCompany: true,
  mandateIssueCode: "paivahoito",
};
const allowed = { isAllowed: true, reasons: [] };

describe("the file-for-whom decision", () => {
  it("reads only the choice shapes it offers", () => {
    expect(parseFilingChoice("self")).toEqual({ kind: "self" });
    expect(parseFilingChoice("person:150315a9985")).toEqual({ kind: "person", id: "150315A9985" });
    expect(parseFilingChoice("company:1912105-6")).toEqual({ kind: "company", id: "1912105-6" });
    for (const posted of [undefined, "", "admin:1", "person:", "person:<script>", ["self"]])
      expect(parseFilingChoice(posted)).toBeUndefined();
  });

  it("offers only the kinds the form allows", () => {
    const listed = [CHILD, COMPANY];
    expect(offeredPrincipals({ ...both, mayFileForCompany: false }, listed)).toEqual([CHILD]);
    expect(offeredPrincipals({ ...both, mayFileForPerson: false }, listed)).toEqual([COMPANY]);
  });

  it("takes the role from Valtuudet, not from the post", () => {
    expect(decideFiling(both, { kind: "person", id: CHILD.id }, [CHILD], allowed)).toEqual({
      kind: "principal",
      role: "guardian",
      principal: CHILD,
    });
    expect(decideFiling(both, { kind: "company", id: COMPANY.id }, [COMPANY], allowed)).toMatchObject({
      role: "company",
    });
    expect(decideFiling(both, { kind: "self" }, [], undefined)).toEqual({ kind: "self" });
  });

  it("refuses a principal Valtuudet did not list, or whose mandate check failed", () => {
    // A forged principal in the post: not in this person's list.
    expect(decideFiling(both, { kind: "person", id: "010101-123N" }, [CHILD], allowed)).toEqual({
      kind: "refused",
      reason: "noMandate",
    });
    expect(
      decideFiling(both, { kind: "person", id: CHILD.id }, [CHILD], {
        isAllowed: false,
        reasons: ["NO_MANDATE"],
      }),
    ).toEqual({ kind: "refused", reason: "noMandate" });
    // A company id posted as a person (or the other way round) is not the listed principal.
    expect(decideFiling(both, { kind: "person", id: COMPANY.id }, [COMPANY], allowed)).toMatchObject({
      reason: "noMandate",
    });
    expect(decideFiling(both, undefined, [CHILD], allowed)).toMatchObject({ reason: "invalidChoice" });
  });

  it("refuses a kind the form does not allow", () => {
    expect(
      decideFiling(
        { ...both, mayFileForCompany: false },
        { kind: "company", id: COMPANY.id },
        [COMPANY],
        allowed,
      ),
    ).toEqual({ kind: "refused", reason: "kindNotAllowed" });
  });

  it("refuses a mandate that does not cover the form's matter", () => {
    const choice = { kind: "person" as const, id: NARROW.id };
    expect(decideFiling(both, choice, [NARROW], allowed)).toEqual({
      kind: "refused",
      reason: "issueNotCovered",
    });
    expect(
      decideFiling(both, choice, [{ ...NARROW, issues: "all" }], {
        isAllowed: false,
        reasons: ["ISSUE_NOT_COVERED"],
      }),
    ).toMatchObject({ reason: "issueNotCovered" });
    expect(decideFiling({ ...both, mandateIssueCode: "kirjasto" }, choice, [NARROW], allowed)).toMatchObject({
      kind: "principal",
      role: "mandateHolder",
    });
  });
});
