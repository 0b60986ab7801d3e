// Exports as the worker builds them: CSV, XLSX, JSON and ZIP of one organisation's submissions only, labels in
// the chosen language, spreadsheet formulas neutralised, filters applied, and every request and download audited.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { downloadExport, requestExport, ZExportRequest } from "@/lib/delivery/export/request-export";
import { runExport } from "@/lib/delivery/export/run-export";
import {
  createTestOrganisation,
  createTestSubmission,
  sendAsCitizen,
  type TTestOrganisation,
} from "@/lib/delivery/testing/delivery-fixtures";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { pollConnection } from "@/lib/retrieval/poll-connection";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";

let sandbox: TTestSandbox;
let org: TTestOrganisation;
let other: TTestOrganisation;
const references: Record<string, string> = {};
const actor = { userId: null, email: "kasittelija@kunta.example", ip: "127.0.0.1" };

beforeAll(async () => {
  sandbox = await startTestSandbox();
  await sandbox.control("POST", "reset");
  org = await createTestOrganisation(sandbox);
  other = await createTestOrganisation(sandbox);
  for (const subject of ["Katuvalo rikki", '=HYPERLINK("https://evil.example")']) {
    const created = await createTestSubmission(org, { subject });
    references[subject] = created.reference;
    await sendAsCitizen(sandbox, created.messageText);
  }
  await pollConnection(org.connection.id, { clientOverrides: { retry: { attempts: 2, baseDelayMs: 1 } } });
  references.other = (await createTestSubmission(other, { subject: "Toisen kunnan asia" })).reference;
});
afterAll(async () => {
  await stopJobQueue();
  await sandbox?.close();
  await disconnectPrisma();
});

async function exportFile(input: Record<string, string>) {
  const job = await requestExport(org.organization.id, ZExportRequest.parse(input), actor);
  await runExport(job.id); // what the worker's export job does
  const row = await getPrisma().exportJob.findUniqueOrThrow({ where: { id: job.id } });
  expect(row).toMatchObject({ status: "ready", progress: 2, total: 2 });
  const file = await downloadExport(org.organization.id, job.id, actor);
  expect(file).not.toBeNull();
  expect(await downloadExport(other.organization.id, job.id, actor)).toBeNull();
  return { job, file: file! };
}

describe("exports", () => {
  it("writes a CSV with labels in the chosen language, only this organisation's rows, formulas neutralised", async () => {
    const { job, file } = await exportFile({ format: "csv", language: "sv" });
    const text = file.bytes.toString("utf8");
    const [header, ...lines] = text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(header).toBe("Referensnummer,Blankett,Version,Skapad,Hämtad,Status,Ämne,Meddelande");
    expect(lines).toHaveLength(2);
    expect(text).toContain(references["Katuvalo rikki"]);
    expect(text).toContain(`"'=HYPERLINK(""https://evil.example"")"`);
    expect(text).not.toContain(references.other);
    const audit = await getPrisma().auditEvent.findMany({
      where: { organizationId: org.organization.id, objectId: job.id },
    });
    expect(audit.map((event) => event.action).sort()).toEqual([
      "delivery.export_downloaded",
      "delivery.export_requested",
    ]);
  });

  it("writes XLSX, JSON and a ZIP with a PDF of each submission's answers", async () => {
    const xlsx = await exportFile({ format: "xlsx", language: "en" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.file.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).getCell(7).value).toBe("Subject");
    const subjects = [sheet.getRow(2).getCell(7).value, sheet.getRow(3).getCell(7).value];
    expect(subjects).toContain("Katuvalo rikki");
    expect(subjects).toContain('\'=HYPERLINK("https://evil.example")');

    const json = JSON.parse(
      (await exportFile({ format: "json", language: "fi" })).file.bytes.toString("utf8"),
    ) as {
      columns: { key: string; label: string }[];
      submissions: { reference: string; answers: { subject: string } }[];
    };
    expect(json.columns).toEqual([
      { key: "subject", label: "Aihe" },
      { key: "message", label: "Viesti" },
    ]);
    expect(json.submissions.map((s) => s.answers.subject).sort()).toEqual(
      ['=HYPERLINK("https://evil.example")', "Katuvalo rikki"].sort(),
    );

    const zip = await JSZip.loadAsync((await exportFile({ format: "zip", language: "fi" })).file.bytes);
    const pdfs = Object.keys(zip.files).filter((name) => name.endsWith(".pdf"));
    expect(pdfs).toHaveLength(2);
    const pdf = await zip.file(pdfs[0]!)!.async("nodebuffer");
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("applies the filters and refuses another organisation's form", async () => {
    const job = await requestExport(
      org.organization.id,
      ZExportRequest.parse({ format: "json", language: "fi", formId: org.form.id, status: "handed_off" }),
      actor,
    );
    await runExport(job.id);
    const file = await downloadExport(org.organization.id, job.id, actor);
    expect(JSON.parse(file!.bytes.toString("utf8")).submissions).toEqual([]); // both are retrieved now
    await expect(
      requestExport(
        org.organization.id,
        ZExportRequest.parse({ format: "csv", formId: other.form.id }),
        actor,
      ),
    ).rejects.toThrow();
  });
});
