import { describe, expect, it } from "vitest";
import { listTexts } from "@/lib/forms/translations";
import { FORM_ID, translationFixture } from "@/lib/form-admin/testing/translation-fixture";
import { listSettingsTexts } from "../list-settings-texts";
import { canApplyImport, checkTranslationImport, type TImportTarget } from "./check-translation-import";
import type { TReadDocument, TReadUnit } from "./read-translation-file";
import { buildTranslationDocument } from "./translation-document";

function target(): TImportTarget {
  const definition = translationFixture();
  const entries = [
    ...listTexts(definition),
    ...listSettingsTexts({
      closedMessage: { fi: "Haku on päättynyt." },
      pauseMessage: null,
      privacyNotice: null,
      receiptTemplate: null,
    }),
  ];
  return { formId: FORM_ID, revision: 7, languages: definition.languages, entries };
}

/** The export of the target with every Swedish target filled, as a translator returns it. */
function translatedFile(edit: (units: TReadUnit[]) => TReadUnit[] = (units) => units): TReadDocument {
  const { entries } = target();
  const document = buildTranslationDocument({
    formId: FORM_ID,
    revision: 7,
    formTitle: "Testilomake",
    targetLanguage: "sv",
    entries,
    locale: "fi",
  });
  const units = document.units.map((unit) => ({
    ...unit,
    target: unit.target ?? `${unit.source} på svenska`,
    hasInlineMarkup: false,
  }));
  return { formId: FORM_ID, revision: 7, sourceLanguage: "fi", targetLanguage: "sv", units: edit(units) };
}

const check = (document: TReadDocument, form = target()) =>
  checkTranslationImport(form, { ok: true, document });
const withTarget = (key: string, text: string) => (units: TReadUnit[]) =>
  units.map((unit) => (unit.key === key ? { ...unit, target: text } : unit));

describe("checking a translation import", () => {
  it("reports what changes (old → new) and that nothing is missing afterwards", () => {
    const report = check(translatedFile());
    expect(report.refusals).toEqual([]);
    expect(report.missing).toEqual([]);
    expect(report.unchangedCount).toBe(1); // the page title had its Swedish text already
    expect(report.changes).toContainEqual({
      key: "field.lastName.hint",
      path: "pages/0/elements/0/hint",
      after: "Kuten passissa på svenska",
    });
    expect(report.changes).toContainEqual({
      key: "settings.closedMessage",
      path: "settings/closedMessage",
      after: "Haku on päättynyt. på svenska",
    });
    expect(canApplyImport(report, false)).toBe(true);
  });

  it("shows the earlier text of a changed translation and lists what is still missing", () => {
    const report = check(
      translatedFile((units) =>
        withTarget(
          "page.p1.title",
          "Basuppgifter",
        )(units).map((unit) => (unit.key === "field.pet.choice.cat" ? { ...unit, target: undefined } : unit)),
      ),
    );
    expect(report.changes).toContainEqual({
      key: "page.p1.title",
      path: "pages/0/title",
      before: "Grunduppgifter",
      after: "Basuppgifter",
    });
    expect(report.missing).toEqual([{ key: "field.pet.choice.cat", source: "Kissa" }]);
    expect(report.refusals).toEqual([]);
  });

  it.each([
    [
      "a file of another form",
      { ...translatedFile(), formId: "00000000-0000-4000-8000-000000000000" },
      [{ reason: "otherForm" }],
    ],
    [
      "a wrong target language",
      { ...translatedFile(), targetLanguage: "en" },
      [{ reason: "wrongLanguage", language: "en" }],
    ],
    [
      "Finnish as the target",
      { ...translatedFile(), targetLanguage: "fi" },
      [{ reason: "wrongLanguage", language: "fi" }],
    ],
    [
      "an unknown key",
      translatedFile((units) => [
        ...units,
        { key: "field.nope.label", context: "", source: "X", target: "Y", hasInlineMarkup: false },
      ]),
      [{ reason: "unknownKey", key: "field.nope.label" }],
    ],
    [
      "a key twice",
      translatedFile((units) => [...units, units[2]!]),
      [{ reason: "duplicateKey", key: "field.lastName.label" }],
    ],
    [
      "HTML in a text",
      translatedFile(withTarget("field.lastName.label", "Efter<b>namn</b>")),
      [{ reason: "markup", key: "field.lastName.label" }],
    ],
    [
      "XLIFF inline markup",
      translatedFile((units) =>
        units.map((unit) => (unit.key === "form.title" ? { ...unit, hasInlineMarkup: true } : unit)),
      ),
      [{ reason: "markup", key: "form.title" }],
    ],
    [
      "a control character",
      translatedFile(withTarget("field.lastName.label", "Efter\u0007namn")),
      [{ reason: "controlCharacter", key: "field.lastName.label" }],
    ],
    [
      "a direction override",
      translatedFile(withTarget("field.lastName.label", "Efter\u202Enamn")),
      [{ reason: "controlCharacter", key: "field.lastName.label" }],
    ],
    [
      "a line break in a one-line text",
      translatedFile(withTarget("field.lastName.label", "Efter\nnamn")),
      [{ reason: "lineBreak", key: "field.lastName.label" }],
    ],
    [
      "a text over its limit",
      translatedFile(withTarget("field.pet.choice.dog", "h".repeat(501))),
      [{ reason: "tooLong", key: "field.pet.choice.dog", length: 501, max: 500 }],
    ],
    [
      "a changed Finnish source",
      translatedFile((units) =>
        units.map((unit) =>
          unit.key === "field.lastName.label" ? { ...unit, source: "Sukunimi (virallinen)" } : unit,
        ),
      ),
      [
        {
          reason: "sourceChanged",
          key: "field.lastName.label",
          fileSource: "Sukunimi (virallinen)",
          currentSource: "Sukunimi",
        },
      ],
    ],
  ])("refuses %s, so nothing is applied", (_name, document, refusals) => {
    const report = check(document);
    expect(report.refusals).toEqual(refusals);
    expect(canApplyImport(report, true)).toBe(false);
  });

  it("refuses a file it cannot read or that Lomake did not make", () => {
    expect(checkTranslationImport(target(), { ok: false, problem: "unreadable" }).refusals).toEqual([
      { reason: "unreadable" },
    ]);
    expect(checkTranslationImport(target(), { ok: false, problem: "notFromLomake" }).refusals).toEqual([
      { reason: "notFromLomake" },
    ]);
  });

  it("keeps line breaks in a long text (Markdown) and allows a language enabled on the form only", () => {
    expect(
      check(translatedFile(withTarget("info.note.markdown", "Läs **noga**\n\noch fyll i."))).refusals,
    ).toEqual([]);
    const finnishOnly = { ...target(), languages: ["fi" as const] };
    expect(check(translatedFile(), finnishOnly).refusals).toEqual([
      { reason: "wrongLanguage", language: "sv" },
    ]);
  });

  it("a file of another draft revision with unchanged Finnish texts applies only once confirmed", () => {
    const report = check({ ...translatedFile(), revision: 5 });
    expect(report).toMatchObject({
      isOtherRevision: true,
      fileRevision: 5,
      currentRevision: 7,
      refusals: [],
    });
    expect(canApplyImport(report, false)).toBe(false);
    expect(canApplyImport(report, true)).toBe(true);
  });

  it("a file of another draft revision whose Finnish texts changed since is refused, naming them", () => {
    const form = target();
    form.revision = 9;
    const changed = form.entries.find((entry) => entry.key === "field.lastName.hint")!;
    changed.text = { ...changed.text, fi: "Kuten henkilökortissa" };
    const report = check(translatedFile(), form);
    expect(report.refusals).toEqual([
      {
        reason: "sourceChanged",
        key: "field.lastName.hint",
        fileSource: "Kuten passissa",
        currentSource: "Kuten henkilökortissa",
      },
    ]);
    expect(canApplyImport(report, true)).toBe(false);
  });
});
