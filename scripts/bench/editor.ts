// Benchmark 5: how long the form builder takes to open a 300-field form, and to show a label edit on the canvas
// and in the live preview (Playwright with the local Chromium; median of several runs after one warm-up).
import { chromium, type Page } from "@playwright/test";
import { DEMO_OWNER } from "@/lib/demo/seed-demo";
import type { TFormDefinition } from "@/lib/forms/definition";
import type { TBenchApp } from "./bench-app";
import type { TBenchSection } from "./bench-report";

export type TEditorOptions = { fields: number; runs: number };

const PAGE_SIZE = 100;

/** A definition with `fieldCount` fields of mixed types over pages of 100. */
function bigDefinition(fieldCount: number): TFormDefinition {
  const types = ["shortText", "number", "email", "date", "yesNo", "longText"] as const;
  const pages: TFormDefinition["pages"] = [];
  for (let index = 0; index < fieldCount; index += 1) {
    if (index % PAGE_SIZE === 0)
      pages.push({ id: `sivu-${pages.length + 1}`, title: { fi: `Sivu ${pages.length + 1}` }, elements: [] });
    const type = types[index % types.length]!;
    const settings =
      type === "shortText" ? { maxLength: 10 } : type === "longText" ? { maxLength: 10, rows: 3 } : {};
    pages.at(-1)!.elements.push({
      type,
      key: `kentta${index + 1}`,
      label: { fi: `Kenttä ${index + 1}` },
      required: false,
      settings,
    } as TFormDefinition["pages"][number]["elements"][number]);
  }
  return { schemaVersion: 1, languages: ["fi"], title: { fi: "Suorituskykytesti" }, pages };
}

async function signIn(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/sign-in`);
  await page.getByLabel("Sähköpostiosoite").fill(DEMO_OWNER.email);
  await page.getByLabel("Salasana", { exact: true }).fill(DEMO_OWNER.password);
  await page.getByRole("button", { name: "Kirjaudu", exact: true }).click();
  await page.waitForURL(/\/admin$/);
}

async function createBigForm(page: Page, baseUrl: string, fieldCount: number): Promise<string> {
  await page.goto(`${baseUrl}/admin/forms/new`);
  await page.getByLabel("Lomakkeen nimi").fill("Suorituskykytesti");
  await page.getByLabel("Verkko-osoite").fill(`bench-${Date.now().toString(36)}`);
  await page.getByRole("button", { name: "Luo lomake" }).click();
  await page.waitForURL(/\/edit$/);
  const editUrl = page.url();
  await page.getByRole("button", { name: "Tuonti ja vienti" }).click();
  await page.getByLabel("tai liitä JSON tähän").fill(JSON.stringify(bigDefinition(fieldCount)));
  await page.getByRole("button", { name: "Tuo ja korvaa luonnos" }).click();
  await page.getByText("Määrittely tuotu luonnokseen.").waitFor();
  return editUrl;
}

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)] ?? 0;

export async function benchEditor(
  app: TBenchApp,
  options: TEditorOptions,
  log: (line: string) => void,
): Promise<TBenchSection> {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const openTimes: number[] = [];
  const canvasTimes: number[] = [];
  const previewTimes: number[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(page, app.appUrl);
    const editUrl = await createBigForm(page, app.appUrl, options.fields);
    for (let run = 0; run < options.runs + 1; run += 1) {
      // Open: navigation start → every field on the canvas and the palette usable.
      const started = performance.now();
      await page.goto(editUrl);
      await page.waitForFunction(
        (count) => document.querySelectorAll("[data-element-name]").length === count,
        options.fields,
      );
      await page.getByRole("button", { name: "Lisää Lyhyt teksti", exact: true }).isEnabled();
      const opened = performance.now() - started;

      // Label edit → canvas → preview: type a new label for field 1, open the preview, wait for the renderer.
      await page.locator("[data-element-name='kentta1'] button[aria-pressed]").click();
      const label = `Muokattu ${run}`;
      const editStarted = performance.now();
      await page.getByLabel("Kysymys tai otsikko (suomi)").fill(label);
      await page.locator("[data-element-name='kentta1']", { hasText: label }).waitFor();
      const onCanvas = performance.now() - editStarted;
      await page.getByRole("button", { name: "Esikatselu" }).click();
      await page.getByTestId("preview-frame").getByText(label).waitFor();
      const inPreview = performance.now() - editStarted;
      await page.getByRole("button", { name: "Rakenne" }).click();
      await page.getByTestId("save-status").and(page.locator("[data-status='saved']")).waitFor();
      log(
        `  editor run ${run}${run === 0 ? " (warm-up)" : ""}: open ${Math.round(opened)} ms, canvas ${Math.round(onCanvas)} ms, preview ${Math.round(inPreview)} ms`,
      );
      if (run === 0) continue;
      openTimes.push(Math.round(opened));
      canvasTimes.push(Math.round(onCanvas));
      previewTimes.push(Math.round(inPreview));
    }
  } finally {
    await browser.close();
  }
  const runs = (values: number[]) => `median ${median(values)} ms (runs ${values.join(", ")})`;
  return {
    name: "editor",
    rows: [
      {
        benchmark: "5 editor",
        measure: `open builder, ${options.fields} fields on the canvas`,
        lomake: runs(openTimes),
        goal: "< 2 s",
      },
      { benchmark: "5 editor", measure: "label edit → shown on the canvas", lomake: runs(canvasTimes) },
      {
        benchmark: "5 editor",
        measure: "label edit → shown in the preview (incl. the tab click)",
        lomake: runs(previewTimes),
        goal: "< 100 ms",
      },
    ],
    details: { fields: options.fields, runs: options.runs, openTimes, canvasTimes, previewTimes },
  };
}
