import { describe, expect, it } from "vitest";
import { defineSinglePageForm } from "./testing/define-form";
import { listTexts } from "./translations";

describe("listTexts", () => {
  it("keys texts by field keys and choice values, so reordering keeps every key", () => {
    const fields = [
      { type: "shortText", key: "first", label: { fi: "Eka" } },
      {
        type: "multipleChoice",
        key: "pick",
        label: { fi: "Valitse" },
        settings: { choices: [{ value: "a", label: { fi: "A" } }] },
      },
    ];
    const keys = (elements: typeof fields) =>
      new Map(listTexts(defineSinglePageForm(elements)).map((entry) => [entry.key, entry.text.fi]));
    expect(keys(fields)).toEqual(keys([...fields].reverse()));
    expect(keys(fields).get("field.pick.choice.a")).toBe("A");
  });

  it("gives a repeated key (a publish blocker) its own id, never two texts one key", () => {
    const texts = listTexts(
      defineSinglePageForm([
        { type: "shortText", key: "name", label: { fi: "Nimi" } },
        { type: "shortText", key: "name", label: { fi: "Toinen nimi" } },
      ]),
    );
    expect(texts.map((entry) => entry.key)).toEqual([
      "form.title",
      "page.page1.title",
      "field.name.label",
      "field.name.label:2",
    ]);
  });
});
