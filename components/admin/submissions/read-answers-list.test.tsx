// The submission page and the CSV/XLSX export read the answers the same, in fi, sv and en: labels of choices,
// formatted dates, numbers and addresses, Kyllä/Ja/Yes, money with its unit, a group's rows.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { readAnswersForPeople, readableCells, type TExportRow } from "@/lib/delivery/export/export-rows";
import { neutraliseFormula, writeCsv, writeXlsx } from "@/lib/delivery/export/write-export";
import { answerPdfLines } from "@/lib/delivery/export/write-zip";
import type { TAnswers } from "@/lib/forms/answer-values";
import { ZFormDefinition } from "@/lib/forms/definition";
import type { TLanguage } from "@/lib/forms/localized-text";
import { ReadAnswersList } from "./read-answers-list";

const grant = ZFormDefinition.parse(
  JSON.parse(readFileSync("prisma/seed-forms/taiteilija-apuraha.json", "utf8")),
);
const answers: TAnswers = {
  fullName: "Tessa Testilä",
  personalIdentityCode: "010280-952L",
  address: { street: "Mannerheimintie 1", postalCode: "00100", postOffice: "HELSINKI", country: "FI" },
  phone: "+358401234567",
  email: "tessa@example.fi",
  homeMunicipality: "091",
  iban: "FI2112345600000785",
  artForm: "visualArts",
  workStart: "2027-02-01",
  workMonths: 6,
  workPlan: "Maalaan sarjan.",
  amountApplied: 5000,
  hasPreviousGrants: true,
  previousGrants: [
    { grantor: "Koneen säätiö", grantYear: 2024, grantAmount: 1500.5 },
    { grantor: "Taike", grantYear: 2025, grantAmount: 800 },
  ],
  confirmTruthful: true,
};

const EXPECTED: Record<TLanguage, Record<string, string | RegExp>> = {
  fi: {
    artForm: "Kuvataide",
    workStart: "1.2.2027",
    hasPreviousGrants: "Kyllä",
    amountApplied: /^5\s?000 €$/,
  },
  sv: { artForm: "Bildkonst", workStart: "1.2.2027", hasPreviousGrants: "Ja", amountApplied: /^5\s?000 €$/ },
  en: {
    artForm: "Visual arts",
    workStart: "1 Feb 2027",
    hasPreviousGrants: "Yes",
    amountApplied: /^5,?000 €$/,
  },
};

/** What the page shows for each answer: the text of its value, or each row of a group as one line. */
function pageTexts(html: string): Map<string, string> {
  const texts = new Map<string, string>();
  const decode = (text: string) =>
    text
      .replace(/<[^>]+>/g, "")
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&#x27;/g, "'")
      .replace(/&quot;/g, '"');
  for (const match of html.matchAll(/data-key="([^"]+)"><dt[^>]*>(.*?)<\/dt>(<dd[\s\S]*?<\/dd>)<\/div>/g)) {
    const [, key, , dd] = match as unknown as [string, string, string, string];
    const headers = [...dd.matchAll(/<th[^>]*>(.*?)<\/th>/g)].map((cell) => decode(cell[1]!));
    const rows = [...dd.matchAll(/<tr>(<td[\s\S]*?)<\/tr>/g)].map((row) =>
      [...row[1]!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((cell) => decode(cell[1]!)),
    );
    texts.set(
      key,
      rows.length > 0
        ? rows
            .map(
              ([index, ...cells]) =>
                `${headers[0]} ${index}: ${cells.map((cell, i) => `${headers[i + 1]}: ${cell}`).join("; ")}`,
            )
            .join("\n")
        : decode(dd),
    );
  }
  return texts;
}

describe.each(["fi", "sv", "en"] as const)("answers read in %s", (language) => {
  const readable = readAnswersForPeople(grant, answers, language);
  const page = pageTexts(renderToStaticMarkup(<dl>{<ReadAnswersList answers={readable} />}</dl>));
  const cells = readableCells(grant, answers, language);

  it("as a person reads them, never as machine values", () => {
    for (const [key, expected] of Object.entries(EXPECTED[language]))
      expect(page.get(key), key).toMatch(expected);
    const all = [...page.values()].join("\n");
    expect(all).not.toMatch(/\btrue\b|visualArts|2027-02-01|\{/);
    expect(page.get("previousGrants")?.split("\n")).toHaveLength(2);
    expect(page.get("previousGrants")).toMatch(/1[\s,]?500[,.]50 €/);
  });

  it("the same on the page and in the export's cells", () => {
    expect(Object.fromEntries(page)).toEqual(
      Object.fromEntries(Object.entries(cells).map(([key, text]) => [key, text || "—"])),
    );
  });

  it("the same in the XLSX and CSV files", async () => {
    const columns = readable.map((answer) => ({ key: answer.key, label: answer.label }));
    const row: TExportRow = { submissionId: "s", fixed: {}, answers, readable: cells };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeXlsx(columns, [row], language)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const values = (sheet.getRow(2).values as unknown[]).slice(1).map((value) => String(value ?? ""));
    for (const column of columns) {
      const text = values[header.indexOf(column.label)] ?? "";
      // Spreadsheet programs would run "+358…" as a formula: the file neutralises it, the page need not.
      expect(text || "—", column.key).toBe(neutraliseFormula(page.get(column.key)!));
    }
    const csv = writeCsv(columns, [row], language).toString("utf8");
    expect(csv).toContain(page.get("artForm"));
    expect(csv).toContain(`"${page.get("previousGrants")}"`);
  });

  it("the same in the answer PDF of the ZIP export", () => {
    const columns = readable.map((answer) => ({ key: answer.key, label: answer.label }));
    const row: TExportRow = { submissionId: "s", fixed: {}, answers, readable: cells };
    const lines = new Map(answerPdfLines(columns, row, language));
    for (const column of columns)
      expect(lines.get(column.label) || "—", column.key).toBe(page.get(column.key));
  });
});
