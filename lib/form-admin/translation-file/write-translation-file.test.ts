import { DOMParser } from "@xmldom/xmldom";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { listTexts } from "@/lib/forms/translations";
import { FORM_ID, translationFixture } from "@/lib/form-admin/testing/translation-fixture";
import { listSettingsTexts } from "../list-settings-texts";
import { readTranslationFile } from "./read-translation-file";
import { buildTranslationDocument, translationFileName } from "./translation-document";
import { writeTranslationXlsx } from "./write-translation-xlsx";
import { writeXliff, XLIFF_NAMESPACE } from "./write-xliff";

const settings = {
  closedMessage: { fi: "Haku on päättynyt." },
  pauseMessage: null,
  privacyNotice: null,
  receiptTemplate: { title: { fi: "Kiitos" }, body: {} },
};

function document(locale: "fi" | "en" = "fi") {
  const definition = translationFixture();
  return buildTranslationDocument({
    formId: FORM_ID,
    revision: 7,
    formTitle: definition.title.fi,
    targetLanguage: "sv",
    entries: [...listTexts(definition), ...listSettingsTexts(settings)],
    locale,
  });
}

describe("translation export", () => {
  it("lists every text a citizen sees, settings texts and exit pages included, each once by a stable key", () => {
    const keys = document().units.map((unit) => unit.key);
    expect(keys).toEqual([
      "form.title",
      "page.p1.title",
      "field.lastName.label",
      "field.lastName.hint",
      "field.pet.label",
      "field.pet.choice.dog",
      "field.pet.choice.cat",
      "info.note.markdown",
      "exitPage.stop.title",
      "exitPage.stop.body",
      "settings.closedMessage",
      "settings.receiptTitle",
    ]);
  });

  it("says where each text appears; a choice option by its own Finnish text", () => {
    const units = new Map(document().units.map((unit) => [unit.key, unit]));
    expect(units.get("field.lastName.hint")!.context).toBe("Kenttä ”Sukunimi” / ohjeteksti");
    expect(units.get("field.pet.choice.dog")!.context).toBe(
      "Vastausvaihtoehto ”Koira” (kenttä ”Lemmikki”) / otsikko",
    );
    expect(units.get("settings.closedMessage")!.context).toBe(
      "Lomakkeen asetukset / viesti, kun lomake on suljettu",
    );
    expect(
      new Map(document("en").units.map((unit) => [unit.key, unit])).get("field.lastName.hint")!.context,
    ).toBe("Field “Sukunimi” / hint");
  });

  it("writes well-formed XLIFF 2.0 with notes, sources and the existing targets", () => {
    const xml = writeXliff(document());
    const errors: string[] = [];
    const parsed = new DOMParser({
      errorHandler: {
        warning: () => undefined,
        error: (message) => errors.push(message),
        fatalError: (message) => errors.push(message),
      },
    }).parseFromString(xml, "text/xml");
    expect(errors).toEqual([]);
    const root = parsed.documentElement!;
    expect([
      root.namespaceURI,
      root.getAttribute("version"),
      root.getAttribute("srcLang"),
      root.getAttribute("trgLang"),
    ]).toEqual([XLIFF_NAMESPACE, "2.0", "fi", "sv"]);
    const units = Array.from(root.getElementsByTagNameNS(XLIFF_NAMESPACE, "unit"));
    expect(units).toHaveLength(12);
    const page = units.find((unit) => unit.getAttribute("id") === "page.p1.title")!;
    expect(page.getElementsByTagNameNS(XLIFF_NAMESPACE, "note")[0]!.textContent).toBe(
      "Sivu ”Perustiedot” / otsikko",
    );
    expect(page.getElementsByTagNameNS(XLIFF_NAMESPACE, "source")[0]!.textContent).toBe("Perustiedot");
    expect(page.getElementsByTagNameNS(XLIFF_NAMESPACE, "target")[0]!.textContent).toBe("Grunduppgifter");
    const info = units.find((unit) => unit.getAttribute("id") === "info.note.markdown")!;
    expect(info.getElementsByTagNameNS(XLIFF_NAMESPACE, "source")[0]!.textContent).toBe(
      "Lue **tarkkaan** & täytä.",
    );
    expect(info.getElementsByTagNameNS(XLIFF_NAMESPACE, "target")).toHaveLength(0);
  });

  it("round-trips: what is written reads back unit for unit, even characters XML cannot hold", async () => {
    const original = document();
    original.units[0] = { ...original.units[0]!, source: "Rivi\u0007 <b>&\r\n" };
    const read = await readTranslationFile(new TextEncoder().encode(writeXliff(original)));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.document).toMatchObject({
      formId: FORM_ID,
      revision: 7,
      sourceLanguage: "fi",
      targetLanguage: "sv",
    });
    expect(read.document.units.map(({ key, source, target }) => ({ key, source, target }))).toEqual(
      original.units.map(({ key, source, target }) => ({ key, source, target })),
    );
  });

  it("writes an XLSX with one row per text (key, context, Finnish, target) and reads it back", async () => {
    const original = document();
    const bytes = await writeTranslationXlsx(original, "fi");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "Tunniste",
      "Missä teksti näkyy",
      "Suomeksi (lähde)",
      "Käännös: svenska",
    ]);
    expect(sheet.rowCount).toBe(13);
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      "page.p1.title",
      "Sivu ”Perustiedot” / otsikko",
      "Perustiedot",
      "Grunduppgifter",
    ]);
    const read = await readTranslationFile(new Uint8Array(bytes));
    expect(read.ok && read.document.units.map((unit) => [unit.key, unit.source, unit.target])).toEqual(
      original.units.map((unit) => [unit.key, unit.source, unit.target]),
    );
    expect(read.ok && [read.document.formId, read.document.revision, read.document.targetLanguage]).toEqual([
      FORM_ID,
      7,
      "sv",
    ]);
  });

  it("names the file after the form and its draft revision", () => {
    expect(translationFileName("asukaspysakointi", 12, "sv", "xliff")).toBe("asukaspysakointi-r12-sv.xlf");
    expect(translationFileName("asukaspysakointi", 12, "en", "xlsx")).toBe("asukaspysakointi-r12-en.xlsx");
  });
});
