import { describe, expect, it } from "vitest";
import { buildAnswerSchema } from "./build-answer-schema";
import { diagnose } from "./diagnose";
import { estimateMessageLength } from "./estimate-message-length";
import {
  labelPrefix,
  countMessageCharacters,
  MESSAGE_BODY_LIMIT,
  normaliseMessageText,
  renderAnswersText,
} from "./render-answers-text";
import { defineSinglePageForm } from "./testing/define-form";
import { readSeedForm } from "./testing/read-seed-forms";

const sha = "0f".repeat(32);

describe("normaliseMessageText", () => {
  it("uses NFC, LF line ends and no trailing spaces", () => {
    const decomposed = "A\u0308iti  \r\nrivi\t\r\n\r\n";
    expect(normaliseMessageText(decomposed)).toBe("Äiti\nrivi");
    expect(normaliseMessageText("a\rb\u0007c")).toBe("a\nbc");
  });
  it("counts CRLF as one character after normalisation", () => {
    expect(countMessageCharacters("ab\r\ncd")).toBe(5);
    expect(countMessageCharacters("ab\ncd")).toBe(5);
    expect("ab\r\ncd".length).toBe(6);
  });
});

describe("renderAnswersText", () => {
  const form = defineSinglePageForm(
    [
      { type: "shortText", key: "name", label: { fi: "Nimi", sv: "Namn" }, required: true },
      {
        type: "singleChoice",
        key: "kind",
        label: { fi: "Laji", sv: "Typ" },
        settings: { choices: [{ value: "v", label: { fi: "Ajoneuvo", sv: "Fordon" } }] },
      },
      {
        type: "shortText",
        key: "reg",
        label: { fi: "Rekisteri", sv: "Register" },
        visibleIf: { field: "kind", operator: "equals", value: "v" },
      },
      { type: "longText", key: "story", label: { fi: "Kuvaus", sv: "Beskrivning" } },
      { type: "number", key: "sum", label: { fi: "Summa", sv: "Summa" }, settings: { unit: "€" } },
      { type: "date", key: "day", label: { fi: "Päivä", sv: "Dag" } },
      { type: "file", key: "photos", label: { fi: "Kuvat", sv: "Bilder" }, settings: { maxFiles: 2 } },
      { type: "yesNo", key: "ok", label: { fi: "Ok?", sv: "Ok?" } },
    ],
    { languages: ["fi", "sv"], title: { fi: "Vahinko", sv: "Skada" } },
  );

  it("lists labels and values in the submission language, files by name and SHA-256", () => {
    const answers = buildAnswerSchema(form, { language: "sv" }).parse({
      name: "Maija  ",
      kind: "v",
      story: "Rivi 1  \r\nRivi 2",
      sum: "1234,5",
      day: "2026-03-05",
      photos: [{ id: "1", name: "kuva.jpg", size: 10, sha256: sha, mediaType: "image/jpeg" }],
      ok: false,
    });
    const text = renderAnswersText(form, answers, { language: "sv", headerLines: ["Referens: ABC"] });
    expect(text).toBe(
      [
        "Skada",
        "Referens: ABC",
        "",
        "Sivu 1",
        "Namn: Maija",
        "Typ: Fordon",
        "Register: -",
        "Beskrivning:",
        "Rivi 1",
        "Rivi 2",
        "Summa: 1234,50 €",
        "Dag: 5.3.2026",
        "Bilder:",
        `kuva.jpg (SHA-256: ${sha})`,
        "Ok? Nej",
      ].join("\n"),
    );
    expect(text).toBe(normaliseMessageText(text));
  });

  it("leaves hidden fields out", () => {
    const text = renderAnswersText(form, { name: "A" }, { language: "fi" });
    expect(text).not.toContain("Rekisteri");
    expect(text).toContain("Kuvaus: -");
  });
});

describe("message-body budget", () => {
  it("never renders more than the worst-case estimate", () => {
    const form = defineSinglePageForm([
      { type: "longText", key: "story", label: { fi: "Kuvaus" }, settings: { maxLength: 50 } },
      {
        type: "multipleChoice",
        key: "m",
        label: { fi: "M" },
        settings: {
          choices: [
            { value: "a", label: { fi: "Aaaa" } },
            { value: "b", label: { fi: "Bbbbbb" } },
          ],
        },
      },
    ]);
    const answers = { story: "x".repeat(50), m: ["a", "b"] };
    const [estimate] = estimateMessageLength(form);
    expect(countMessageCharacters(renderAnswersText(form, answers, { language: "fi" }))).toBeLessThanOrEqual(
      estimate!.worstCase,
    );
  });

  it("blocks a form whose worst case exceeds 4000 characters, counting CRLF-free text", () => {
    const long = (key: string) =>
      ({ type: "longText", key, label: { fi: key }, settings: { maxLength: 1500 } }) as const;
    const tooLong = defineSinglePageForm([long("a"), long("b"), long("c")]);
    const { blockers } = diagnose(tooLong);
    expect(blockers.map((blocker) => blocker.code)).toContain("messageBodyTooLong");
    expect(estimateMessageLength(tooLong)[0]!.worstCase).toBeGreaterThan(MESSAGE_BODY_LIMIT);
    const fits = defineSinglePageForm([long("a"), long("b")]);
    expect(diagnose(fits).blockers).toEqual([]);
  });

  it("keeps every seed form within the budget for the longest possible answers", () => {
    for (const slug of ["vahingonkorvausvaatimus", "todistusjaljennos", "taiteilija-apuraha"]) {
      for (const estimate of estimateMessageLength(readSeedForm(slug))) {
        expect(estimate.worstCase).toBeLessThanOrEqual(MESSAGE_BODY_LIMIT);
      }
    }
  });
});

describe("labelPrefix", () => {
  it("puts a colon after a label, never after a question's own mark", () => {
    expect(labelPrefix("Sukunimi")).toBe("Sukunimi:");
    expect(labelPrefix("Onko vahinko korvattu?")).toBe("Onko vahinko korvattu?");
    expect(labelPrefix("Huomio! ")).toBe("Huomio!");
    expect(labelPrefix("Osoite:")).toBe("Osoite:");
  });
});
