// Attachments through the step route with a real ClamAV daemon: clean files are stored with their scan result,
// EICAR is refused in the page's language and nothing is stored, and a scanner that cannot be reached refuses
// the upload with "try again later" while the rest of the page is saved.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { overrideEnv } from "@/lib/env";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { resetVirusScanner } from "@/lib/files/virus-scan";
import { eicarBytes, isClamdInstalled, startClamd } from "@/lib/testing/start-clamd";
import {
  citizenBrowser,
  createCitizenTestForm,
  formData,
  type TCitizenTestForm,
} from "@/lib/citizen/testing/citizen-fixtures";
import { POST as postStep, GET as getStep } from "../[org]/[form]/step/[page]/route";
import { TEST_PORT_OFFSET } from "@/lib/testing/test-port-offset";

let clamd: Awaited<ReturnType<typeof startClamd>>;
let fixture: TCitizenTestForm;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

beforeAll(async () => {
  if (!isClamdInstalled()) throw new Error("These tests need ClamAV's clamd (apt-get install clamav-daemon)");
  clamd = await startClamd({
    dir: ".data/test-clamd-citizen",
    port: 3396 + TEST_PORT_OFFSET,
  });
  overrideEnv({ CLAMAV_URL: clamd.url });
  resetVirusScanner();
  fixture = await createCitizenTestForm();
}, 60_000);

afterAll(async () => {
  overrideEnv({ CLAMAV_URL: undefined, CLAMAV_REQUIRED: undefined });
  resetVirusScanner();
  await clamd?.stop();
  await disconnectPrisma();
});

async function startedBrowser() {
  const browser = citizenBrowser();
  const params = { ...fixture.params, page: "details" };
  const response = await browser.call(postStep, `${fixture.base}/step/details`, params, {
    method: "POST",
    body: formData({ subject: "Liitteitä" }),
  });
  expect(response.status).toBe(303);
  return browser;
}

function upload(browser: ReturnType<typeof citizenBrowser>, file: File, language = "fi") {
  const query = language === "fi" ? "" : `?lang=${language}`;
  return browser.call(
    postStep,
    `${fixture.base}/step/files${query}`,
    { ...fixture.params, page: "files" },
    {
      method: "POST",
      body: formData({ attachments: file, _action: "upload:attachments" }),
    },
  );
}

async function storedFiles() {
  return getPrisma().storedFile.findMany({ where: { organizationId: fixture.organization.id } });
}

describe("attachments are virus-scanned before they are stored", () => {
  it("stores a clean file with scan status clean and lists it on the page", async () => {
    const browser = await startedBrowser();
    const response = await upload(browser, new File([PDF], "kuitti.pdf", { type: "application/pdf" }));
    expect(response.status).toBe(303);
    const files = await storedFiles();
    expect(files.map((file) => [file.name, file.scanStatus])).toContainEqual(["kuitti.pdf", "clean"]);
    const page = await browser.call(getStep, `${fixture.base}/step/files`, {
      ...fixture.params,
      page: "files",
    });
    expect(await page.text()).toContain("kuitti.pdf");
  });

  for (const [language, expected] of [
    ["fi", "Tiedostosta eicar.txt löytyi haittaohjelma, joten sitä ei tallennettu."],
    ["sv", "Filen eicar.txt innehöll ett skadligt program och sparades inte."],
    ["en", "The file eicar.txt contains malware, so it was not saved."],
  ] as const) {
    it(`refuses the EICAR test file with a message in ${language} and stores nothing`, async () => {
      const before = (await storedFiles()).length;
      const browser = await startedBrowser();
      const response = await upload(
        browser,
        new File([new Uint8Array(eicarBytes())], "eicar.txt", { type: "text/plain" }),
        language,
      );
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain(expected);
      expect(html).toContain('class="field-error"');
      expect(await storedFiles()).toHaveLength(before);
    });
  }

  it("refuses a PDF that carries the EICAR string (allowed type, infected content)", async () => {
    const before = (await storedFiles()).length;
    const browser = await startedBrowser();
    const infectedPdf = Buffer.concat([Buffer.from("%PDF-1.4\n% "), eicarBytes(), Buffer.from("\n%%EOF\n")]);
    const response = await upload(
      browser,
      new File([new Uint8Array(infectedPdf)], "lasku.pdf", { type: "application/pdf" }),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Tiedostosta lasku.pdf löytyi haittaohjelma");
    expect(await storedFiles()).toHaveLength(before);
  });

  it("refuses with 'try again later' when the scanner is required but cannot be reached", async () => {
    const browser = await startedBrowser();
    overrideEnv({ CLAMAV_URL: "tcp://127.0.0.1:1", CLAMAV_REQUIRED: "1" });
    resetVirusScanner();
    try {
      const before = (await storedFiles()).length;
      const response = await upload(browser, new File([PDF], "hakemus.pdf", { type: "application/pdf" }));
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("virustarkistus ei juuri nyt onnistu");
      expect(await storedFiles()).toHaveLength(before);
    } finally {
      overrideEnv({ CLAMAV_URL: clamd.url, CLAMAV_REQUIRED: undefined });
      resetVirusScanner();
    }
  });
});
