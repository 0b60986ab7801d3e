// The citizen's date rules read Lomake's clock (lib/clock), like draft expiry does: moved forward, "not in the
// future" follows it.
import { afterEach, describe, expect, it } from "vitest";
import { resetClock, setClock } from "@/lib/clock";
import type { TFormDefinition } from "@/lib/forms/definition";
import { firstIncompletePageId } from "./page-flow";

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
