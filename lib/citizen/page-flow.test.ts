// The citizen's date rules read Lomake's clock (lib/clock), like draft expiry does: moved forward, "not in the
// future" follows it.
import { afterEach, describe, expect, it } from "vitest";
import { resetClock, setClock } from "@/lib/clock";
import type { TFormDefinition } from "@/lib/forms/definition";
import { firstIncompletePageId, stepPosition, visiblePages } from "./page-flow";

const definition = {
  schemaVersion: 1,
  languages: ["fi"],
  title: { fi: "Vahinkoilmoitus" },
  pages: [
    {
      id: "p1",
      title: { fi: "Vahinko" },
      elements: [
        {
          type: "date",
          key: "day",
          label: { fi: "Vahinkopäivä" },
          required: true,
          settings: { isNotInFuture: true },
        },
      ],
    },
  ],
} as unknown as TFormDefinition;

afterEach(() => resetClock());

describe("date rules and the application clock", () => {
  it("judges 'not in the future' by lib/clock, not by the machine's clock", () => {
    const nextYear = `${new Date().getUTCFullYear() + 1}-06-15`;
    expect(firstIncompletePageId(definition, { day: nextYear }, ["p1"], "fi")).toBe("p1");
    setClock(new Date(`${new Date().getUTCFullYear() + 2}-01-01T12:00:00Z`));
    expect(firstIncompletePageId(definition, { day: nextYear }, ["p1"], "fi")).toBeNull();
  });
});

describe("the flow and answers kept for hidden questions", () => {
  const branching = {
    schemaVersion: 1,
    languages: ["fi"],
    title: { fi: "Haara" },
    pages: [
      {
        id: "start",
        title: { fi: "Alku" },
        elements: [
          { type: "yesNo", key: "hasCar", label: { fi: "Auto?" }, required: false },
          {
            type: "yesNo",
            key: "isDamaged",
            label: { fi: "Vaurio?" },
            visibleIf: { field: "hasCar", operator: "equals", value: true },
          },
        ],
      },
      {
        id: "damage",
        title: { fi: "Vaurio" },
        visibleIf: { field: "isDamaged", operator: "equals", value: true },
        elements: [{ type: "shortText", key: "what", label: { fi: "Mitä" } }],
      },
      { id: "end", title: { fi: "Loppu" }, elements: [] },
    ],
  } as unknown as TFormDefinition;

  it("a page shown by a hidden question's kept answer is skipped", () => {
    expect(visiblePages(branching, { hasCar: true, isDamaged: true }).map((page) => page.id)).toEqual([
      "start",
      "damage",
      "end",
    ]);
    // "No car" hides the damage question; its kept "yes" must not bring the damage page back.
    expect(visiblePages(branching, { hasCar: false, isDamaged: true }).map((page) => page.id)).toEqual([
      "start",
      "end",
    ]);
  });

  it("numbers a step without a total, and an added later page does not renumber it", () => {
    expect(stepPosition(branching, { hasCar: false }, "start")).toEqual({ step: 1 });
    expect(stepPosition(branching, { hasCar: true, isDamaged: true }, "start")).toEqual({ step: 1 });
    expect(stepPosition(branching, { hasCar: true, isDamaged: true }, "end")).toEqual({ step: 3 });
  });
});
