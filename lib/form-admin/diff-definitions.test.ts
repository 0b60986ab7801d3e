import { describe, expect, it } from "vitest";
import { ZFormDefinition, type TFormDefinition } from "@/lib/forms/definition";
import { diffDefinitions } from "./diff-definitions";

function base(): TFormDefinition {
  return ZFormDefinition.parse({
    schemaVersion: 1,
    languages: ["fi", "sv"],
    title: { fi: "Hakemus", sv: "Ansökan" },
    pages: [
      {
        id: "p1",
        title: { fi: "Sivu 1", sv: "Sida 1" },
        elements: [
          { type: "shortText", key: "name", label: { fi: "Nimi", sv: "Namn" }, required: true },
          {
            type: "singleChoice",
            key: "kind",
            label: { fi: "Laji", sv: "Art" },
            settings: {
              choices: [
                { value: "car", label: { fi: "Auto", sv: "Bil" } },
                { value: "bike", label: { fi: "Pyörä", sv: "Cykel" } },
              ],
            },
          },
          { type: "heading", id: "h1", text: { fi: "Otsikko", sv: "Rubrik" } },
        ],
      },
      {
        id: "p2",
        title: { fi: "Sivu 2", sv: "Sida 2" },
        elements: [{ type: "number", key: "amount", label: { fi: "Summa", sv: "Summa" } }],
      },
    ],
  });
}

describe("diffDefinitions", () => {
  it("reports nothing for identical definitions", () => {
    const diff = diffDefinitions(base(), base());
    expect(diff.isEmpty).toBe(true);
  });

  it("reports a changed label with language, before and after", () => {
    const after = base();
    (after.pages[0]!.elements[0] as { label: { fi: string } }).label.fi = "Koko nimi";
    const diff = diffDefinitions(base(), after);
    expect(diff.elements).toEqual([
      expect.objectContaining({
        kind: "changed",
        id: "name",
        label: "Koko nimi",
        isMoved: false,
        details: [{ property: "label", kind: "text", language: "fi", before: "Nimi", after: "Koko nimi" }],
      }),
    ]);
    expect(diff.isEmpty).toBe(false);
  });

  it("reports added and removed elements and pages", () => {
    const after = base();
    after.pages[1]!.elements = [
      { type: "email", key: "email", label: { fi: "Sähköposti" }, required: false, settings: {} },
    ];
    after.pages.push({ id: "p3", title: { fi: "Sivu 3" }, elements: [] });
    const diff = diffDefinitions(base(), after);
    expect(diff.elements.map((change) => [change.kind, change.id])).toEqual([
      ["added", "email"],
      ["removed", "amount"],
    ]);
    expect(diff.pages.map((change) => [change.kind, change.id])).toEqual([["added", "p3"]]);
  });

  it("reports settings, required, conditions and choices changes", () => {
    const after = base();
    const [name, kind] = after.pages[0]!.elements as unknown as [
      { required: boolean; settings: { maxLength: number } },
      { settings: { choices: Array<{ value: string; label: { fi: string } }> } },
    ];
    name.required = false;
    name.settings.maxLength = 50;
    kind.settings.choices.push({ value: "boat", label: { fi: "Vene" } });
    (after.pages[1]!.elements[0] as { visibleIf?: unknown }).visibleIf = {
      field: "kind",
      operator: "equals",
      value: "car",
    };
    const diff = diffDefinitions(base(), after);
    const byId = Object.fromEntries(diff.elements.map((change) => [change.id, change.details]));
    expect(byId.name).toEqual(
      expect.arrayContaining([
        { property: "required", kind: "setting", before: "true", after: "false" },
        { property: "settings.maxLength", kind: "setting", before: "200", after: "50" },
      ]),
    );
    expect(byId.kind).toEqual(
      expect.arrayContaining([
        { property: "choices.boat", kind: "text", language: "fi", before: "", after: "Vene" },
        { property: "settings.choices", kind: "setting", before: "car, bike", after: "car, bike, boat" },
      ]),
    );
    expect(byId.amount?.[0]).toMatchObject({ property: "visibleIf", before: undefined });
  });

  it("marks an element moved to another page, but not the ones around it", () => {
    const after = base();
    const [moved] = after.pages[0]!.elements.splice(0, 1);
    after.pages[1]!.elements.push(moved!);
    const diff = diffDefinitions(base(), after);
    expect(diff.elements).toEqual([
      expect.objectContaining({ id: "name", kind: "changed", isMoved: true, details: [] }),
    ]);
  });

  it("reports form title and language changes", () => {
    const after = base();
    after.title.sv = "Ansökan om bidrag";
    after.languages = ["fi", "sv", "en"];
    const diff = diffDefinitions(base(), after);
    expect(diff.form).toEqual([
      { property: "title", kind: "text", language: "sv", before: "Ansökan", after: "Ansökan om bidrag" },
      { property: "languages", kind: "setting", before: "fi, sv", after: "fi, sv, en" },
    ]);
  });
});
