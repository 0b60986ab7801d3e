import { describe, expect, it } from "vitest";
import { ZFormDefinition } from "@/lib/forms/definition";
import { elementName } from "@/lib/forms/walk-definition";
import { builderReducer, initialBuilderState, type TBuilderState } from "./builder-state";
import { createElement, createPage, PALETTE_TYPES } from "./element-factory";

const start = () =>
  initialBuilderState(
    ZFormDefinition.parse({
      schemaVersion: 1,
      title: { fi: "Testi" },
      pages: [
        { id: "p1", title: { fi: "Yksi" }, elements: [] },
        { id: "p2", title: { fi: "Kaksi" }, elements: [] },
      ],
    }),
  );

function add(state: TBuilderState, type: (typeof PALETTE_TYPES)[number], pageIndex = 0): TBuilderState {
  const element = createElement(type, state.present);
  return builderReducer(state, {
    type: "addElement",
    element,
    pageIndex,
    index: state.present.pages[pageIndex]!.elements.length,
  });
}

const names = (state: TBuilderState, pageIndex: number) =>
  state.present.pages[pageIndex]!.elements.map(elementName);

describe("builder state", () => {
  it("creates schema-valid elements of every palette type with unique keys", () => {
    let state = start();
    for (const type of PALETTE_TYPES) state = add(state, type);
    expect(ZFormDefinition.safeParse(state.present).success).toBe(true);
    expect(new Set(names(state, 0)).size).toBe(PALETTE_TYPES.length);
    expect(state.selection).toEqual({ kind: "element", name: "info1" });
  });

  it("moves elements up, down and across page boundaries", () => {
    let state = add(add(start(), "shortText"), "email");
    expect(names(state, 0)).toEqual(["shortText1", "email1"]);
    state = builderReducer(state, { type: "moveElement", name: "email1", direction: -1 });
    expect(names(state, 0)).toEqual(["email1", "shortText1"]);
    state = builderReducer(state, { type: "moveElement", name: "shortText1", direction: 1 });
    expect(names(state, 0)).toEqual(["email1"]);
    expect(names(state, 1)).toEqual(["shortText1"]);
    state = builderReducer(state, { type: "moveElementTo", name: "shortText1", pageIndex: 0, index: 0 });
    expect(names(state, 0)).toEqual(["shortText1", "email1"]);
  });

  it("undoes a delete and redoes it", () => {
    let state = add(start(), "number");
    state = builderReducer(state, { type: "deleteElement", name: "number1" });
    expect(names(state, 0)).toEqual([]);
    state = builderReducer(state, { type: "undo" });
    expect(names(state, 0)).toEqual(["number1"]);
    state = builderReducer(state, { type: "redo" });
    expect(names(state, 0)).toEqual([]);
  });

  it("turns quick typing into one undo step, and a rename keeps the selection", () => {
    let state = add(start(), "shortText");
    const element = state.present.pages[0]!.elements[0]!;
    state = builderReducer(state, {
      type: "updateElement",
      name: "shortText1",
      element: { ...element, label: { fi: "N" } } as typeof element,
      at: 1000,
    });
    state = builderReducer(state, {
      type: "updateElement",
      name: "shortText1",
      element: { ...element, label: { fi: "Nimi" } } as typeof element,
      at: 1500,
    });
    state = builderReducer(state, {
      type: "updateElement",
      name: "shortText1",
      element: { ...element, key: "name", label: { fi: "Nimi" } } as typeof element,
      at: 1600,
    });
    expect(state.selection).toEqual({ kind: "element", name: "name" });
    state = builderReducer(state, { type: "undo" });
    expect(names(state, 0)).toEqual(["shortText1"]);
    expect(state.selection).toEqual({ kind: "form" });
  });

  it("sets translations by path and adds pages", () => {
    let state = add(start(), "yesNo");
    state = builderReducer(state, {
      type: "setText",
      path: "pages/0/elements/0/label",
      language: "sv",
      value: "Ja eller nej?",
      at: 0,
    });
    expect(state.present.pages[0]!.elements[0]).toMatchObject({
      label: { fi: "Kyllä vai ei?", sv: "Ja eller nej?" },
    });
    state = builderReducer(state, { type: "addPage", page: createPage(state.present) });
    expect(state.present.pages.map((page) => page.id)).toEqual(["p1", "p2", "sivu-1"]);
    expect(ZFormDefinition.safeParse(state.present).success).toBe(true);
  });

  it("keeps conditions pointing at a renamed field", () => {
    let state = add(add(start(), "yesNo"), "shortText");
    const shortText = state.present.pages[0]!.elements[1]!;
    state = builderReducer(state, {
      type: "updateElement",
      name: "shortText1",
      element: {
        ...shortText,
        visibleIf: { all: [{ field: "yesNo1", operator: "equals", value: true }] },
      } as typeof shortText,
      at: 0,
    });
    const yesNo = state.present.pages[0]!.elements[0]!;
    state = builderReducer(state, {
      type: "updateElement",
      name: "yesNo1",
      element: { ...yesNo, key: "hasCar" } as typeof yesNo,
      at: 5000,
    });
    expect(state.present.pages[0]!.elements[1]).toMatchObject({ visibleIf: { all: [{ field: "hasCar" }] } });
  });
});
