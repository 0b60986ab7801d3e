import { describe, expect, it } from "vitest";
import { defineSinglePageForm } from "@/lib/forms/testing/define-form";
import {
  applyRowAction,
  keepHiddenAnswers,
  mergePageAnswers,
  parseStepAction,
  withValidatedPage,
} from "./step-answers";

const page = defineSinglePageForm([
  { type: "shortText", key: "name", label: { fi: "Nimi" } },
  { type: "file", key: "receipt", label: { fi: "Kuitti" } },
  {
    type: "repeatingGroup",
    key: "costs",
    label: { fi: "Kulut" },
    fields: [{ type: "shortText", key: "what", label: { fi: "Mitä" } }],
  },
]).pages[0]!;

describe("parseStepAction", () => {
  it.each([
    [undefined, { kind: "continue" }],
    ["continue", { kind: "continue" }],
    ["save", { kind: "save" }],
    ["restart", { kind: "restart" }],
    ["upload:receipt", { kind: "upload", key: "receipt" }],
    [
      "remove-file:0b9f4c2e-8d7a-4f5e-9c1b-2a3d4e5f6a7b",
      { kind: "removeFile", fileId: "0b9f4c2e-8d7a-4f5e-9c1b-2a3d4e5f6a7b" },
    ],
    ["add-row:costs", { kind: "addRow", key: "costs" }],
    ["remove-row:costs:2", { kind: "removeRow", key: "costs", index: 2 }],
  ])("reads %j", (posted, expected) => {
    expect(parseStepAction(posted)).toEqual(expected);
  });
  it.each([
    "add-row:1bad",
    "remove-row:costs:x",
    "remove-file:../../etc",
    "upload:",
    ["save", "save"],
    "SAVE",
  ])("treats %j as continuing, never as a file or row action", (posted) => {
    expect(parseStepAction(posted)).toEqual({ kind: "continue" });
  });
});

describe("mergePageAnswers", () => {
  it("replaces this page's answers, keeps other pages' and never takes a file answer from the post", () => {
    const merged = mergePageAnswers(
      { name: "Vanha", other: "toinen sivu", receipt: [{ id: "stored" }] },
      page,
      { name: "Uusi", receipt: [{ id: "forged" }] },
    );
    expect(merged).toEqual({ name: "Uusi", other: "toinen sivu" });
  });
  it("drops an answer the person emptied", () => {
    expect(mergePageAnswers({ name: "Vanha" }, page, {})).toEqual({});
  });
});

describe("applyRowAction", () => {
  const answers = { costs: [{ what: "a" }, { what: "b" }, { what: "c" }] };
  it("adds an empty row at the end", () => {
    expect(applyRowAction(answers, { kind: "addRow", key: "costs" }).costs).toEqual([
      { what: "a" },
      { what: "b" },
      { what: "c" },
      {},
    ]);
  });
  it("removes the chosen row and leaves the original answers untouched", () => {
    expect(applyRowAction(answers, { kind: "removeRow", key: "costs", index: 1 }).costs).toEqual([
      { what: "a" },
      { what: "c" },
    ]);
    expect(answers.costs).toHaveLength(3);
  });
  it("starts a list for a group with no rows yet", () => {
    expect(applyRowAction({}, { kind: "addRow", key: "costs" })).toEqual({ costs: [{}] });
  });
});

describe("withValidatedPage", () => {
  it("stores the validator's normalised values for the page and removes what it dropped", () => {
    expect(
      withValidatedPage({ name: " Tessa ", costs: [], other: 1, receipt: [{ id: "f" }] }, page, {
        name: "Tessa",
      }),
    ).toEqual({ name: "Tessa", other: 1, receipt: [{ id: "f" }] });
  });
});

describe("keepHiddenAnswers", () => {
  const conditional = defineSinglePageForm([
    { type: "yesNo", key: "hasMoved", label: { fi: "Muuttanut?" } },
    {
      type: "shortText",
      key: "formerHome",
      label: { fi: "Entinen kotikunta" },
      visibleIf: { field: "hasMoved", operator: "equals", value: true },
    },
  ]).pages[0]!;

  it("keeps the draft's answer to a question the new answers hide", () => {
    const draft = { hasMoved: true, formerHome: "Oulu" };
    const posted = mergePageAnswers(draft, conditional, { hasMoved: false });
    expect(posted.formerHome).toBeUndefined();
    expect(keepHiddenAnswers(draft, conditional, posted)).toEqual({ hasMoved: false, formerHome: "Oulu" });
  });

  it("lets a visible question be emptied", () => {
    const draft = { hasMoved: true, formerHome: "Oulu" };
    const posted = mergePageAnswers(draft, conditional, { hasMoved: true });
    expect(keepHiddenAnswers(draft, conditional, posted)).toEqual({ hasMoved: true });
  });
});
