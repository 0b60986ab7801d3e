// Test support: a form with a field of every kind of text a translator meets.
import { defineForm } from "@/lib/forms/testing/define-form";

export const FORM_ID = "6f1f4c1e-2d7a-4c55-9a59-3f0c1e2b7a10";

export const translationFixture = () =>
  defineForm(
    [
      {
        id: "p1",
        title: { fi: "Perustiedot", sv: "Grunduppgifter" },
        elements: [
          { type: "shortText", key: "lastName", label: { fi: "Sukunimi" }, hint: { fi: "Kuten passissa" } },
          {
            type: "singleChoice",
            key: "pet",
            label: { fi: "Lemmikki" },
            settings: {
              choices: [
                { value: "dog", label: { fi: "Koira" } },
                { value: "cat", label: { fi: "Kissa" } },
              ],
            },
          },
          { type: "info", id: "note", markdown: { fi: "Lue **tarkkaan** & täytä." } },
        ],
      },
    ],
    {
      languages: ["fi", "sv"],
      exitPages: [{ id: "stop", title: { fi: "Ei tarvetta" }, body: { fi: "Hae muualta." } }],
    },
  );
