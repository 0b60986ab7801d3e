// Citizen single-line answers are kept as typed or refused with a message; never changed silently
// (CR/LF used to become a space, and leading TAB/CR or U+FEFF were trimmed away).
import { describe, expect, it } from "vitest";
import { buildAnswerSchema } from "./build-answer-schema";
import { defineForm } from "./testing/define-form";

const form = defineForm([
  {
    id: "p1",
    title: { fi: "1" },
    elements: [
      { type: "shortText", key: "name", label: { fi: "Nimi" } },
      { type: "address", key: "home", label: { fi: "Osoite" } },
    ],
  },
]);

const MESSAGE = "Kirjoita tieto yhdelle riville ilman rivinvaihtoja, sarkaimia tai näkymättömiä merkkejä.";
const home = { street: "Katu 1", postalCode: "00100", postOffice: "Helsinki", country: "FI" };

describe("single-line text", () => {
  it.each([
    "Matti\r\nMeikäläinen",
    "Matti\nM",
    "Matti\rM",
    "\tMatti",
    "\rMatti",
    "\uFEFFMatti",
    "Matti\u0000",
    "Ma\u007Ftti",
    "Matti\t",
  ])("refuses %j with a message", (value) => {
    const result = buildAnswerSchema(form, { language: "fi" }).safeParse({ name: value, home });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path.join("."), issue.message])).toContainEqual([
      "name",
      MESSAGE,
    ]);
  });

  it("refuses them in address parts too", () => {
    const result = buildAnswerSchema(form, { language: "fi" }).safeParse({
      name: "M",
      home: { ...home, street: "Katu\n1" },
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join("."))).toContain("home.street");
  });

  it("keeps everything else byte-exact, trimming only surrounding spaces", () => {
    const answers = buildAnswerSchema(form, { language: "fi" }).parse({
      name: "  Åsa\u00A0Öberg – ✓  ",
      home,
    });
    expect(answers.name).toBe("Åsa\u00A0Öberg – ✓");
  });
});
