// Conditions on the filing role: evaluated like any other source, validated, and what the answers keep.
import { describe, expect, it } from "vitest";
import { toCanonicalAnswers } from "./canonical-answers";
import { ZCondition, type TCondition } from "./condition-definition";
import { evaluateCondition } from "./conditions";
import { FILING_ROLE_KEY } from "./filing-role";
import { validateAnswers } from "./validate-answers";
import { validateDefinition } from "./validate-definition";
import { defineSinglePageForm } from "./testing/define-form";

const asGuardian = { filingRole: "guardian" } as const;

describe("the filing role in conditions", () => {
  it("holds for the chosen role only, and for oneself when nothing was chosen", () => {
    const role = (value: unknown) => (key: string) => (key === FILING_ROLE_KEY ? value : undefined);
    expect(evaluateCondition(asGuardian, role("guardian"))).toBe(true);
    expect(evaluateCondition(asGuardian, role("company"))).toBe(false);
    expect(evaluateCondition({ filingRole: "self" }, role(undefined))).toBe(true);
    expect(evaluateCondition({ filingRole: "self" }, role("made-up"))).toBe(true);
    expect(evaluateCondition(asGuardian, role(undefined))).toBe(false);
    const either: TCondition = { any: [asGuardian, { filingRole: "company" }] };
    expect(evaluateCondition(either, role("company"))).toBe(true);
    expect(evaluateCondition(either, role("self"))).toBe(false);
  });

  it("is part of the definition schema, with the known roles only", () => {
    expect(ZCondition.safeParse({ all: [asGuardian] }).success).toBe(true);
    expect(ZCondition.safeParse({ filingRole: "admin" }).success).toBe(false);
    expect(ZCondition.safeParse({ filingRole: "guardian", field: "x" }).success).toBe(false);
  });

  const form = defineSinglePageForm([
    { type: "shortText", key: "name", label: { fi: "Nimi" }, required: true },
    {
      type: "shortText",
      key: "guardianNote",
      label: { fi: "Huoltajan lisätieto" },
      required: true,
      visibleIf: { all: [asGuardian] },
    },
  ]);

  it("passes definition diagnostics (the role is not a missing field)", () => {
    expect(validateDefinition(form)).toEqual([]);
  });

  it("asks the role's question only of that role, and the answers say nothing of the role", () => {
    const options = { language: "fi" as const };
    const self = validateAnswers(form, { name: "Tessa" }, options);
    expect(self.issues).toEqual([]);
    const guardian = validateAnswers(form, { name: "Tessa", [FILING_ROLE_KEY]: "guardian" }, options);
    expect(guardian.issues.map((issue) => issue.path[0])).toEqual(["guardianNote"]);
    const filled = validateAnswers(
      form,
      { name: "Tessa", guardianNote: "Tuuli", [FILING_ROLE_KEY]: "guardian" },
      options,
    );
    expect(filled.issues).toEqual([]);
    expect(toCanonicalAnswers(form, filled.value).answers).toEqual({ name: "Tessa", guardianNote: "Tuuli" });
    expect(toCanonicalAnswers(form, self.value).answers).toEqual({ name: "Tessa" });
  });
});
