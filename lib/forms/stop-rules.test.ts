import { describe, expect, it } from "vitest";
import { diagnose } from "./diagnose";
import { findStop } from "./stop-rules";
import { ZFormDefinition } from "./definition";
import { defineForm, label } from "./testing/define-form";
import { validateAnswers } from "./validate-answers";

const codes = (list: Array<{ code: string }>) => list.map((diagnostic) => diagnostic.code);

const exitPage = {
  id: "tooYoung",
  title: label("Et voi hakea tätä tukea"),
  body: label("Tuki on 18 vuotta täyttäneille. Hae [nuorten tukea](https://example.fi/nuoret)."),
};

function eligibilityForm(extra: Record<string, unknown> = {}) {
  return defineForm(
    [
      {
        id: "who",
        title: label("Hakija"),
        elements: [
          { type: "yesNo", key: "isAdult", label: label("Oletko täysi-ikäinen?"), required: true },
          {
            type: "shortText",
            key: "school",
            label: label("Koulu"),
            visibleIf: { field: "isAdult", operator: "equals", value: false },
          },
        ],
      },
      {
        id: "money",
        title: label("Tulot"),
        elements: [{ type: "number", key: "income", label: label("Tulot") }],
      },
    ],
    {
      languages: ["fi", "sv", "en"],
      title: label("Tuki"),
      exitPages: [exitPage],
      stopRules: [{ when: { field: "isAdult", operator: "equals", value: false }, exitPage: "tooYoung" }],
      ...extra,
    },
  );
}

describe("findStop", () => {
  it("ends the form with the exit page when an answer meets a stop rule", () => {
    const stop = findStop(eligibilityForm(), { isAdult: false });
    expect(stop?.exitPage.id).toBe("tooYoung");
    expect(stop?.ruleIndex).toBe(0);
  });

  it("lets the form go on when no rule holds or the field is not answered yet", () => {
    expect(findStop(eligibilityForm(), { isAdult: true })).toBeUndefined();
    expect(findStop(eligibilityForm(), {})).toBeUndefined();
  });

  it("takes the first rule that holds, with all/any as deep as conditions go", () => {
    const form = eligibilityForm({
      exitPages: [exitPage, { ...exitPage, id: "tooRich" }],
      stopRules: [
        {
          when: {
            all: [
              { field: "isAdult", operator: "equals", value: true },
              { any: [{ field: "income", operator: "greaterThan", value: 5000 }] },
            ],
          },
          exitPage: "tooRich",
        },
        { when: { field: "isAdult", operator: "equals", value: false }, exitPage: "tooYoung" },
      ],
    });
    expect(findStop(form, { isAdult: true, income: 6000 })?.exitPage.id).toBe("tooRich");
    expect(findStop(form, { isAdult: true, income: 100 })).toBeUndefined();
    expect(findStop(form, { isAdult: false, income: 6000 })?.exitPage.id).toBe("tooYoung");
  });

  it("ignores an answer kept in the draft for a question that is hidden now", () => {
    const form = eligibilityForm({
      stopRules: [{ when: { field: "school", operator: "notEmpty" }, exitPage: "tooYoung" }],
    });
    const draft = { isAdult: true, school: "Lukio" };
    const visible = validateAnswers(form, draft, { language: "fi" }).value;
    expect(findStop(form, visible)).toBeUndefined();
    expect(
      findStop(form, validateAnswers(form, { ...draft, isAdult: false }, { language: "fi" }).value),
    ).toBeDefined();
  });

  it("skips a rule whose exit page is missing (publishing refuses it)", () => {
    const form = eligibilityForm({ exitPages: [] });
    expect(findStop(form, { isAdult: false })).toBeUndefined();
  });
});

describe("stop rule diagnostics", () => {
  it("accepts a complete form with an exit page and a stop rule", () => {
    expect(diagnose(eligibilityForm()).blockers).toEqual([]);
  });

  it("keeps old definitions without exit pages valid", () => {
    const parsed = ZFormDefinition.safeParse({
      schemaVersion: 1,
      title: { fi: "Vanha" },
      pages: [{ id: "p", title: { fi: "Sivu" }, elements: [] }],
    });
    expect(parsed.success).toBe(true);
  });

  it("blocks publishing when a rule ends on an exit page that does not exist", () => {
    const { blockers } = diagnose(
      eligibilityForm({
        stopRules: [{ when: { field: "isAdult", operator: "equals", value: false }, exitPage: "gone" }],
      }),
    );
    expect(codes(blockers)).toContain("stopRuleUnknownExitPage");
    const blocker = blockers.find((diagnostic) => diagnostic.code === "stopRuleUnknownExitPage")!;
    expect(blocker.path).toBe("stopRules/0/exitPage");
    expect(blocker.message.fi).toBe(
      "Lopetussääntö 1 päättää lomakkeen lopetussivulle ”gone”, jota ei ole. Valitse säännölle jokin lomakkeen lopetussivuista tai poista sääntö.",
    );
    expect(blocker.message.sv).toContain("”gone”");
  });

  it("blocks publishing when a rule reads a field that is not on the form, or one inside a group", () => {
    const { blockers } = diagnose(
      eligibilityForm({
        stopRules: [
          { when: { any: [{ field: "age", operator: "lessThan", value: 18 }] }, exitPage: "tooYoung" },
        ],
      }),
    );
    const blocker = blockers.find((diagnostic) => diagnostic.code === "stopRuleUnknownField");
    expect(blocker).toMatchObject({ path: "stopRules/0/when/any/0", params: { field: "age", number: 1 } });
    expect(blocker?.message.en).toBe(
      "Stop rule 1 refers to the field “age”, which is not on the form. Choose another field or remove the rule.",
    );
  });

  it("blocks publishing when the operator does not suit the field", () => {
    const { blockers } = diagnose(
      eligibilityForm({
        stopRules: [{ when: { field: "isAdult", operator: "greaterThan", value: 3 }, exitPage: "tooYoung" }],
      }),
    );
    expect(codes(blockers)).toContain("conditionOperatorMismatch");
  });

  it("blocks publishing while an exit page's text is missing in an enabled language", () => {
    const { blockers } = diagnose(
      eligibilityForm({
        exitPages: [{ ...exitPage, body: { fi: "Tuki on aikuisille.", en: "Adults only." } }],
      }),
    );
    expect(blockers).toContainEqual(
      expect.objectContaining({
        code: "missingTranslation",
        path: "exitPages/0/body",
        elementId: "tooYoung",
      }),
    );
  });

  it("refuses an exit page id that a page already uses, and warns of an exit page nobody reaches", () => {
    const { blockers, warnings } = diagnose(
      eligibilityForm({ exitPages: [exitPage, { ...exitPage, id: "money" }] }),
    );
    expect(blockers).toContainEqual(expect.objectContaining({ code: "duplicateId", path: "exitPages/1" }));
    expect(warnings).toContainEqual(expect.objectContaining({ code: "unusedExitPage", elementId: "money" }));
  });
});
